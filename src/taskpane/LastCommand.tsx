/**
 * The outcome of the last ribbon click (published by the commands in the shared runtime): what was
 * created, or why it failed, with links to the sheets. Dismissible; a new click replaces it.
 */
import { useEffect, useState } from "react";
import { Button, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { AppActions } from "../app/types";
import { lastOutcome, onOutcome, type CommandOutcome } from "../commands/outcome";
import { t } from "../i18n";
import { ErrorCard } from "./components/ErrorCard";
import { ResultCard } from "./components/ResultCard";

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
});

export function LastCommand({ actions }: { actions: AppActions }): JSX.Element | null {
  const styles = useStyles();
  const [outcome, setOutcome] = useState<CommandOutcome | null>(() => lastOutcome());
  useEffect(() => onOutcome(setOutcome), []);
  if (!outcome) return null;
  const title = t("app.ribbon.lastAction", { title: outcome.title });
  return (
    <section className={styles.root} aria-label={title} data-testid="last-command">
      <div className={styles.head}>
        <Subtitle2 as="h2" className={styles.title}>{title}</Subtitle2>
        <Button size="small" appearance="subtle" onClick={() => setOutcome(null)}>{t("ui.dismiss")}</Button>
      </div>
      {outcome.result ? <ResultCard result={outcome.result} actions={actions} /> : null}
      {outcome.error ? <ErrorCard error={outcome.error} actions={actions} /> : null}
    </section>
  );
}
