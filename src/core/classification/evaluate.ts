/**
 * Low results in one year: the enabled results rules, the biased-results exclusion and the department's
 * marks, combined. Run with reasons for the evaluation year and without them for the past years that
 * "low results N years running" needs.
 */
import type { Settings } from "../settings";
import { ruleBlocks, type BlocksOutcome } from "./blocks";
import type { RuleOutcome, YearContext } from "./context";
import type { Procedure } from "./exams";
import { ruleBiased, ruleDirectFlags, type BiasedOutcome, type FlagsOutcome, type MarkColumn } from "./flags";
import type { Frame } from "./frame";
import { ruleCluster } from "./rulesCluster";
import { ruleLowResults, ruleStablyLow } from "./rulesResults";
import type { Reason } from "./types";

export function makeContext(frame: Frame, settings: Settings, year: number, past: boolean, reasons: Reason[][], allDetails = false, quiet = past): YearContext {
  const members = frame.members(year, !past);
  return { frame, year, settings, members, targets: members, excluded: new Uint8Array(frame.schools.length), past, quiet, reasons, allDetails };
}

/**
 * A computed criterion combined with a department mark: with `override` a mark column present in the
 * year's data decides alone (blank = not marked); otherwise either makes the school count.
 */
export function combine(computed: boolean, column: MarkColumn | null | undefined, override: boolean, index: number): boolean {
  if (!column || !column.present) return computed;
  const marked = column.marks[index] === 1;
  return override ? marked : computed || marked;
}

export interface ResultsEvaluation {
  /** Enabled results rules, in the order they report. */
  outcomes: RuleOutcome[];
  blocks: BlocksOutcome | null;
  flags: FlagsOutcome | null;
  biased: BiasedOutcome;
  /** Final "low results" by school index. */
  low: Uint8Array;
}

export function evaluateResults(ctx: YearContext, procs: readonly Procedure[]): ResultsEvaluation {
  const cs = ctx.settings.classification;
  const biased = ruleBiased(ctx);
  if (cs.biased === "exclude") {
    for (const s of ctx.members) if (biased.column.marks[s.index] === 1) ctx.excluded[s.index] = 1;
  }
  const flags = cs.directFlags.enabled ? ruleDirectFlags(ctx) : null;
  const outcomes: RuleOutcome[] = [];
  if (cs.lowResults.enabled) outcomes.push(ruleLowResults(ctx, procs));
  if (cs.stablyLow.enabled) outcomes.push(ruleStablyLow(ctx));
  if (cs.cluster.enabled) outcomes.push(ruleCluster(ctx));
  const blocks = cs.blocks.enabled ? ruleBlocks(ctx) : null;
  if (blocks) outcomes.push(blocks);

  const low = new Uint8Array(ctx.frame.schools.length);
  for (const s of ctx.targets) {
    const computed = outcomes.some((o) => o.met[s.index] === 1);
    low[s.index] = combine(computed, flags?.low, cs.directFlags.override, s.index) ? 1 : 0;
  }
  return { outcomes, blocks, flags, biased, low };
}

/**
 * How many years running each school has had low results, ending with the evaluation year: past years
 * are evaluated only while some school's run is still unbroken and only for years that are in the data.
 */
export function lowRuns(frame: Frame, settings: Settings, year: number, procs: readonly Procedure[], lowNow: Uint8Array, reasons: Reason[][]): Uint16Array {
  const cfg = settings.classification.level;
  const longest = Math.max(cfg.crisisYears, cfg.crisisYearsAlone);
  const run = new Uint16Array(frame.schools.length);
  let running: number[] = [];
  lowNow.forEach((low, i) => {
    if (low) {
      run[i] = 1;
      running.push(i);
    }
  });
  const years = new Set(frame.years);
  for (let back = 1; back < longest && running.length > 0 && years.has(year - back); back++) {
    const ctx = makeContext(frame, settings, year - back, true, reasons);
    const wanted = new Uint8Array(frame.schools.length);
    for (const i of running) wanted[i] = 1;
    ctx.targets = ctx.members.filter((s) => wanted[s.index] === 1);
    const past = evaluateResults(ctx, procs).low;
    running = running.filter((i) => {
      if (!past[i]) return false;
      run[i]++;
      return true;
    });
  }
  return run;
}
