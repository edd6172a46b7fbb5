/**
 * Social well-being index (ИСБШ, DOMAIN.md §4). Published weights were not found, so the default is:
 * z-score each share over the schools, orient it so higher is better, average with equal weights.
 */
import { CellError, type Result } from "./errors";
import { t } from "../i18n";

export interface SocialIndexOptions {
  /** Per column: +1 when a higher share is better, −1 when lower is better (default +1). */
  signs?: readonly number[];
  /** Per column, non-negative (default equal). */
  weights?: readonly number[];
}

/**
 * One index per row (school) of `shares` (rows × columns, null for a blank). Each column is z-scored
 * over its non-blank values (population standard deviation); a row's index is the weighted mean of its
 * non-blank columns, weights renormalised over them; a row with no data gets null. A column where every
 * school has the same value cannot rank schools and is an error naming the column.
 * `socialIndex([[0.1], [0.3]], { signs: [-1] })` -> [1, -1].
 */
export function socialIndex(
  shares: readonly (readonly (number | null)[])[],
  options: SocialIndexOptions = {},
): Result<(number | null)[]> {
  const rows = shares.length;
  const cols = rows > 0 ? shares[0].length : 0;
  const means = new Float64Array(cols);
  const scales = new Float64Array(cols);
  for (let c = 0; c < cols; c++) {
    let n = 0;
    let sum = 0;
    for (let r = 0; r < rows; r++) {
      const v = shares[r][c];
      if (v === null) continue;
      n++;
      sum += v;
    }
    if (n === 0) continue;
    const mean = sum / n;
    // Second pass over deviations: sum-of-squares minus mean² loses precision on close shares.
    let squares = 0;
    for (let r = 0; r < rows; r++) {
      const v = shares[r][c];
      if (v !== null) squares += (v - mean) * (v - mean);
    }
    const variance = squares / n;
    const sd = Math.sqrt(variance);
    if (n > 1 && sd <= 1e-12 * Math.max(1, Math.abs(mean))) {
      return new CellError("NA", t("socialIndex.noVariance", { column: c + 1 }));
    }
    means[c] = mean;
    // Orientation folded into the scale so the inner loop is one multiply.
    scales[c] = n > 1 ? (options.signs?.[c] ?? 1) / sd : 0;
  }
  const result: (number | null)[] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    let total = 0;
    let weightSum = 0;
    for (let c = 0; c < cols; c++) {
      const v = shares[r][c];
      if (v === null || scales[c] === 0) continue;
      const w = options.weights?.[c] ?? 1;
      total += w * (v - means[c]) * scales[c];
      weightSum += w;
    }
    result[r] = weightSum > 0 ? total / weightSum : null;
  }
  return result;
}
