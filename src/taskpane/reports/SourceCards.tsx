/** The two reports that start from a document: target indicators and the roadmap (template, sheet or risk profile). */
import { useState } from "react";
import { Button, Caption1, Dropdown, Field, makeStyles, Option, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { AppActions, ReportContext, ReportKind, ReportOptions } from "../../app/types";
import type { ProgramInfo } from "../../core/settings";
import { t } from "../../i18n";
import { IndicatorPicker, indicatorTitle } from "../components/IndicatorPicker";
import { NumberField } from "../components/NumberField";
import type { ReportFilter } from "./Filters";
import { ReportCard } from "./ReportCard";

export type Template = ReturnType<AppActions["templates"]>[number];

export interface SourceCardProps {
  actions: AppActions;
  context: ReportContext;
  templates: Template[];
  sheets: string[];
  program: Pick<ProgramInfo, "fromYear" | "toYear" | "targetTemplate" | "roadmapTemplate">;
  filter: ReportFilter;
  busy: boolean;
  onRunning(kind: ReportKind, running: boolean): void;
}

const useStyles = makeStyles({
  full: { width: "100%", minWidth: 0 },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS, alignItems: "end" },
  optionText: { display: "flex", flexDirection: "column", overflowWrap: "anywhere" },
  hint: { color: tokens.colorNeutralForeground3 },
  chosen: { margin: 0, padding: 0, listStyle: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  chosenItem: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalXS, overflowWrap: "anywhere" },
});

/** Indicators picked one by one from the catalogue, each removable: the user's own target list. */
function CataloguePicker({ value, onChange }: { value: string[]; onChange(ids: string[]): void }): JSX.Element {
  const styles = useStyles();
  return (
    <Field label={t("ui.reports.catalogueIndicators")} hint={t("ui.reports.catalogueHint")}>
      {value.length > 0 && (
        <ul className={styles.chosen} data-testid="catalogue-chosen">
          {value.map((id) => (
            <li key={id} className={styles.chosenItem}>
              <Caption1>{indicatorTitle(id)}</Caption1>
              <Button size="small" appearance="subtle" aria-label={t("ui.reports.removeIndicator", { title: indicatorTitle(id) })}
                onClick={() => onChange(value.filter((x) => x !== id))}>{t("ui.remove")}</Button>
            </li>
          ))}
        </ul>
      )}
      <IndicatorPicker value={null} allowNone={false} label={t("ui.reports.addIndicator")} testId="catalogue-add"
        onChange={(id) => id && !value.includes(id) && onChange([...value, id])} />
    </Field>
  );
}

