/**
 * «Мониторинг» (DOMAIN §1, step 3): monitoring rounds side by side, per school the followed indicators
 * at each round with the change and its dynamics, the status at each round (one ClassificationResult per
 * round) and whether the school left or entered the lists between the first and the last round. Below:
 * the municipal indicators (monitoringBlocks.ts) and the line charts of the indicators' means.
 *
 * Decisions: rounds are the results' years in order, labelled «2022 г.», or «входной / промежуточный /
 * итоговый» with the year when asked and there are 2 or 3 rounds. Followed indicators default to the
 * results indicators with a direction that the classification read. The table lists by default the
 * schools with a status other than none at some round (those that stayed, left and entered the lists),
 * or every school classified when asked; the municipal block still counts every school classified. The
 * schools are named as the latest round has them, and counted under that municipality at every round.
 * "Program schools" are the schools with a status other than none at the first round; a school shows
 * positive dynamics when more than half of its indicators with values at the first and the last round
 * improved.
 */
import { KEY_INDICATOR_LIMIT, KEY_RESULT_INDICATORS } from "../core/catalogue/keyIndicators";
import { indicatorById } from "../core/catalogue";
import type { StatusCode, StatusLabels } from "../core/classification/rules";
import type { ClassificationResult, SchoolClassification } from "../core/classification/types";
import type { Dataset, RecordValue } from "../core/records";
import type { ProgramInfo } from "../core/settings";
import { getLocale, type Locale } from "../i18n";
import { ref, str } from "./formulas";
import { appendixText, FormBuilder, KEY, programSubtitle } from "./layout";
import { addMunicipalBlock, addMeansBlock, type SchoolRow } from "./monitoringBlocks";
import {
  dynamicsTexts, inProgram, isAdverse, isLow, monitoringModel, type FollowedIndicator, type MonitoringParams, type MonitoringRows,
} from "./monitoringModel";
import { bySchool, municipalityName, STATUS_CODES, STATUS_COLOURS, tr } from "./registerModel";
import type { CellValue, PlanCell, SheetPlan } from "./sheetPlan";

export interface MonitoringInput {
  /** One classification per round (2 or more, any order: sorted by year). */
  rounds: readonly ClassificationResult[];
  /** Indicator ids to follow (default: results indicators with a direction that the rounds read). */
  indicators?: readonly string[];
  /** Values of followed indicators the classification did not read, by school key and year. */
  dataset?: Dataset;
  /** "years" (default): «2022 г.»; "stages": «входной (2022)» … when there are 2 or 3 rounds. */
  roundLabels?: "years" | "stages";
  /** "program" (default): schools with a status other than none at some round; "all": every school classified. */
  rows?: MonitoringRows;
  statusLabels: StatusLabels;
  program: ProgramInfo;
  heading?: string;
  appendixNo?: number;
}

const STAGES = { 2: ["entry", "final"], 3: ["entry", "intermediate", "final"] } as const;

export function roundLabels(years: readonly number[], mode: "years" | "stages", locale: Locale): string[] {
  const stages = mode === "stages" && (years.length === 2 || years.length === 3) ? STAGES[years.length as 2 | 3] : null;
  return years.map((year, i) =>
    stages ? tr("registers.mon.stageYear", locale, { stage: tr(`registers.mon.stage.${stages[i]}`, locale), year }) : tr("registers.mon.year", locale, { year }));
}

/**
 * Followed indicators: the given ids, or by default the key results (catalogue/keyIndicators) that have
 * a numeric value in some round — a monitoring sheet follows what the rules judge, not every column.
 */
export function followedIndicators(rounds: readonly ClassificationResult[], ids?: readonly string[]): FollowedIndicator[] {
  const seen = new Set<string>();
  const out: FollowedIndicator[] = [];
  const candidates = ids ?? KEY_RESULT_INDICATORS;
  for (const id of candidates) {
    if (seen.has(id)) continue;
    seen.add(id);
    const indicator = indicatorById(id);
    if (!indicator || indicator.direction === "none" || (!ids && indicator.group !== "results")) continue;
    if (!ids && !rounds.some((r) => r.schools.some((s) => typeof s.indicators[id] === "number"))) continue;
    out.push({ id, dir: indicator.direction === "up" ? 1 : -1 });
    if (!ids && out.length >= KEY_INDICATOR_LIMIT) break;
  }
  return out;
}

