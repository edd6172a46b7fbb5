/** Lists the add-in's custom functions with their signatures, in the user's language. */
import { Body1, Caption1, Card, CardHeader, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { FunctionSpec } from "../functions/registry";
import { signature, type MetadataLocale } from "../functions/metadata";
import { t } from "../i18n";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  hint: { margin: 0 },
  list: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere" },
});

export interface FunctionReferenceProps {
  functions: readonly FunctionSpec[];
  locale: MetadataLocale;
}

export function FunctionReference({ functions, locale }: FunctionReferenceProps): JSX.Element {
  const styles = useStyles();
  return (
    <section aria-labelledby="functions-title" className={styles.root}>
      <Subtitle2 as="h2" id="functions-title" className={styles.heading}>{t("ui.functionsTitle")}</Subtitle2>
      <Body1 as="p" className={styles.hint}>{t("ui.functionsHint", { namespace: "SQ" })}</Body1>
      <ul className={styles.list}>
        {functions.map((spec) => (
          <li key={spec.id} style={{ listStyle: "none" }}>
            <Card size="small">
              <CardHeader
                header={<span className={styles.code}>=SQ.{signature(spec, locale)}</span>}
                description={<Caption1>{spec.description[locale]}</Caption1>}
              />
            </Card>
          </li>
        ))}
      </ul>
    </section>
  );
}
