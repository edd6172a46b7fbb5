/** «Отчёты»: one card per report kind, with the municipality/school filter they share. */
import { useCallback, useEffect, useMemo, useState } from "react";
import { Caption1, Checkbox, makeStyles, MessageBar, MessageBarBody, Subtitle2, tokens } from "@fluentui/react-components";
import type { AppActions, ErrorView, ReportContext, ReportKind, ReportOptions } from "../../app/types";
import { t, type MessageKey } from "../../i18n";
import { ErrorCard } from "../components/ErrorCard";
import { toErrorView } from "../components/errors";
import { NumberField } from "../components/NumberField";
import { Filters, type ReportFilter } from "./Filters";
import { ReportCard } from "./ReportCard";
import { RoadmapCard, TargetsCard, type SourceCardProps } from "./SourceCards";

interface SimpleSpec {
  kind: Exclude<ReportKind, "targets" | "roadmap">;
  title: MessageKey;
  text: MessageKey;
  needs: "data" | "classification";
  filtered: boolean;
}

const SIMPLE: SimpleSpec[] = [
  { kind: "register", title: "ui.reports.register", text: "ui.reports.registerText", needs: "classification", filtered: true },
  { kind: "summary", title: "ui.reports.summary", text: "ui.reports.summaryText", needs: "classification", filtered: false },
  { kind: "risk-profile", title: "ui.reports.riskProfile", text: "ui.reports.riskProfileText", needs: "data", filtered: true },
  { kind: "diagnostics", title: "ui.reports.diagnostics", text: "ui.reports.diagnosticsText", needs: "data", filtered: true },
  { kind: "monitoring", title: "ui.reports.monitoring", text: "ui.reports.monitoringText", needs: "data", filtered: true },
];

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0 },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS, alignItems: "end" },
  filters: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

function blockedBy(needs: SimpleSpec["needs"], context: ReportContext): string | null {
  if (!context.hasData) return t("ui.reports.needsData");
  if (needs === "classification" && !context.hasClassification) return t("ui.reports.needsClassification");
  return null;
}

function SimpleCard({ spec, shared }: { spec: SimpleSpec; shared: SourceCardProps }): JSX.Element {
  const styles = useStyles();
  const years = shared.context.years;
  const [from, setFrom] = useState(years.length > 0 ? Math.min(...years) : shared.program.fromYear);
  const [to, setTo] = useState(years.length > 0 ? Math.max(...years) : shared.program.toYear);
  const monitoring = spec.kind === "monitoring";
  const [stages, setStages] = useState(false);
  const [allSchools, setAllSchools] = useState(false);
  const build = (): ReportOptions => ({
    ...(spec.filtered ? { municipality: shared.filter.municipality } : {}),
    ...(spec.filtered && shared.filter.schools.length > 0 ? { schools: shared.filter.schools } : {}),
    ...(monitoring ? { fromYear: from, toYear: to, roundLabels: stages ? "stages" : "years", monitoringRows: allSchools ? "all" : "program" } : {}),
  });
  return (
    <ReportCard kind={spec.kind} title={t(spec.title)} description={t(spec.text)} actions={shared.actions}
      blocked={blockedBy(spec.needs, shared.context)} invalid={monitoring && from > to ? t("ui.reports.yearsOrder") : null}
      busy={shared.busy} onRunning={shared.onRunning} buildOptions={build}>
      {monitoring && (
        <div className={styles.pair}>
          <NumberField label={t("ui.reports.fromYear")} min={2000} max={2100} value={from} onChange={(v) => v !== null && setFrom(Math.round(v))} />
          <NumberField label={t("ui.reports.toYear")} min={2000} max={2100} value={to} onChange={(v) => v !== null && setTo(Math.round(v))} />
        </div>
      )}
      {monitoring && <Checkbox checked={stages} onChange={(_, d) => setStages(Boolean(d.checked))} label={t("ui.reports.stageLabels")} />}
      {monitoring && <Checkbox checked={allSchools} onChange={(_, d) => setAllSchools(Boolean(d.checked))} label={t("ui.reports.allSchoolsRows")} />}
      {spec.filtered && <Caption1>{t("ui.reports.filterApplies")}</Caption1>}
    </ReportCard>
  );
}

interface Loaded {
  context: ReportContext;
  sheets: string[];
  program: SourceCardProps["program"];
}

export function ReportsView({ actions, active }: { actions: AppActions; active: boolean }): JSX.Element {
  const styles = useStyles();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<ErrorView | null>(null);
  const [filter, setFilter] = useState<ReportFilter>({ municipality: null, schools: [] });
  const [running, setRunning] = useState<ReportKind | null>(null);
  const templates = useMemo(() => actions.templates(), [actions]);

  // Data and classification change on the other tabs: read the context on every visit.
  useEffect(() => {
    if (!active) return;
    let live = true;
    Promise.all([actions.reportContext(), actions.listSheets(), actions.loadSettings()]).then(
      ([context, sheets, { settings }]) => {
        if (!live) return;
        setError(null);
        setLoaded({ context, sheets: sheets.filter((s) => !s.own).map((s) => s.name), program: settings.program });
      },
      (e) => live && setError(toErrorView(e)),
    );
    return () => {
      live = false;
    };
  }, [actions, active]);

  const onRunning = useCallback((kind: ReportKind, isRunning: boolean) => {
    setRunning((current) => (isRunning ? kind : current === kind ? null : current));
  }, []);

  if (error) return <ErrorCard error={error} actions={actions} autoFocus={false} />;
  if (!loaded) return <Caption1>{t("ui.loading")}</Caption1>;

  const { context } = loaded;
  const shared: SourceCardProps = { actions, context, templates, sheets: loaded.sheets, program: loaded.program, filter, busy: running !== null, onRunning };
  return (
    <div className={styles.root}>
      <Caption1 as="p">{t("ui.reports.intro")}</Caption1>
      {!context.hasData && (
        <MessageBar intent="info" layout="multiline"><MessageBarBody>{t("ui.reports.noDataYet")}</MessageBarBody></MessageBar>
      )}
      {context.hasData && (
        <section className={styles.filters} aria-labelledby="report-filter-title">
          <Subtitle2 as="h2" id="report-filter-title" className={styles.heading}>{t("ui.reports.filterTitle")}</Subtitle2>
          <Filters context={context} value={filter} onChange={setFilter} disabled={running !== null} />
        </section>
      )}
      <TargetsCard {...shared} />
      <RoadmapCard {...shared} />
      {SIMPLE.map((spec) => <SimpleCard key={spec.kind} spec={spec} shared={shared} />)}
    </div>
  );
}
