/** One report: what it is, its options, why it cannot be built yet, «Построить» and the result. */
import { useEffect, useId, type ReactNode } from "react";
import { Button, Caption1, Card, CardHeader, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { ActionResult, AppActions, ReportKind, ReportOptions } from "../../app/types";
import { t } from "../../i18n";
import { ResultCard } from "../components/ResultCard";
import { RunStatus } from "../components/RunStatus";
import { useLongRun } from "../components/useLongRun";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  reason: { color: tokens.colorPaletteDarkOrangeForeground1, overflowWrap: "anywhere" },
  description: { overflowWrap: "anywhere" },
  heading: { margin: 0 },
});

export interface ReportCardProps {
  kind: ReportKind;
  title: string;
  description: string;
  actions: AppActions;
  /** Why the report cannot be built in this workbook yet («сначала загрузите данные»); null when it can. */
  blocked: string | null;
  /** Why the current options are incomplete (no template chosen); null when they are fine. */
  invalid?: string | null;
  /** Another report is being written: one workbook write at a time. */
  busy: boolean;
  onRunning(kind: ReportKind, running: boolean): void;
  buildOptions(): ReportOptions;
  children?: ReactNode;
}

export function ReportCard(props: ReportCardProps): JSX.Element {
  const { kind, title, description, actions, blocked, invalid = null, busy, onRunning, buildOptions, children } = props;
  const styles = useStyles();
  const run = useLongRun<ActionResult>();
  const titleId = useId();
  const reasonId = useId();
  useEffect(() => onRunning(kind, run.running), [kind, onRunning, run.running]);

  const reason = blocked ?? invalid;
  return (
    <Card className={styles.card} size="small" aria-labelledby={titleId} role="region" data-testid={`report-${kind}`}>
      <CardHeader
        header={<Text as="h3" weight="semibold" id={titleId} className={styles.heading}>{title}</Text>}
        description={<Caption1 className={styles.description}>{description}</Caption1>}
      />
      <div className={styles.body}>
        {!blocked && children}
        {reason && <Caption1 id={reasonId} className={styles.reason} data-testid="report-reason">{reason}</Caption1>}
        <div>
          <Button appearance="primary" size="small" disabledFocusable={reason !== null || busy} aria-describedby={reason ? reasonId : undefined}
            data-testid={`build-${kind}`} onClick={() => void run.start((r) => actions.buildReport(kind, buildOptions(), r))}>
            {t("ui.reports.build")}
          </Button>
        </div>
        <RunStatus run={run} actions={actions}>{(result) => <ResultCard result={result} actions={actions} />}</RunStatus>
      </div>
    </Card>
  );
}
