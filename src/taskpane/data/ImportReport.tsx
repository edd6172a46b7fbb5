/** The import report: issues grouped by severity, each with the file, sheet and cell it is about. */
import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { ImportIssue, IssueSeverity } from "../../core/records";
import { t, type MessageKey } from "../../i18n";
import { describeLocation } from "../components/ErrorCard";

const ORDER: IssueSeverity[] = ["error", "warning", "info"];
const TITLES: Record<IssueSeverity, MessageKey> = { error: "ui.report.errors", warning: "ui.report.warnings", info: "ui.report.info" };
/** Hundreds of «64 read as 0,64» notes would bury the rest: show the first ones and say how many. */
const SHOWN = 200;

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere" },
  where: { display: "block", color: tokens.colorNeutralForeground3 },
});

export function ImportReport({ issues }: { issues: ImportIssue[] }): JSX.Element {
  const styles = useStyles();
  if (issues.length === 0) return <Caption1 as="p">{t("ui.report.none")}</Caption1>;
  const groups = ORDER.map((severity) => ({ severity, items: issues.filter((i) => i.severity === severity) })).filter((g) => g.items.length > 0);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.filter((g) => g.severity === "error").map((g) => g.severity)} data-testid="import-report">
      {groups.map(({ severity, items }) => (
        <AccordionItem key={severity} value={severity}>
          <AccordionHeader size="small">{t(TITLES[severity], { count: items.length })}</AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} data-testid={`issues-${severity}`}>
              {items.slice(0, SHOWN).map((issue, i) => (
                <li key={i} className={styles.item}>
                  {issue.message}
                  <Caption1 className={styles.where}>{describeLocation(issue)}</Caption1>
                </li>
              ))}
            </ul>
            {items.length > SHOWN && <Caption1>{t("ui.report.more", { shown: SHOWN, total: items.length })}</Caption1>}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
