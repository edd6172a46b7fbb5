/** The task pane shell. Views are added as their features land; today it is the function reference. */
import { makeStyles, tokens, Title3 } from "@fluentui/react-components";
import { FunctionReference } from "./FunctionReference";
import { FUNCTIONS } from "../functions/registry";
import { getLocale, t } from "../i18n";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export function App(): JSX.Element {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Title3 as="h1">{t("ui.appTitle")}</Title3>
      <FunctionReference functions={FUNCTIONS} locale={getLocale()} />
    </main>
  );
}
