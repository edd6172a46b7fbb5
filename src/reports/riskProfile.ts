/**
 * «Профиль рисков»: an input sheet with one row per school and one column per ФИОКО risk factor, levels
 * chosen from a drop-down (высокий / средний / низкий). The product never invents levels: it reads what
 * the user typed (readRiskProfile) and turns the high and medium factors into roadmap stages
 * (roadmapFromRisks).
 *
 * Generated roadmaps list each measure once per factor and name the schools concerned in the executor
 * cell: a municipal roadmap is one plan for the district, and 10 schools × 5 factors × 3 measures as
 * separate rows would bury the measures; each school writes its own anti-risk program from it.
 */
import { RISK_FACTORS, type RiskFactorId } from "../core/catalogue/ids";
import { RISK_FACTOR_TITLES } from "../core/catalogue/indicatorsRisk";
import type { StatusCode } from "../core/classification/rules";
import type { ProgramInfo } from "../core/settings";
import type { RoadmapMeasure, RoadmapStage } from "../core/templates/types";
import { getLocale, t, type Locale } from "../i18n";
import { address, type CellValue, type SheetMeta, type SheetPlan } from "./sheetPlan";
import { dataBlockEnd, isBlank, rowByKey, str } from "./formulas";
import { appendixText, FILL, FormBuilder, KEY, programSubtitle, type ColumnSpec, type RowModel } from "./layout";

export type RiskLevel = "high" | "medium" | "low";
export const RISK_LEVELS: readonly RiskLevel[] = ["high", "medium", "low"];
type Titles = Readonly<Record<RiskFactorId, { ru: string; en: string }>>;

export interface RiskSchool {
  /** Stable id when the school list has one; else the key is made from the name. */
  key?: string;
  school: string;
  municipality?: string;
}

export interface RiskProfileInput {
  /** Schools to list; without them the sheet has `emptyRows` rows to type into. */
  schools?: readonly RiskSchool[];
  emptyRows?: number;
  program: ProgramInfo;
  /** Factor titles (default RISK_FACTOR_TITLES). */
  titles?: Titles;
  heading?: string;
  appendixNo?: number;
}

export interface RiskParams {
  locale: Locale;
}

const levelText = (level: RiskLevel, locale: Locale): string => t(`reports.risk.${level}`, {}, locale);
const LEVEL_COLOURS: Record<RiskLevel, { fill: string; fontColor: string }> = {
  high: { fill: "FFC7CE", fontColor: "9C0006" },
  medium: { fill: "FFEB9C", fontColor: "7F6000" },
  low: { fill: "C6EFCE", fontColor: "006100" },
};

export function riskColumns(p: RiskParams, titles: Titles): ColumnSpec[] {
  const tr = (key: Parameters<typeof t>[0]) => t(key, {}, p.locale);
  return [
    { key: "no", header: tr("reports.no"), width: 5, style: { hAlign: "center" } },
    { key: "school", header: tr("reports.risk.school"), width: 32, input: true },
    { key: "municipality", header: tr("reports.risk.municipality"), width: 18, input: true },
    ...RISK_FACTORS.map((id) => ({
      key: `risk:${id}`, header: titles[id][p.locale], group: tr("reports.risk.factors"), width: 16, input: true,
      style: { fill: FILL.input, hAlign: "center" as const }, headerStyle: { fontSize: 9 },
    })),
    { key: KEY, header: tr("reports.key"), width: 14, hidden: true },
  ];
}

/** Row model for builds and rebuilds: nothing computed; a listed school's name alone is not user input. */
export function riskModel(p: RiskParams, titles: Titles = RISK_FACTOR_TITLES): RowModel {
  return {
    columns: riskColumns(p, titles),
    computed: new Set(),
    compute: () => ({ cells: {} }),
    holdsInput: (values) =>
      RISK_FACTORS.some((id) => !isBlank(values.get(`risk:${id}`))) ||
      (String(values.get(KEY) ?? "").startsWith("row:") && !isBlank(values.get("school"))),
  };
}

