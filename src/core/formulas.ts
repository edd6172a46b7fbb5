/**
 * Indicator formulas (DOMAIN.md §3). Each takes already-read numbers and returns a value or a CellError;
 * the custom functions and the report builders share them, so a cell and a sheet never disagree.
 */
import { CellError, type Result } from "./errors";
import { t } from "../i18n";

/** Indicator direction: "up" when higher is better, "down" when lower is better. */
export type TrendDirection = "up" | "down";
export type TargetStatus = "reached" | "improved" | "unchanged" | "worsened";

// Shares like 0.1 + 0.2 must compare equal to 0.3; scores and counts are far coarser than this.
export const EPSILON = 1e-9;
/** Equal within EPSILON, relative to the larger magnitude (and absolute below 1). */
export const same = (a: number, b: number): boolean => Math.abs(a - b) <= EPSILON * Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Доля: part ÷ whole. `share(16, 25)` -> 0.64.
 * #DIV/0! when whole is 0; #VALUE! when part or whole is negative, or part exceeds whole.
 */
export function share(part: number, whole: number): Result<number> {
  if (part < 0) return new CellError("VALUE", t("share.negative", { name: "часть", value: part }));
  if (whole < 0) return new CellError("VALUE", t("share.negative", { name: "целое", value: whole }));
  if (whole === 0) return new CellError("DIV0", "");
  // 0.1 + 0.2 of 0.3 is the whole, not more: equal within the tolerance gives exactly 1.
  if (part > whole && !same(part, whole)) return new CellError("VALUE", t("share.partAboveWhole", { part, whole }));
  return part >= whole ? 1 : part / whole;
}

/** Коэффициент отношения: value ÷ reference. `ratio(54, 72)` -> 0.75. #DIV/0! when reference is 0. */
export function ratio(value: number, reference: number): Result<number> {
  if (reference === 0) return new CellError("DIV0", "");
  return value / reference;
}

/**
 * Progress from base: (actual − base) ÷ (target − base); 1 = target reached, works for falling targets.
 * `progress(0.15, 0, 0.05)` -> 0.666…; #N/A when target equals base.
 */
export function progress(base: number, target: number, actual: number): Result<number> {
  if (same(target, base)) return new CellError("NA", t("progress.sameBaseTarget", { value: base }));
  return (actual - base) / (target - base);
}

/**
 * «Процент выполнения»: actual ÷ plan for a rising indicator, plan ÷ actual for a falling one.
 * A falling target of 0 met exactly gives 1. `fulfillment(80, 60, "up")` -> 0.75.
 */
export function fulfillment(plan: number, actual: number, direction: TrendDirection = "up"): Result<number> {
  if (direction === "up") {
    if (plan === 0) return new CellError("DIV0", "");
    return actual / plan;
  }
  if (actual === 0) return plan === 0 ? 1 : new CellError("NA", t("fulfillment.zeroActual"));
  return plan / actual;
}

/**
 * Status of a target. The direction comes from base → target; when they are equal (a "keep the level"
 * target) the caller must say which way is better.
 * `targetStatus(0.15, 0, 0.1)` -> "improved".
 */
export function targetStatus(base: number, target: number, actual: number, direction?: TrendDirection): Result<TargetStatus> {
  const dir: TrendDirection | undefined = same(target, base) ? direction : target > base ? "up" : "down";
  if (!dir) return new CellError("NA", t("progress.sameBaseTarget", { value: base }));
  const sign = dir === "up" ? 1 : -1;
  if (same(actual, target) || sign * (actual - target) > 0) return "reached";
  if (same(actual, base)) return "unchanged";
  return sign * (actual - base) > 0 ? "improved" : "worsened";
}

/** Dynamics between two rounds: +1 better, −1 worse, 0 same, given which way is better. */
export function dynamics(previous: number, current: number, direction: TrendDirection = "up"): -1 | 0 | 1 {
  if (same(previous, current)) return 0;
  const better = direction === "up" ? current > previous : current < previous;
  return better ? 1 : -1;
}

/**
 * Inequality ratio: mean of the top `fraction` of values ÷ mean of the bottom `fraction`.
 * The group size is ceil(n × fraction), at least 1, and the two groups must not overlap.
 * `inequality([40, 50, 60, 70, 80, 90, 45, 55, 65, 75], 0.1)` -> 90 / 40 = 2.25.
 */
export function inequality(values: readonly number[], fraction = 0.1): Result<number> {
  const n = values.length;
  const k = Math.max(1, Math.ceil(n * fraction - EPSILON));
  if (2 * k > n) return new CellError("NA", t("range.tooFewValues", { need: 2 * k, have: n }));
  const [bottom, top] = k <= SMALL_GROUP ? extremeSumsSmall(values, k) : extremeSumsSorted(values, k);
  if (bottom === 0) return new CellError("DIV0", "");
  return top / bottom;
}

// Up to this group size a single pass with insertion buffers beats sorting (the common call: 20–30
// schools of a municipality, 10%); larger groups sort once.
const SMALL_GROUP = 16;

/** Sums of the k smallest and the k largest values in one pass (k ≤ SMALL_GROUP). */
function extremeSumsSmall(values: readonly number[], k: number): [number, number] {
  const low = new Float64Array(k).fill(Infinity);
  const high = new Float64Array(k).fill(-Infinity);
  for (const x of values) {
    if (x < low[k - 1]) {
      let i = k - 1;
      for (; i > 0 && low[i - 1] > x; i--) low[i] = low[i - 1];
      low[i] = x;
    }
    if (x > high[k - 1]) {
      let i = k - 1;
      for (; i > 0 && high[i - 1] < x; i--) high[i] = high[i - 1];
      high[i] = x;
    }
  }
  let bottom = 0;
  let top = 0;
  for (let i = 0; i < k; i++) {
    bottom += low[i];
    top += high[i];
  }
  return [bottom, top];
}

function extremeSumsSorted(values: readonly number[], k: number): [number, number] {
  const sorted = new Float64Array(values).sort();
  const n = sorted.length;
  let bottom = 0;
  let top = 0;
  for (let i = 0; i < k; i++) {
    bottom += sorted[i];
    top += sorted[n - 1 - i];
  }
  return [bottom, top];
}
