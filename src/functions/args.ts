/**
 * Reading custom-function arguments. Excel passes blanks as null (older desktop builds: 0 or ""),
 * optional arguments as null, ranges as 2-D arrays; these helpers turn them into core inputs or a
 * CellError that names the argument.
 */
import { CellError, isCellError, type Result } from "../core/errors";
import { toNumberOrNull, requireNumber } from "../core/numbers";
import type { TrendDirection } from "../core/formulas";
import { t } from "../i18n";

export type Scalar = number | string | boolean | null;
export type Matrix = Scalar[][];

export { requireNumber };

/** An optional number: blank or omitted gives the default. */
export function optionalNumber(value: unknown, fallback: number): Result<number> {
  const n = toNumberOrNull(value);
  return n === null ? fallback : n;
}

/** An optional whole number within bounds. */
export function optionalInteger(value: unknown, fallback: number, name: string, min: number, max: number): Result<number> {
  const n = optionalNumber(value, fallback);
  if (isCellError(n)) return n;
  if (!Number.isInteger(n) || n < min || n > max) return new CellError("VALUE", t("arg.badInteger", { name, min, max }));
  return n;
}

/** An optional fraction in (0, 1]; "30%" and 0,3 both read as 0.3. */
export function optionalFraction(value: unknown, fallback: number, name: string): Result<number> {
  const n = optionalNumber(value, fallback);
  if (isCellError(n)) return n;
  if (!(n > 0 && n <= 1)) return new CellError("VALUE", t("arg.badFraction", { name }));
  return n;
}

/** A matrix argument; a single value given where a range is expected arrives as a 1×1 matrix. */
export function asMatrix(value: unknown): Matrix {
  if (Array.isArray(value)) return value as Matrix;
  return [[value as Scalar]];
}

/** A row or a column of a range, flattened in reading order. */
export function vector(value: unknown, name: string): Result<Scalar[]> {
  const m = asMatrix(value);
  if (m.length === 1) return m[0];
  if (m.every((row) => row.length === 1)) return m.map((row) => row[0]);
  return new CellError("VALUE", t("range.notVector", { name }));
}

/** Numbers of a vector; blanks and missing tokens become null; any text that is not a number is an error. */
export function numbersOrNull(values: readonly Scalar[]): Result<(number | null)[]> {
  const out: (number | null)[] = new Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const n = toNumberOrNull(values[i]);
    if (isCellError(n)) return n;
    out[i] = n;
  }
  return out;
}

/** A numeric row or column: `vector` then `numbersOrNull`. */
export function numberVector(value: unknown, name: string): Result<(number | null)[]> {
  const v = vector(value, name);
  return isCellError(v) ? v : numbersOrNull(v);
}

/** A matrix of numbers or nulls. */
export function numberMatrix(value: unknown): Result<(number | null)[][]> {
  const m = asMatrix(value);
  const out: (number | null)[][] = new Array(m.length);
  for (let r = 0; r < m.length; r++) {
    const row = numbersOrNull(m[r]);
    if (isCellError(row)) return row;
    out[r] = row;
  }
  return out;
}

const UP_WORDS = new Set(["1", "+1", "рост", "повышение", "увеличение", "up", "rise", "increase", "↑"]);
const DOWN_WORDS = new Set(["-1", "снижение", "понижение", "уменьшение", "down", "fall", "decrease", "↓"]);

/** Direction: 1/−1, «рост»/«снижение» (and English), blank = rising. */
export function direction(value: unknown): Result<TrendDirection> {
  if (value === null || value === undefined || value === "") return "up";
  const key = String(value).trim().toLowerCase();
  if (UP_WORDS.has(key)) return "up";
  if (DOWN_WORDS.has(key)) return "down";
  return new CellError("VALUE", t("fulfillment.badDirection", { text: String(value) }));
}

/** Optional text argument: null for blank. */
export function optionalText(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === "" ? null : text;
}
