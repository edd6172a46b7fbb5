/**
 * Absolute results rules (DOMAIN.md §4): the 30% rule over assessment procedures, and "stably low"
 * (the mean ЕГЭ score below the year's minimum N years running). The decisions themselves are the
 * cell-formula functions of rules.ts, so a sheet formula and the engine never disagree.
 */
import { examId } from "../catalogue/ids";
import { isCellError } from "../errors";
import { minScore, type ExamSubject } from "../minscores";
import { addReason, newOutcome, type RuleOutcome, type YearContext } from "./context";
import { orNull, shareColumn, ShareState, SUBJECTS, type Procedure, type ShareColumn } from "./exams";
import { fmt, ofCount, pct, procedureTitle, shortList, subjectName, tx, yearsWord } from "./reasons";
import { lowResults, stablyLow } from "./rules";
import type { Reason } from "./types";

const { None: NONE, Computed: COMPUTED, Invalid: INVALID } = ShareState;

/** «за 2024 год» / «за 2022–2024 годы». */
export function period(years: readonly number[]): string {
  if (years.length === 0) return tx("class.period.none");
  const from = Math.min(...years);
  const to = Math.max(...years);
  return from === to ? tx("class.period.year", { year: to }) : tx("class.period.years", { from, to });
}

function procedureText(p: Procedure, year: number, col: ShareColumn, i: number, before: number | null, cut: number): string {
  const procedure = procedureTitle(p.exam, p.subject);
  const computed = col.state[i] === COMPUTED;
  if (col.state[i] === INVALID) {
    const given = ctxGiven(col, i);
    return tx("class.r30.invalid", { procedure, year, value: given });
  }
  const share = col.share[i];
  const text = computed
    ? tx("class.r30.procCounts", { procedure, year, value: pct(share), count: fmt(col.count[i]), participants: fmt(col.participants[i]), cut: pct(cut) })
    : tx("class.r30.proc", { procedure, year, value: pct(share), cut: pct(cut) });
  return before === null ? text : text + tx("class.r30.prev", { year: year - 1, value: pct(before) });
}

/** What an invalid share was made of: «7 / 5» from counts, or the given number. */
function ctxGiven(col: ShareColumn, i: number): string {
  const whole = col.participants[i];
  const part = col.count[i];
  return Number.isNaN(whole) || Number.isNaN(part) ? "?" : `${fmt(part)} / ${fmt(whole)}`;
}

