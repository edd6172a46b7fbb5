/**
 * Numbers as Russian department workbooks write them: "45,5", "1 234", "64%", "0,64", with thin or
 * non-breaking spaces, and missing-value tokens («н/д», «-», «нет»). Missing is never read as 0.
 */
import { CellError, type Result } from "./errors";
import { t } from "../i18n";

export type NumberReading =
  | { kind: "number"; value: number; percent: boolean }
  | { kind: "missing" }
  | { kind: "invalid"; text: string };

const MISSING_TOKENS = new Set([
  "", "-", "–", "—", "н/д", "нд", "н.д.", "нет", "нет данных", "n/a", "na", "x", "х", "?",
]);
// Spaces used as thousands separators: ordinary, no-break, narrow no-break, thin, figure.
const GROUP_SPACES = /[\s\u00a0\u202f\u2009\u2007]+/g;
const NUMBER_BODY = /^[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?$/;
const MISSING = { kind: "missing" } as const;

/**
 * Reads one cell value. `readNumber("64%")` -> { kind: "number", value: 64, percent: true };
 * `readNumber("н/д")` -> { kind: "missing" }; `readNumber(12)` -> { kind: "number", value: 12, percent: false }.
 */
export function readNumber(input: unknown): NumberReading {
  if (input === null || input === undefined) return MISSING;
  if (typeof input === "number") {
    return Number.isFinite(input) ? { kind: "number", value: input, percent: false } : { kind: "invalid", text: String(input) };
  }
  if (typeof input === "boolean") return { kind: "number", value: input ? 1 : 0, percent: false };
  if (typeof input !== "string") return { kind: "invalid", text: String(input) };
  const trimmed = input.trim();
  if (MISSING_TOKENS.has(trimmed.toLowerCase())) return MISSING;
  let body = trimmed.replace(GROUP_SPACES, "").replace(/^[\u2212\u2013]/, "-");
  let percent = false;
  if (body.endsWith("%")) {
    percent = true;
    body = body.slice(0, -1);
  }
  if (!NUMBER_BODY.test(body)) return { kind: "invalid", text: trimmed };
  // A comma and a dot together ("1,234.5") is ambiguous in a Russian workbook: refuse rather than guess.
  if (body.includes(",") && body.includes(".")) return { kind: "invalid", text: trimmed };
  const value = Number(body.replace(",", "."));
  return Number.isFinite(value) ? { kind: "number", value, percent } : { kind: "invalid", text: trimmed };
}

/** «64,5%» -> 0.645, rounded to 12 places so the float noise of ÷100 (1.1 / 100 = 0.011000000000000001) goes. */
export const percentToFraction = (v: number): number => Math.round(v * 1e10) / 1e12;

/**
 * A number argument of a formula: percent text becomes a fraction ("64%" -> 0.64), blanks and
 * missing tokens become null, anything else is #VALUE! naming the text.
 */
export function toNumberOrNull(input: unknown): Result<number | null> {
  const reading = readNumber(input);
  switch (reading.kind) {
    case "missing":
      return null;
    case "invalid":
      return new CellError("VALUE", t("number.invalid", { text: reading.text }));
    case "number":
      return reading.percent ? percentToFraction(reading.value) : reading.value;
  }
}

/** Like toNumberOrNull, but a missing value is #VALUE! naming the argument. */
export function requireNumber(input: unknown, name: string): Result<number> {
  const value = toNumberOrNull(input);
  if (value === null) return new CellError("VALUE", t("number.missingArg", { name }));
  return value;
}

/**
 * Russian-style text of a number: decimal comma, no grouping, up to `maxDecimals` digits.
 * `formatNumberRu(0.645)` -> "0,645"; readNumber reads it back.
 */
export function formatNumberRu(value: number, maxDecimals = 10): string {
  if (!Number.isFinite(value)) throw new RangeError(`Not a finite number: ${value}`);
  const fixed = Number(value.toFixed(maxDecimals));
  return String(fixed).replace(".", ",");
}
