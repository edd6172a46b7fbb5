/**
 * Resilient schools (DOMAIN.md §4): results better than the social context predicts.
 * "Result" is a composite: every available result measure of the year (ЕГЭ and ОГЭ means, shares below
 * the minimum of every procedure, качество знаний) z-scored over the year's schools, oriented so higher
 * is better, averaged with equal weights — the same construction as the social index, so the two are
 * on one scale. A school is resilient when
 *   (a) its social index is in the bottom `quantile` and its result in the top `quantile`, or
 *   (b) its result exceeds the least-squares line result ~ index by at least `residualSd` residual SDs.
 */
import { addReason, newOutcome, type RuleOutcome, type YearContext } from "./context";
import type { Measure } from "./exams";
import { fmt, pct, tx } from "./reasons";
import { inBottom, inTop, linearFit, quantileCut } from "./stats";
import type { SocialOutcome } from "./rulesSocial";

export interface ResilientOutcome extends RuleOutcome {
  /** Result composite by school index; NaN when the school has no result measure. */
  composite: Float64Array;
}

/**
 * The result composite of every member school (not of schools left out for biased results): socialIndex's
 * arithmetic (population SD, equal weights over the measures a school has) on typed columns, because
 * here there are dozens of measures and a matrix of boxed numbers would cost more than the arithmetic.
 */
function composite(ctx: YearContext, measures: readonly Measure[], out: Float64Array): void {
  const rows = ctx.members.filter((s) => !ctx.excluded[s.index]).map((s) => s.index);
  const total = new Float64Array(out.length);
  const count = new Uint16Array(out.length);
  for (const measure of measures) {
    const column = measure.column(ctx.frame, ctx.year);
    let n = 0;
    let sum = 0;
    for (const i of rows) {
      if (Number.isNaN(column[i])) continue;
      n++;
      sum += column[i];
    }
    if (n < 2) continue;
    const m = sum / n;
    let squares = 0;
    for (const i of rows) if (!Number.isNaN(column[i])) squares += (column[i] - m) ** 2;
    const spread = Math.sqrt(squares / n);
    // A measure that cannot rank schools (all equal) is left out, as in the social index.
    if (spread <= 1e-12 * Math.max(1, Math.abs(m))) continue;
    const scale = measure.better / spread;
    for (const i of rows) {
      if (Number.isNaN(column[i])) continue;
      total[i] += (column[i] - m) * scale;
      count[i]++;
    }
  }
  for (const i of rows) if (count[i] > 0) out[i] = total[i] / count[i];
}

export function ruleResilient(ctx: YearContext, social: SocialOutcome, measures: readonly Measure[]): ResilientOutcome {
  const out: ResilientOutcome = { ...newOutcome("resilient", ctx), composite: new Float64Array(ctx.frame.schools.length).fill(NaN) };
  const { year } = ctx;
  const rule = ctx.settings.classification.resilient;
  composite(ctx, measures, out.composite);

  const indices: number[] = [];
  const results: number[] = [];
  const pairs: number[] = [];
  for (const s of ctx.members) {
    const x = social.index[s.index];
    const y = out.composite[s.index];
    if (!Number.isNaN(x)) indices.push(x);
    if (!Number.isNaN(y)) results.push(y);
    if (!Number.isNaN(x) && !Number.isNaN(y)) pairs.push(s.index);
  }
  if (indices.length === 0) out.missing.push(tx("class.miss.rsIndex"));
  if (results.length === 0) out.missing.push(tx("class.miss.rsResults", { year }));
  const indexCut = quantileCut(indices, rule.quantile);
  const resultCut = quantileCut(results, 1 - rule.quantile);
  const fit = linearFit(pairs.map((i) => social.index[i]), pairs.map((i) => out.composite[i]));
  if (pairs.length > 0 && (!fit || fit.residualSd <= 1e-12)) out.missing.push(tx("class.miss.fit"));
  if (pairs.length === 0 || !indexCut || !resultCut) return out;
  out.applied = true;

  for (const i of pairs) {
    const x = social.index[i];
    const y = out.composite[i];
    const quartile = inBottom(x, indexCut) && inTop(y, resultCut);
    const expected = fit ? fit.intercept + fit.slope * x : null;
    const z = fit && expected !== null && fit.residualSd > 1e-12 ? (y - expected) / fit.residualSd : null;
    const residual = z !== null && z >= rule.residualSd;
    out.met[i] = quartile || residual ? 1 : 0;
    if (ctx.quiet) continue;
    // By default one reason per school: the clauses that hold, or the closest test when none does.
    const hasResidual = z !== null && expected !== null;
    const showQuartile = ctx.allDetails || quartile || (!residual && !hasResidual);
    const showResidual = hasResidual && (ctx.allDetails || residual || !quartile);
    const common = { year, index: fmt(x), result: fmt(y), q: pct(rule.quantile) };
    if (showQuartile) addReason(ctx, i, () => ({
      rule: "resilient", indicator: null, met: quartile, value: y, threshold: resultCut.cutoff, year,
      text: tx(quartile ? "class.rs.quartile" : "class.rs.noQuartile", { ...common, indexCut: fmt(indexCut.cutoff), resultCut: fmt(resultCut.cutoff) }),
    }));
    if (showResidual && z !== null && expected !== null) {
      addReason(ctx, i, () => ({
        rule: "resilient", indicator: null, met: residual, value: z, threshold: rule.residualSd, year,
        text: tx(residual ? "class.rs.residual" : "class.rs.noResidual", { ...common, expected: fmt(expected), z: fmt(z), sd: fmt(rule.residualSd) }),
      }));
    }
  }
  return out;
}
