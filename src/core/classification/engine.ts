/**
 * The classification engine (DOMAIN.md §4): every school of the evaluation year gets a status (ШНОР /
 * ШНСУ / both / none) with its label, a level (crisis / risk / none), flags, weak blocks, its social
 * index and the reasons behind each; every rule reports whether it could be applied and what it lacked.
 * Linear in schools × indicators: the data is indexed once (Frame), group statistics are computed once
 * per rule and year.
 */
import type { MessageKey } from "../../i18n";
import { examId, ID } from "../catalogue/ids";
import type { Dataset, RecordValue } from "../records";
import type { Settings } from "../settings";
import { BLOCKS } from "./blocks";
import { combine, evaluateResults, lowRuns, makeContext } from "./evaluate";
import { orNull, proceduresIn, resultMeasures, shareColumn, SUBJECTS, wantedIds, type Procedure } from "./exams";
import { Frame, type SchoolFrame } from "./frame";
import { changeColumns, decideLevel, worsening, worseningReason } from "./level";
import { ruleResilient } from "./resilient";
import { statusCode, type StatusCode } from "./rules";
import { tx } from "./reasons";
import { ruleSocialIndex } from "./rulesSocial";
import type { RuleOutcome, YearContext } from "./context";
import type { ClassificationResult, Reason, RuleId, RuleReport, SchoolClassification } from "./types";

export type { ClassificationResult, Reason, RuleId, RuleReport, SchoolClassification, Level, BlockId } from "./types";

export interface ClassifyOptions {
  /** Evaluation year; default: the latest year in the data (or the program's first year when the data has none). */
  year?: number;
  /** Also list unmet sub-criteria (every procedure's share, every subject's mean): for a one-school view. */
  allDetails?: boolean;
  /**
   * false: statuses, levels and flags without reasons (every school's list is empty) — for results that
   * are only counted or compared, as the monitoring rounds are. Default true.
   */
  reasons?: boolean;
  /** Only these ids in each school's indicators (default: every indicator the rules read). */
  indicators?: readonly string[];
}

/** Indicator ids shown with each school in the register: what the rules read, in a stable order. */
function registerColumns(ctx: YearContext, procs: readonly Procedure[]): { id: string; proc: Procedure | null }[] {
  const { frame, year } = ctx;
  const cs = ctx.settings.classification;
  const plain = [
    ID.cluster, ID.schoolType, cs.cluster.groupBy, ID.pupils, ID.knowledgeQuality,
    ...SUBJECTS.map((s) => examId("ege_mean", s)), ...SUBJECTS.map((s) => examId("oge_mean", s)), cs.cluster.indicator,
    ...BLOCKS.flatMap((b) => b.inputs), ...cs.socialIndex.factors.map((f) => f.indicator),
    ID.flagLowResults, ID.flagAdverse, ID.flagBiased,
  ];
  const seen = new Set<string>();
  const out: { id: string; proc: Procedure | null }[] = [];
  for (const p of procs) {
    seen.add(p.shareId);
    const counted = p.participantsId !== null && p.countId !== null && frame.has(p.participantsId, year) && frame.has(p.countId, year);
    if (frame.has(p.shareId, year) || counted) out.push({ id: p.shareId, proc: p });
  }
  for (const id of plain) {
    if (seen.has(id) || !frame.has(id, year)) continue;
    seen.add(id);
    out.push({ id, proc: null });
  }
  return out;
}

function ruleReport(outcome: RuleOutcome): RuleReport {
  return { id: outcome.id, title: tx(`class.rule.${outcome.id}` as MessageKey), applied: outcome.applied, missing: outcome.missing };
}

const collator = new Intl.Collator("ru", { numeric: true, sensitivity: "base" });