/** Lines «вышла из списка ШНОР» / «вошла в список ШНСУ» between two statuses (blank when either is unknown). */
export function statusChange(first: StatusCode | null, last: StatusCode | null, labels: StatusLabels, locale: Locale): string {
  if (!first || !last) return "";
  const lines: string[] = [];
  for (const [test, label] of [[isLow, labels.low_results], [isAdverse, labels.adverse_social]] as const) {
    if (test(first) && !test(last)) lines.push(tr("registers.mon.left", locale, { label }));
    if (!test(first) && test(last)) lines.push(tr("registers.mon.entered", locale, { label }));
  }
  return lines.join("\n");
}

/**
 * Values by school key and year (year-less records under the year ""): the last record with the id
 * wins, as if the records were merged in order. Records are indexed, not copied: a country has 160,000.
 */
function valueReader(dataset: Dataset | undefined): (key: string, year: number, id: string) => RecordValue {
  const byKey = new Map<string, Record<string, RecordValue>[]>();
  for (const r of dataset?.records ?? []) {
    const k = `${r.key}\u0000${r.year ?? ""}`;
    const list = byKey.get(k);
    if (list) list.push(r.values);
    else byKey.set(k, [r.values]);
  }
  const find = (k: string, id: string): RecordValue | undefined => {
    const list = byKey.get(k);
    if (!list) return undefined;
    for (let j = list.length - 1; j >= 0; j--) if (Object.prototype.hasOwnProperty.call(list[j], id)) return list[j][id];
    return undefined;
  };
  return (key, year, id) => find(`${key}\u0000${year}`, id) ?? find(`${key}\u0000`, id) ?? null;
}

export function buildMonitoringSheet(input: MonitoringInput, locale: Locale = getLocale()): SheetPlan {
  const rounds = [...input.rounds].sort((a, b) => a.year - b.year);
  if (rounds.length < 2) throw new RangeError("Monitoring needs at least two rounds");
  if (new Set(rounds.map((r) => r.year)).size !== rounds.length) throw new RangeError("Monitoring rounds must be different years");
  const years = rounds.map((r) => r.year);
  const mode = input.roundLabels ?? "years";
  const p: MonitoringParams = {
    years, labels: roundLabels(years, mode, locale), indicators: followedIndicators(rounds, input.indicators), rows: input.rows ?? "program", locale,
  };
  const model = monitoringModel(p);

  // Every school classified in any round; name and municipality as the latest round has them.
  const schools = new Map<string, SchoolClassification>();
  const byRound = rounds.map((r) => new Map(r.schools.map((s) => [s.key, s])));
  for (const r of rounds) for (const s of r.schools) schools.set(s.key, s);
  const { listed, evaluated } = listedSchools(schools, byRound, p, locale);

  const b = new FormBuilder(model.columns);
  b.appendix(appendixText(input.program.appendixTo, input.appendixNo, locale))
    .title(input.heading?.trim() || tr("registers.mon.title", locale, { rounds: p.labels.join(", ") }))
    .subtitle(programSubtitle(input.program));
  if (p.rows === "program") {
    const { low_results: low, adverse_social: adverse } = input.statusLabels;
    b.subtitle(tr("registers.mon.scope", locale, { listed: listed.length, all: schools.size, low, adverse }));
  }
  b.gap().header().columnNumbers();
  const read = valueReader(input.dataset);
  const rows: SchoolRow[] = [];
  // Keys and texts made once, not per school: a country has 40,000 rows.
  const n = rounds.length;
  const valueKeys = p.indicators.map(({ id }) => years.map((_, i) => `v:${id}:${i}`));
  const stKeys = years.map((_, i) => `st:${i}`);
  const codeKeys = years.map((_, i) => `code:${i}`);
  const changes = new Map<string, string | null>();
  const changeText = (first: StatusCode | null, last: StatusCode | null): string | null => {
    const k = `${first}\u0000${last}`;
    let text = changes.get(k);
    if (text === undefined) changes.set(k, (text = statusChange(first, last, input.statusLabels, locale) || null));
    return text;
  };
  for (const [k, s] of bySchool(listed, locale).entries()) {
    const at = byRound.map((m) => m.get(s.key) ?? null);
    const municipality = municipalityName(s.municipality, locale);
    const lit = new Map<string, PlanCell>([
      ["no", k + 1], ["municipality", municipality], ["school", s.school], ["note", null], [KEY, s.key],
      ["change", changeText(at[0]?.status ?? null, at[n - 1]?.status ?? null)],
    ]);
    const codes: CellValue[] = [];
    const values: CellValue[] = [];
    at.forEach((c, i) => {
      lit.set(stKeys[i], c?.label ?? null);
      lit.set(codeKeys[i], c?.status ?? null);
      codes.push(c?.status ?? null);
      p.indicators.forEach(({ id }, j) => {
        const own = c?.indicators[id];
        const value = typeof own === "number" ? own : read(s.key, years[i], id);
        const cell = typeof value === "number" && Number.isFinite(value) ? value : null;
        lit.set(valueKeys[j][i], cell);
        values[j * n + i] = cell;
      });
    });
    // Literal cells only so far; the computed ones join them for the row.
    const { cells } = model.compute(b.nextRow, lit as ReadonlyMap<string, CellValue>);
    const result = (key: string): CellValue => {
      const cell = cells[key];
      return cell !== null && typeof cell === "object" ? cell.result ?? null : cell ?? null;
    };
    rows.push({ municipality, codes, values, listed: result("listed") === 1, cohort: result("cohort") === 1, left: result("left"), pos: result("pos") });
    for (const key in cells) lit.set(key, cells[key]);
    b.row(lit);
  }

  addFormats(b, p, locale);
  b.endData();
  addMunicipalBlock(b, p, rows, evaluated, input.statusLabels, locale);
  const charts = addMeansBlock(b, p, rows, locale);
  const plan = b.build({
    name: tr("registers.mon.sheet", locale),
    kind: "monitoring",
    freezeColumns: 3,
    locale,
    params: { years, labels: p.labels, roundLabels: mode, rows: p.rows, indicators: p.indicators.map((i) => ({ ...i })), locale },
  });
  if (charts.length) plan.charts = charts;
  return plan;
}

