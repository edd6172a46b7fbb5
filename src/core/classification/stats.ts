/**
 * Group statistics the rules share: means, quantile cut-offs (Excel's PERCENTILE.INC, so a methodologist
 * can check a cut-off with a worksheet formula) and a one-variable least-squares fit.
 */

const EPS = 1e-12;

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return values.length ? sum / values.length : NaN;
}

/** Population standard deviation (as the social index uses). */
export function sd(values: readonly number[]): number {
  const m = mean(values);
  let squares = 0;
  for (const v of values) squares += (v - m) * (v - m);
  return values.length ? Math.sqrt(squares / values.length) : NaN;
}

export interface QuantileCut {
  cutoff: number;
  min: number;
  max: number;
}

/** PERCENTILE.INC(values, q) with the range, or null for no values. */
export function quantileCut(values: readonly number[], q: number): QuantileCut | null {
  const n = values.length;
  if (n === 0) return null;
  const sorted = Float64Array.from(values).sort();
  const pos = (n - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.min(n - 1, lo + 1);
  return { cutoff: sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]), min: sorted[0], max: sorted[n - 1] };
}

/**
 * In the bottom part: at or below the cut-off. A value equal to the group's maximum is never "bottom",
 * so a group where every school has the same value marks nobody.
 */
export function inBottom(value: number, cut: QuantileCut): boolean {
  return value <= cut.cutoff + EPS * Math.max(1, Math.abs(cut.cutoff)) && value < cut.max;
}

/** In the top part: at or above the cut-off and above the group's minimum. */
export function inTop(value: number, cut: QuantileCut): boolean {
  return value >= cut.cutoff - EPS * Math.max(1, Math.abs(cut.cutoff)) && value > cut.min;
}

export interface Fit {
  intercept: number;
  slope: number;
  /** Population SD of the residuals. */
  residualSd: number;
}

/** Least squares y = a + b·x; null with fewer than 3 points or no spread in x. */
export function linearFit(xs: readonly number[], ys: readonly number[]): Fit | null {
  const n = xs.length;
  if (n < 3) return null;
  const mx = mean(xs);
  const my = mean(ys);
  let sxx = 0;
  let sxy = 0;
  for (let i = 0; i < n; i++) {
    sxx += (xs[i] - mx) * (xs[i] - mx);
    sxy += (xs[i] - mx) * (ys[i] - my);
  }
  if (sxx <= EPS) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let squares = 0;
  for (let i = 0; i < n; i++) {
    const r = ys[i] - (intercept + slope * xs[i]);
    squares += r * r;
  }
  return { intercept, slope, residualSd: Math.sqrt(squares / n) };
}