function TemplatePicker({ list, value, onChange, label }: { list: Template[]; value: string | null; onChange(id: string): void; label: string }): JSX.Element {
  const styles = useStyles();
  const chosen = list.find((x) => x.id === value);
  if (list.length === 0) return <Caption1>{t("ui.reports.noTemplates")}</Caption1>;
  return (
    <Field label={label} hint={chosen ? `${chosen.source} · ${chosen.years}` : undefined}>
      <Dropdown size="small" className={styles.full} value={chosen?.title ?? ""} selectedOptions={value ? [value] : []}
        placeholder={t("ui.reports.chooseTemplate")} onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}>
        {list.map((x) => (
          <Option key={x.id} value={x.id} text={x.title}>
            <span className={styles.optionText}>{x.title}<Caption1 className={styles.hint}>{`${x.source} · ${x.years}`}</Caption1></span>
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}

function SheetPicker({ sheets, value, onChange }: { sheets: string[]; value: string | null; onChange(name: string): void }): JSX.Element {
  const styles = useStyles();
  if (sheets.length === 0) return <Caption1>{t("ui.reports.noSheets")}</Caption1>;
  return (
    <Field label={t("ui.reports.sheet")}>
      <Dropdown size="small" className={styles.full} value={value ?? ""} selectedOptions={value ? [value] : []}
        placeholder={t("ui.reports.chooseSheet")} onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}>
        {sheets.map((s) => <Option key={s} value={s}>{s}</Option>)}
      </Dropdown>
    </Field>
  );
}

type Source = "template" | "sheet" | "risk" | "catalogue";

/** The workbook's default template (the one the ribbon builds from) when it is in the list, else the first. */
const initialTemplate = (list: Template[], preferred: string | undefined): string | null =>
  list.find((x) => x.id === preferred)?.id ?? list[0]?.id ?? null;

function sourceInvalid(source: Source, template: string | null, sheet: string | null, indicators: string[] = []): string | null {
  if (source === "template" && !template) return t("ui.reports.chooseTemplate");
  if (source === "sheet" && !sheet) return t("ui.reports.chooseSheet");
  if (source === "catalogue" && indicators.length === 0) return t("ui.reports.chooseIndicators");
  return null;
}

export function TargetsCard(props: SourceCardProps): JSX.Element {
  const styles = useStyles();
  const list = props.templates.filter((x) => x.kind === "targets");
  const [source, setSource] = useState<Source>("template");
  const [template, setTemplate] = useState<string | null>(() => initialTemplate(list, props.program.targetTemplate));
  const [sheet, setSheet] = useState<string | null>(null);
  const [indicators, setIndicators] = useState<string[]>([]);
  const [from, setFrom] = useState(props.program.fromYear);
  const [to, setTo] = useState(props.program.toYear);
  const invalid = sourceInvalid(source, template, sheet, indicators) ?? (from > to ? t("ui.reports.yearsOrder") : null);
  const build = (): ReportOptions => ({
    ...(source === "sheet" ? { sourceSheet: sheet ?? undefined } : source === "catalogue" ? { indicators } : { template: template ?? undefined }),
    fromYear: from, toYear: to,
  });

  return (
    <ReportCard kind="targets" title={t("ui.reports.targets")} description={t("ui.reports.targetsText")} actions={props.actions}
      blocked={null} invalid={invalid} busy={props.busy} onRunning={props.onRunning} buildOptions={build}>
      <RadioGroup value={source} aria-label={t("ui.reports.source")} onChange={(_, d) => setSource(d.value as Source)}>
        <Radio value="template" label={t("ui.reports.fromTemplate")} />
        <Radio value="sheet" label={t("ui.reports.fromSheet")} />
        <Radio value="catalogue" label={t("ui.reports.fromCatalogue")} />
      </RadioGroup>
      {source === "template" && <TemplatePicker list={list} value={template} onChange={setTemplate} label={t("ui.reports.template")} />}
      {source === "sheet" && <SheetPicker sheets={props.sheets} value={sheet} onChange={setSheet} />}
      {source === "catalogue" && <CataloguePicker value={indicators} onChange={setIndicators} />}
      <div className={styles.pair}>
        <NumberField label={t("ui.reports.fromYear")} min={2000} max={2100} value={from} onChange={(v) => v !== null && setFrom(Math.round(v))} />
        <NumberField label={t("ui.reports.toYear")} min={2000} max={2100} value={to} onChange={(v) => v !== null && setTo(Math.round(v))} />
      </div>
    </ReportCard>
  );
}

export function RoadmapCard(props: SourceCardProps): JSX.Element {
  const styles = useStyles();
  const list = props.templates.filter((x) => x.kind === "roadmap");
  const [source, setSource] = useState<Source>("template");
  const [template, setTemplate] = useState<string | null>(() => initialTemplate(list, props.program.roadmapTemplate));
  const [sheet, setSheet] = useState<string | null>(null);
  const [year, setYear] = useState(props.program.fromYear);
  const riskBlocked = source === "risk" && !props.context.hasData ? t("ui.reports.needsData") : null;
  const invalid = riskBlocked ?? sourceInvalid(source, template, sheet);
  // Neither a template nor a sheet: the roadmap is generated from the schools' risk profiles.
  const build = (): ReportOptions => {
    if (source === "template") return { template: template ?? undefined, year };
    if (source === "sheet") return { sourceSheet: sheet ?? undefined, year };
    return { year, municipality: props.filter.municipality, ...(props.filter.schools.length > 0 ? { schools: props.filter.schools } : {}) };
  };

  return (
    <ReportCard kind="roadmap" title={t("ui.reports.roadmap")} description={t("ui.reports.roadmapText")} actions={props.actions}
      blocked={null} invalid={invalid} busy={props.busy} onRunning={props.onRunning} buildOptions={build}>
      <RadioGroup value={source} aria-label={t("ui.reports.source")} onChange={(_, d) => setSource(d.value as Source)}>
        <Radio value="template" label={t("ui.reports.fromTemplate")} />
        <Radio value="sheet" label={t("ui.reports.fromSheet")} />
        <Radio value="risk" label={t("ui.reports.fromRisk")} />
      </RadioGroup>
      {source === "template" && <TemplatePicker list={list} value={template} onChange={setTemplate} label={t("ui.reports.template")} />}
      {source === "sheet" && <SheetPicker sheets={props.sheets} value={sheet} onChange={setSheet} />}
      {source === "risk" && !riskBlocked && <Caption1 className={styles.hint}>{t("ui.reports.riskUsesFilter")}</Caption1>}
      <NumberField label={t("ui.reports.programYear")} hint={t("ui.reports.programYearHint")} min={2000} max={2100} value={year}
        onChange={(v) => v !== null && setYear(Math.round(v))} />
    </ReportCard>
  );
}