/** Schools in the order results list them (municipality, name, key); collated once per frame. */
function listOrder(frame: Frame): SchoolFrame[] {
  return frame.memo("order", () => [...frame.schools].sort((a, b) =>
    collator.compare(a.municipality ?? "", b.municipality ?? "") || collator.compare(a.school, b.school) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
}

/**
 * Classifies the schools of one year. Records with year null are attributes merged into every year of
 * the same school key; the year before is the same school's record for year − 1.
 */
export function classify(dataset: Dataset, settings: Settings, options: ClassifyOptions = {}): ClassificationResult {
  return classifyEach(dataset, settings, [options])[0];
}

/**
 * One classification per entry of `runs` (the evaluation year and the monitoring rounds), over one
 * indexing of the data: the frame and its columns are built once and shared, since every run reads the
 * same years. Each result is what classify() returns for the same options.
 */
export function classifyEach(dataset: Dataset, settings: Settings, runs: readonly ClassifyOptions[]): ClassificationResult[] {
  const frame = new Frame(dataset, wantedIds(settings.classification));
  return runs.map((options) => classifyFrame(frame, settings, options));
}

/** The evaluation year when none is asked for: the latest year of the data (ascending), else the program's first. */
export function defaultYear(years: readonly number[], settings: Settings): number {
  return years.length ? years[years.length - 1] : settings.program.fromYear;
}

function classifyFrame(frame: Frame, settings: Settings, options: ClassifyOptions): ClassificationResult {
  const cs = settings.classification;
  const year = options.year ?? defaultYear(frame.years, settings);
  const reasons: Reason[][] = frame.schools.map(() => []);
  const procs = proceduresIn(frame);
  const measures = resultMeasures(frame);
  const quiet = options.reasons === false;
  const ctx = makeContext(frame, settings, year, false, reasons, options.allDetails ?? false, quiet);

  const results = evaluateResults(ctx, procs);
  const social = ruleSocialIndex(ctx, cs.socialIndex.enabled);
  const resilient = cs.resilient.enabled ? ruleResilient(ctx, social, measures) : null;
  const runs = lowRuns(frame, settings, year, procs, results.low, reasons);
  const override = cs.directFlags.override;
  const only = options.indicators ? new Set(options.indicators) : null;
  const columns = registerColumns(ctx, procs).filter(({ id }) => !only || only.has(id));
  const changes = changeColumns(ctx, measures);
  const registerValues = columns.map(({ id, proc }) => (proc ? shareColumn(frame, proc, year).share : frame.raw(id, year)));
  // Every school's indicators have the same keys in the same order: copies of one template keep V8's
  // compact shape (filled key by key, an object of 40 keys becomes a hash table nearly three times the size).
  const template: Record<string, RecordValue> = Object.fromEntries(columns.map(({ id }) => [id, null]));

  const counts: Record<StatusCode, number> = { low_results: 0, adverse_social: 0, both: 0, none: 0 };
  const member = new Uint8Array(frame.schools.length);
  for (const s of ctx.members) member[s.index] = 1;
  const schools: SchoolClassification[] = [];
  for (const s of listOrder(frame)) {
    if (!member[s.index]) continue;
    const i = s.index;
    const low = results.low[i] === 1;
    const adverse = combine(cs.socialIndex.enabled && social.met[i] === 1, results.flags?.adverse, override, i);
    const status = statusCode(low, adverse);
    counts[status]++;
    const label = settings.statusLabels[status] ?? tx(`status.${status}` as MessageKey);
    const change = ctx.excluded[i] ? null : worsening(i, changes);
    if (!quiet && change && cs.level.worseningIsRisk && (change.met || ctx.allDetails)) reasons[i].push(worseningReason(ctx, change));
    const { level, reason } = decideLevel(ctx, { status, label, adverse, lowRun: low ? runs[i] : 0, worsening: change?.met ?? false });
    if (reason) reasons[i].push(reason);
    const indicators = { ...template };
    for (let c = 0; c < columns.length; c++) {
      const values = registerValues[c];
      indicators[columns[c].id] = values instanceof Float64Array ? orNull(values[i]) : values[i];
    }
    const index = social.index[i];
    schools.push({
      key: s.key, school: s.school, municipality: s.municipality, status, label, level, reasons: reasons[i],
      biased: results.biased.column.marks[i] === 1, resilient: resilient?.met[i] === 1,
      weakBlocks: results.blocks?.weak[i] ?? [], socialIndex: Number.isNaN(index) ? null : index, indicators,
    });
  }

  const reported: RuleOutcome[] = [];
  if (results.flags) reported.push(results.flags);
  reported.push(...results.outcomes);
  if (cs.socialIndex.enabled) reported.push(social);
  reported.push(results.biased);
  if (resilient) reported.push(resilient);
  return { year, schools, rules: reported.map(ruleReport), counts };
}

/** Rule ids in the order the result reports them (for sheets that list every rule). */
export const RULE_ORDER: readonly RuleId[] = ["directFlags", "lowResults", "stablyLow", "cluster", "blocks", "socialIndex", "biased", "resilient"];
