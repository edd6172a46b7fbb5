/**
 * The building blocks of school classification (DOMAIN.md §4) that also work as cell formulas:
 * stably low against the minimum, the 30% rule, and the status code.
 */
import { CellError, type Result } from "../errors";
import { t } from "../../i18n";

export type StatusCode = "low_results" | "adverse_social" | "both" | "none";
export type StatusLabels = Record<StatusCode, string>;

export const DEFAULT_STATUS_LABELS: StatusLabels = {
  low_results: "ШНОР",
  adverse_social: "ШНСУ",
  both: "ШНОР и ШНСУ",
  none: "—",
};

/**
 * Stably low: the last `years` yearly scores that have both a score and a threshold are all below
 * their thresholds. Years with a blank are skipped; too few years of data is not "stably low".
 * `stablyLow([30, 22, 25], [27, 27, 27], 2)` -> true.
 */
export function stablyLow(
  scores: readonly (number | null)[],
  thresholds: readonly (number | null)[],
  years = 2,
): boolean {
  let counted = 0;
  for (let i = scores.length - 1; i >= 0 && counted < years; i--) {
    const score = scores[i];
    const threshold = thresholds[i];
    if (score === null || threshold === null) continue;
    if (!(score < threshold)) return false;
    counted++;
  }
  return counted === years;
}

export type LowResultsMode = "or" | "and";

export interface LowResultsOptions {
  /** Share of participants below the minimum that counts as a failure (default 0.3). */
  cut?: number;
  /** How many procedures of the current year must fail (default 2). */
  procedures?: number;
  /** "or": either condition makes a school low; "and": both must hold. */
  mode?: LowResultsMode;
}

/**
 * The 30% rule: at least `procedures` current shares are ≥ cut, and/or one procedure is ≥ cut in both
 * years. `current` and `previous` hold one share per procedure, in the same order; blanks are null.
 * `lowResults([0.35, 0.31, 0.1], null)` -> true (two procedures at or above 30%).
 */
export function lowResults(
  current: readonly (number | null)[],
  previous: readonly (number | null)[] | null,
  options: LowResultsOptions = {},
): boolean {
  const cut = options.cut ?? 0.3;
  const procedures = options.procedures ?? 2;
  const mode = options.mode ?? "or";
  let failing = 0;
  let twoYears = false;
  for (let i = 0; i < current.length; i++) {
    const now = current[i];
    if (now === null || now < cut) continue;
    failing++;
    const before = previous ? previous[i] : null;
    if (before !== null && before !== undefined && before >= cut) twoYears = true;
  }
  const manyProcedures = failing >= procedures;
  return mode === "or" ? manyProcedures || twoYears : manyProcedures && twoYears;
}

/** Status code from the two flags. */
export function statusCode(lowResultsFlag: boolean, adverseSocial: boolean): StatusCode {
  if (lowResultsFlag && adverseSocial) return "both";
  if (lowResultsFlag) return "low_results";
  return adverseSocial ? "adverse_social" : "none";
}

const TRUE_WORDS = new Set(["да", "истина", "true", "yes", "1", "+", "д", "y", "есть"]);
const FALSE_WORDS = new Set(["нет", "ложь", "false", "no", "0", "", "-", "н", "n"]);

/**
 * A yes/no flag as departments write it: TRUE/FALSE, 1/0, «да»/«нет». Blank is "no": a register marks
 * the schools that have the flag and leaves the rest empty.
 */
export function readFlag(value: unknown): Result<boolean> {
  if (value === null || value === undefined) return false;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (value === 1 || value === 0) return value === 1;
    return new CellError("VALUE", t("arg.badBoolean", { text: String(value) }));
  }
  const key = String(value).trim().toLowerCase();
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return new CellError("VALUE", t("arg.badBoolean", { text: String(value) }));
}