const normalise = (name: string): string => name.toLowerCase().replace(/ё/g, "е").replace(/[«»"'„“”]/g, "").replace(/\s+/g, " ").trim();

export function buildRiskProfileSheet(input: RiskProfileInput, locale: Locale = getLocale()): SheetPlan {
  const model = riskModel({ locale }, input.titles);
  const b = new FormBuilder(model.columns);
  b.appendix(appendixText(input.program.appendixTo, input.appendixNo, locale))
    .title(input.heading?.trim() || t("reports.risk.title", {}, locale))
    .subtitle(programSubtitle(input.program))
    .gap()
    .header()
    .columnNumbers();
  const schools = input.schools ?? [];
  const seen = new Set<string>();
  schools.forEach((s, i) => {
    let key = s.key ?? `school:${normalise(s.school)}`;
    if (seen.has(key)) key = `${key}#${i + 1}`; // two schools of one name in different municipalities
    seen.add(key);
    b.modelRow(model, { no: i + 1, school: s.school, municipality: s.municipality ?? null, [KEY]: key });
  });
  if (!schools.length) {
    for (let i = 1; i <= (input.emptyRows ?? 20); i++) b.modelRow(model, { no: i, [KEY]: `row:${i}` });
  }
  const first = `risk:${RISK_FACTORS[0]}`;
  const last = `risk:${RISK_FACTORS[RISK_FACTORS.length - 1]}`;
  const cell = address(b.firstRow, b.col(first));
  for (const level of RISK_LEVELS) {
    b.conditionals.push({ range: b.dataRange(first, last), formula: `${cell}=${str(levelText(level, locale))}`, style: LEVEL_COLOURS[level] });
  }
  b.validations.push({
    range: b.dataRange(first, last), values: RISK_LEVELS.map((l) => levelText(l, locale)), error: t("reports.risk.levelError", {}, locale),
  });
  return b.build({ name: t("reports.risk.sheet", {}, locale), kind: "risk-profile", freezeColumns: 3, locale, params: { locale } });
}

export interface RiskProfileRow {
  row: number;
  key: string | null;
  school: string;
  municipality: string;
  levels: Record<RiskFactorId, RiskLevel | null>;
  /** Cells whose text is not a level: read as no level, and worth showing to the user. */
  unreadable: { factor: RiskFactorId; text: string }[];
}

const LEVEL_WORDS = new Map<string, RiskLevel>();
for (const locale of ["ru", "en"] as const) for (const level of RISK_LEVELS) LEVEL_WORDS.set(levelText(level, locale), level);

/** What the user typed on a risk-profile sheet (its grid from A1 and its meta); blank rows are skipped. */
export function readRiskProfile(values: readonly (readonly CellValue[])[], meta: SheetMeta): RiskProfileRow[] {
  const out: RiskProfileRow[] = [];
  for (let row = meta.firstRow; row <= dataBlockEnd(values, meta); row++) {
    const cells = rowByKey(values, row, meta);
    const levels = {} as Record<RiskFactorId, RiskLevel | null>;
    const unreadable: RiskProfileRow["unreadable"] = [];
    for (const id of RISK_FACTORS) {
      const raw = cells.get(`risk:${id}`);
      const text = isBlank(raw) ? "" : String(raw).trim().toLowerCase().replace(/ё/g, "е");
      levels[id] = text ? LEVEL_WORDS.get(text) ?? null : null;
      if (text && !levels[id]) unreadable.push({ factor: id, text: String(raw) });
    }
    const school = isBlank(cells.get("school")) ? "" : String(cells.get("school")).trim();
    if (!school && RISK_FACTORS.every((id) => isBlank(cells.get(`risk:${id}`)))) continue;
    const key = cells.get(KEY);
    out.push({
      row, key: typeof key === "string" && key ? key : null, school,
      municipality: isBlank(cells.get("municipality")) ? "" : String(cells.get("municipality")).trim(), levels, unreadable,
    });
  }
  return out;
}

export interface RiskRoadmapOptions {
  /** Factor titles (default RISK_FACTOR_TITLES). */
  titles?: Titles;
  /** Status labels (settings.statusLabels). */
  statusLabels?: Readonly<Record<StatusCode, string>>;
  locale?: Locale;
}

const schoolName = (r: RiskProfileRow, locale: Locale): string => r.school || t("reports.risk.noName", { row: r.row }, locale);

function withSchools(m: RoadmapMeasure, key: string, schools: string[], locale: Locale): RoadmapMeasure {
  const list = t("reports.risk.schools", { list: schools.join(", ") }, locale);
  return { ...m, key, executor: m.executor.trim() ? `${m.executor}\n${list}` : list };
}

/**
 * Roadmap stages for a risk profile: per school status first (when statuses are given), then one stage
 * per factor marked high or medium by at least one school, in ФИОКО's order, with that factor's
 * measures. Measure keys are stable («risk_staff_shortage:mentors»), so a rebuild keeps what was typed.
 */
export function roadmapFromRisks(
  profile: readonly RiskProfileRow[],
  riskMeasures: Readonly<Record<RiskFactorId, readonly RoadmapMeasure[]>>,
  statusMeasures?: Partial<Record<StatusCode, readonly RoadmapMeasure[]>>,
  /** Each school's status by name (from the classification), for the status stages. */
  statuses?: ReadonlyMap<string, StatusCode>,
  options: RiskRoadmapOptions = {},
): RoadmapStage[] {
  const locale = options.locale ?? getLocale();
  const stages: RoadmapStage[] = [];
  const count = (n: number) => t("reports.risk.schoolCount", { count: n }, locale);
  if (statuses && statusMeasures) {
    for (const code of ["low_results", "adverse_social", "both"] as const) {
      const schools = [...statuses].filter(([, s]) => s === code).map(([name]) => name);
      const measures = statusMeasures[code] ?? [];
      if (!schools.length || !measures.length) continue;
      const label = options.statusLabels?.[code] ?? t(`status.${code}`, {}, locale);
      stages.push({
        title: t("reports.risk.statusStage", { n: stages.length + 1, label, count: count(schools.length) }, locale),
        measures: measures.map((m) => withSchools(m, `status:${code}:${m.key}`, schools, locale)),
      });
    }
  }
  for (const id of RISK_FACTORS) {
    const high = profile.filter((r) => r.levels[id] === "high");
    const medium = profile.filter((r) => r.levels[id] === "medium");
    const measures = riskMeasures[id] ?? [];
    if (!high.length && !medium.length) continue;
    const schools = [
      ...high.map((r) => `${schoolName(r, locale)} (${levelText("high", locale)})`),
      ...medium.map((r) => `${schoolName(r, locale)} (${levelText("medium", locale)})`),
    ];
    stages.push({
      title: t("reports.risk.stage", {
        n: stages.length + 1, factor: (options.titles ?? RISK_FACTOR_TITLES)[id][locale], high: count(high.length), medium: count(medium.length),
      }, locale),
      measures: measures.map((m) => withSchools(m, `${id}:${m.key}`, schools, locale)),
    });
  }
  return stages;
}