/** The 30% rule: shares of participants below the minimum in the year and the year before. */
export function ruleLowResults(ctx: YearContext, procs: readonly Procedure[]): RuleOutcome {
  const out = newOutcome("lowResults", ctx);
  const { frame, year } = ctx;
  const rule = ctx.settings.classification.lowResults;
  const now = procs.map((p) => shareColumn(frame, p, year));
  const before = procs.map((p) => shareColumn(frame, p, year - 1));
  const anyPrevious = before.some((col) => col.state.some((st) => st !== NONE && st !== INVALID));
  const reaches = (v: number | null): boolean => v !== null && v >= rule.cut;
  let evaluated = 0;
  let withData = 0;
  // Reused for every school: this loop runs for every school of up to three years.
  const current: (number | null)[] = [];
  const previous: (number | null)[] = [];
  const used: number[] = [];
  for (const s of ctx.targets) {
    const i = s.index;
    if (ctx.excluded[i]) continue;
    evaluated++;
    current.length = 0;
    previous.length = 0;
    used.length = 0;
    let valid = 0;
    for (let k = 0; k < procs.length; k++) {
      const state = now[k].state[i];
      if (state === NONE) continue;
      if (state !== INVALID) valid++;
      current.push(state === INVALID ? null : now[k].share[i]);
      previous.push(orNull(before[k].share[i]));
      used.push(k);
    }
    if (valid === 0) {
      addReason(ctx, i, () => ({ rule: "lowResults", indicator: null, met: null, value: null, threshold: rule.cut, year, text: tx("class.r30.noData", { year }) }));
      continue;
    }
    withData++;
    const low = lowResults(current, previous, { cut: rule.cut, procedures: rule.procedures, mode: rule.mode });
    out.met[i] = low ? 1 : 0;
    if (ctx.quiet) continue;

    const failing = current.filter(reaches).length;
    const running = used.filter((_k, u) => reaches(current[u]) && reaches(previous[u]));
    const many = tx("class.r30.many", { year, cut: pct(rule.cut), failing, total: valid, procedures: ofCount(valid, "procedure"), need: rule.procedures });
    const twoYears = running.length
      ? tx("class.r30.twoYears", { from: year - 1, to: year, list: running.map((k) => procedureTitle(procs[k].exam, procs[k].subject)).join(", ") })
      : tx("class.r30.twoYearsNone", { from: year - 1, to: year });
    const text = tx(rule.mode === "or" ? "class.r30.or" : "class.r30.and", { a: many, b: twoYears });
    addReason(ctx, i, () => ({ rule: "lowResults", indicator: null, met: low, value: failing, threshold: rule.procedures, year, text }));
    used.forEach((k, u) => {
      const share = current[u];
      if (!ctx.allDetails && share !== null && share < rule.cut) return;
      addReason(ctx, i, () => ({
        rule: "lowResults", indicator: procs[k].shareId, met: share === null ? null : share >= rule.cut,
        value: share, threshold: rule.cut, year, text: procedureText(procs[k], year, now[k], i, previous[u], rule.cut),
      }));
    });
  }
  out.applied = withData > 0 && (rule.mode === "or" || anyPrevious);
  const inputs = tx("class.inputs.r30");
  if (withData === 0) out.missing.push(tx("class.miss.none", { period: period([year]), inputs }));
  else if (withData < evaluated) out.missing.push(tx("class.miss.some", { n: evaluated - withData, schools: ofCount(evaluated - withData, "school"), total: evaluated, period: period([year]), inputs }));
  if (!anyPrevious) out.missing.push(tx(rule.mode === "and" ? "class.miss.prevAnd" : "class.miss.prevOr", { year: year - 1 }));
  return out;
}

/** One subject's reason, or null when it says nothing (above the minimum, details not asked for). */
function subjectReason(ctx: YearContext, subject: ExamSubject, scores: readonly (number | null)[], mins: readonly (number | null)[], years: readonly number[], points: readonly number[], isLow: boolean): Reason | null {
  const need = ctx.settings.classification.stablyLow.years;
  const id = examId("ege_mean", subject);
  const procedure = procedureTitle("ege", subject);
  if (points.length === 0) {
    const latest = years[scores.map((v) => v !== null).lastIndexOf(true)];
    return { rule: "stablyLow", indicator: id, met: null, value: null, threshold: null, year: latest, text: tx("class.sl.noMin", { procedure, year: latest }) };
  }
  const last = points[0];
  const value = scores[last] as number;
  const min = mins[last] as number;
  if (!ctx.allDetails && !isLow && value >= min) return null;
  let text: string;
  if (isLow) {
    const list = points.slice(0, need).reverse().map((i) => `${years[i]}: ${fmt(scores[i] as number)} < ${fmt(mins[i] as number)}`).join("; ");
    text = tx("class.sl.met", { procedure, n: need, years: yearsWord(need), list });
  } else if (value < min) {
    text = tx("class.sl.once", { procedure, year: years[last], value: fmt(value), min: fmt(min), n: need, years: yearsWord(need) });
  } else {
    text = tx("class.sl.ok", { procedure, year: years[last], value: fmt(value), min: fmt(min) });
  }
  return { rule: "stablyLow", indicator: id, met: isLow, value, threshold: min, year: years[last], text };
}

