/**
 * The results a register and a monitoring sheet show by default, in this order when the data has them:
 * what the classification rules judge. Every other value stays on «Данные»: a sheet of 30 indicator
 * columns cannot be read, printed or defended in front of a director.
 */
export const KEY_RESULT_INDICATORS: readonly string[] = [
  "ege_below_min_russian", "ege_below_min_math_profile", "oge_below_min_russian", "oge_below_min_math_profile",
  "ege_mean_russian", "ege_mean_math_profile", "knowledge_quality", "vpr_below_min_russian", "vpr_below_min_math_profile",
];

/** At most this many key indicators on a sheet. */
export const KEY_INDICATOR_LIMIT = 8;

/** The key indicators among `present`, in priority order, at most `limit`. */
export function keyIndicators(present: (id: string) => boolean, limit = KEY_INDICATOR_LIMIT): string[] {
  return KEY_RESULT_INDICATORS.filter(present).slice(0, limit);
}
