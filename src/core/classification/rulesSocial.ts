/**
 * Adverse social conditions (ШНСУ) by the social well-being index (ИСБШ, DOMAIN.md §4): the configured
 * factors z-scored over the year's schools (socialIndex.ts), oriented and weighted; a school with fewer
 * than `minFactors` factors gets no index; the bottom `quantile` is adverse.
 */
import { isCellError } from "../errors";
import { socialIndex } from "../socialIndex";
import { addReason, newOutcome, type RuleOutcome, type YearContext } from "./context";
import { orNull } from "./exams";
import { fmt, inputList, inputTitle, ofCount, pct, tx } from "./reasons";
import { period } from "./rulesResults";
import { inBottom, mean, quantileCut, sd, type QuantileCut } from "./stats";

export interface SocialOutcome extends RuleOutcome {
  /** By school index; NaN when the school has no index. */
  index: Float64Array;
  cut: QuantileCut | null;
}

/**
 * The index of every school of the year. `withReasons` is false when the rule is switched off: the index
 * is still shown and used for resilience, but it is not a criterion then.
 */
export function ruleSocialIndex(ctx: YearContext, withReasons: boolean): SocialOutcome {
  const out: SocialOutcome = { ...newOutcome("socialIndex", ctx), index: new Float64Array(ctx.frame.schools.length).fill(NaN), cut: null };
  const { frame, year, members } = ctx;
  const rule = ctx.settings.classification.socialIndex;
  const factors = rule.factors.filter((f) => f.weight > 0);
  const columns = factors.map((f) => {
    const column = frame.column(f.indicator, year);
    return members.map((s) => orNull(column[s.index]));
  });
  let active = factors.map((_, c) => c).filter((c) => columns[c].some((v) => v !== null));
  const absent = factors.filter((_, c) => !active.includes(c)).map((f) => f.indicator);
  if (absent.length) out.missing.push(tx("class.miss.none", { period: period([year]), inputs: inputList(absent, frame) }));

  // A factor where every eligible school has the same value ranks nobody: drop it and re-check who
  // still has enough factors, until nothing changes.
  const countOf = (m: number, cols: number[]): number => cols.reduce((n, c) => n + (columns[c][m] !== null ? 1 : 0), 0);
  let eligible: number[] = [];
  for (;;) {
    eligible = members.map((_, m) => m).filter((m) => countOf(m, active) >= rule.minFactors);
    const flat = active.filter((c) => {
      const values = eligible.map((m) => columns[c][m]).filter((v): v is number => v !== null);
      return values.length > 1 && sd(values) <= 1e-12 * Math.max(1, Math.abs(mean(values)));
    });
    if (flat.length === 0) break;
    for (const c of flat) out.missing.push(tx("class.miss.noVariance", { factor: `«${inputTitle(factors[c].indicator, frame)}» (${factors[c].indicator})` }));
    active = active.filter((c) => !flat.includes(c));
  }

  const matrix = eligible.map((m) => active.map((c) => columns[c][m]));
  const result = socialIndex(matrix, { signs: active.map((c) => factors[c].sign), weights: active.map((c) => factors[c].weight) });
  if (isCellError(result)) {
    out.missing.push(result.message);
    return out;
  }
  const indices: number[] = [];
  eligible.forEach((m, r) => {
    const value = result[r];
    if (value === null) return;
    out.index[members[m].index] = value;
    indices.push(value);
  });
  out.cut = quantileCut(indices, rule.quantile);
  out.applied = out.cut !== null;
  if (!out.applied && absent.length < factors.length) out.missing.push(tx("class.miss.minFactors", { min: rule.minFactors, period: period([year]) }));
  const without = members.length - indices.length;
  if (out.applied && without > 0) out.missing.push(tx("class.miss.noIndex", { n: without, schools: ofCount(without, "school"), total: members.length, min: rule.minFactors }));

  members.forEach((s, m) => {
    const value = out.index[s.index];
    const cut = out.cut;
    if (Number.isNaN(value) || !cut) {
      if (withReasons) {
        addReason(ctx, s.index, () => ({ rule: "socialIndex", indicator: null, met: null, value: null, threshold: rule.minFactors, year, text: tx("class.si.none", { year, n: countOf(m, active), total: factors.length, min: rule.minFactors }) }));
      }
      return;
    }
    const met = inBottom(value, cut);
    out.met[s.index] = met ? 1 : 0;
    if (!withReasons || ctx.quiet) return;
    const params = { year, value: fmt(value), q: pct(rule.quantile), cutoff: fmt(cut.cutoff), n: countOf(m, active), total: factors.length };
    addReason(ctx, s.index, () => ({ rule: "socialIndex", indicator: null, met, value, threshold: cut.cutoff, year, text: tx(met ? "class.si.low" : "class.si.ok", params) }));
  });
  return out;
}