/** Stably low: in some ЕГЭ subject the mean score is below the minimum in the last N years with data. */
export function ruleStablyLow(ctx: YearContext): RuleOutcome {
  const out = newOutcome("stablyLow", ctx);
  const { frame, year } = ctx;
  const rule = ctx.settings.classification.stablyLow;
  const need = rule.years;
  const years = frame.years.filter((y) => y <= year);
  const subjects = SUBJECTS.filter((subject) => frame.hasAnywhere(examId("ege_mean", subject)));
  const thresholds = subjects.map((subject) => years.map((y) => {
    const min = minScore(subject, y, rule.kind, ctx.settings.minScores);
    return isCellError(min) ? null : min;
  }));
  const columns = subjects.map((subject) => years.map((y) => frame.column(examId("ege_mean", subject), y)));
  const noMinimum = new Set<string>();
  let evaluated = 0;
  let withData = 0;
  let maxPoints = 0;
  // Buffers reused for every school and subject: this loop runs for every school of up to three years.
  const rows = subjects.map(() => new Array<number | null>(years.length).fill(null));
  const points: number[] = [];
  for (const s of ctx.targets) {
    const i = s.index;
    if (ctx.excluded[i]) continue;
    evaluated++;
    let low = false;
    let lowSubjects = 0;
    let withScores = 0;
    const details: Reason[] = [];
    for (let j = 0; j < subjects.length; j++) {
      const row = rows[j];
      let has = false;
      for (let y = 0; y < years.length; y++) {
        const v = columns[j][y][i];
        row[y] = Number.isNaN(v) ? null : v;
        if (!Number.isNaN(v)) has = true;
      }
      if (!has) continue;
      withScores++;
      // The years that count: latest first, with both a score and a minimum.
      points.length = 0;
      for (let y = years.length - 1; y >= 0; y--) {
        if (row[y] === null) continue;
        if (thresholds[j][y] === null) noMinimum.add(`${subjectName(subjects[j])} ${years[y]}`);
        else points.push(y);
      }
      if (points.length > maxPoints) maxPoints = points.length;
      const isLow = stablyLow(row, thresholds[j], need);
      if (isLow) {
        low = true;
        lowSubjects++;
      }
      if (ctx.quiet) continue;
      const reason = subjectReason(ctx, subjects[j], row, thresholds[j], years, points, isLow);
      if (reason) details.push(reason);
    }
    const any = withScores > 0;
    if (!any) {
      addReason(ctx, s.index, () => ({ rule: "stablyLow", indicator: null, met: null, value: null, threshold: need, year, text: tx("class.sl.noData", { period: period(years) }) }));
      continue;
    }
    withData++;
    out.met[s.index] = low ? 1 : 0;
    addReason(ctx, s.index, () => ({
      rule: "stablyLow", indicator: null, met: low, value: lowSubjects, threshold: 1, year,
      text: tx("class.sl.summary", { year, n: need, years: yearsWord(need), k: lowSubjects, total: withScores, subjects: ofCount(withScores, "subject") }),
    }));
    for (const reason of details) addReason(ctx, s.index, reason);
  }
  out.applied = maxPoints >= need;
  const inputs = tx("class.inputs.stablyLow");
  if (withData === 0) out.missing.push(tx("class.miss.none", { period: period(years.length ? years : [year]), inputs }));
  else {
    if (maxPoints < need) {
      const have = years.filter((y) => subjects.some((subject) => frame.has(examId("ege_mean", subject), y)));
      out.missing.push(tx("class.miss.fewYears", { need, years: ofCount(need, "year"), have: have.join(", ") }));
    }
    if (withData < evaluated) out.missing.push(tx("class.miss.some", { n: evaluated - withData, schools: ofCount(evaluated - withData, "school"), total: evaluated, period: period(years), inputs }));
  }
  if (noMinimum.size) out.missing.push(tx("class.miss.minScore", { list: shortList([...noMinimum].sort()) }));
  return out;
}