/**
 * The schools the table lists (p.rows) and, for the municipal block, how many schools each municipality
 * had classified at each round, listed or not.
 */
function listedSchools(
  schools: ReadonlyMap<string, SchoolClassification>, byRound: readonly ReadonlyMap<string, SchoolClassification>[], p: MonitoringParams, locale: Locale,
): { listed: SchoolClassification[]; evaluated: Map<string, number[]> } {
  const listed: SchoolClassification[] = [];
  const evaluated = new Map<string, number[]>();
  for (const [key, s] of schools) {
    const municipality = municipalityName(s.municipality, locale);
    let counts = evaluated.get(municipality);
    if (!counts) evaluated.set(municipality, (counts = byRound.map(() => 0)));
    let program = false;
    for (let i = 0; i < byRound.length; i++) {
      const at = byRound[i].get(key);
      if (!at) continue;
      counts[i]++;
      program ||= inProgram(at.status);
    }
    if (program || p.rows === "all") listed.push(s);
  }
  return { listed, evaluated };
}

/** Dynamics texts in green / red / grey, statuses in their colours, the positive-dynamics verdict. */
function addFormats(b: FormBuilder, p: MonitoringParams, locale: Locale): void {
  const row = b.firstRow;
  const texts = dynamicsTexts(locale);
  const styles = [
    [texts.positive, { fill: "C6EFCE", fontColor: "006100" }],
    [texts.negative, { fill: "FFC7CE", fontColor: "9C0006" }],
    [texts.same, { fill: "EDEDED", fontColor: "404040" }],
  ] as const;
  for (const { id } of p.indicators) {
    const cell = ref(b.col(`dyn:${id}`), row);
    for (const [text, style] of styles) b.conditionals.push({ range: b.dataRange(`dyn:${id}`), formula: `${cell}=${str(text)}`, style });
  }
  p.labels.forEach((_, i) => {
    const code = ref(b.col(`code:${i}`), row);
    for (const status of STATUS_CODES) {
      b.conditionals.push({ range: b.dataRange(`st:${i}`), formula: `${code}=${str(status)}`, style: STATUS_COLOURS[status] });
    }
  });
  const pos = ref(b.col("pos"), row);
  b.conditionals.push(
    { range: b.dataRange("pos"), formula: `${pos}=${str(tr("registers.yes", locale))}`, style: styles[0][1] },
    { range: b.dataRange("pos"), formula: `${pos}=${str(tr("registers.no", locale))}`, style: styles[1][1] },
  );
}
