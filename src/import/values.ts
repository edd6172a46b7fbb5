/**
 * Reading a column's cells by the unit of the indicator it matched. Missing tokens («н/д», «-», «нет»,
 * blanks) are missing, never 0. Values outside the unit's range are rejected with their cell and left
 * out of the record.
 *
 * Share scale rule (percent columns), cell by cell:
 * 1. «64%» is 0.64. Plain 0 is 0.
 * 2. A plain number above 1 and up to 100 can only be percent: 64 -> 0.64. Such cells are summarised
 *    once per column (their range), not line by line.
 * 3. A plain number in (0, 1] is ambiguous (0,64 may be 64% or 0.64%):
 *    - the profile's shareScale "fraction" / "percent" decides when set;
 *    - otherwise, if no plain cell of the column is above 1, the column is written as fractions: 0,64
 *      is 64%. If the header says «%» the column is flagged, since 0,5 «%» may mean half a percent;
 *    - otherwise the column is written in percent, and the cell is compared with the column's
 *      unambiguous cells (rules 1–2): the reading that falls within their range (lowest to highest)
 *      wins; when both or neither do, the one closer by ratio to their median. Each such cell is
 *      reported with both readings.
 * 4. Negative, above 100 or not a number: rejected.
 */
import type { Unit } from "../core/catalogue/types";
import { percentToFraction, readNumber, type NumberReading } from "../core/numbers";
import type { ImportIssue, RecordValue } from "../core/records";
import type { MappingProfile } from "../core/settings";
import { issue, pct, quote, type Place } from "./issues";
import { basicNormalise } from "./text";

export interface ColumnCells {
  place: Place; // file and sheet; cell is the column's range
  header: string;
  values: readonly unknown[];
  /** A1 address of values[i]: computed only for cells that are reported (a big import has millions). */
  cellAt: (i: number) => string;
}

/** Per-row values (undefined = missing or rejected: left out of the record) and what was reported. */
export interface ColumnRead {
  values: (RecordValue | undefined)[];
  issues: ImportIssue[];
}

/** How unmatched (`col:`) columns are read: numbers become numbers, anything else stays as written. */
export type ReadUnit = Unit | "raw";

const EPS = 1e-9;

const SIMPLE_NUMBER = /^\d{1,15}(?:[.,]\d{1,15})?$/;

/**
 * readNumber with a shortcut for what most cells hold («45», «45,5», 45): a big import reads
 * millions of them. Anything else goes through readNumber, so the two never disagree.
 */
function readCell(value: unknown): NumberReading {
  if (typeof value === "string" && SIMPLE_NUMBER.test(value)) return { kind: "number", value: Number(value.replace(",", ".")), percent: false };
  return readNumber(value);
}
const RANGES: Partial<Record<Unit, [number, number]>> = {
  score: [0, 100],
  mark: [2, 5],
  ratio: [0, Infinity],
  years: [0, 100],
  hours: [0, Infinity],
  rubles: [0, Infinity],
};

type RejectKey = "import.value.notNumber" | "import.value.notWhole" | "import.value.outOfRange" | "import.value.percentInCount" | "import.value.notFlag" | "import.value.notLevel";

export function readColumn(column: ColumnCells, unit: ReadUnit, shareScale: MappingProfile["shareScale"] = "auto"): ColumnRead {
  if (unit === "percent") return readShares(column, shareScale ?? "auto");
  const out: ColumnRead = { values: new Array(column.values.length), issues: [] };
  const reject = (i: number, key: RejectKey, extra: Record<string, string | number> = {}): undefined => {
    out.issues.push(issue("warning", "rejected", { ...column.place, cell: column.cellAt(i) }, key, { value: quote(column.values[i]), header: column.header, ...extra }));
    return undefined;
  };
  const range = unit === "text" || unit === "raw" || unit === "flag" || unit === "level" ? undefined : RANGES[unit];
  const missing: number[] = [];
  for (let i = 0; i < column.values.length; i++) {
    out.values[i] = readOne(column.values[i], i);
    if (out.values[i] === undefined && isMissingToken(column.values[i])) missing.push(i);
  }
  reportMissing(column, missing, out.issues);
  return out;

  // A plain loop with no closure per cell: a big import reads millions of cells.
  function readOne(value: unknown, i: number): RecordValue | undefined {
    if (unit === "text" || unit === "raw") return readRaw(value, unit === "raw");
    if (unit === "flag") return readFlag(value) ?? (readNumber(value).kind === "missing" ? undefined : reject(i, "import.value.notFlag"));
    if (unit === "level") return readLevel(value) ?? (readNumber(value).kind === "missing" ? undefined : reject(i, "import.value.notLevel"));
    const r = readCell(value);
    if (r.kind === "missing") return undefined;
    if (r.kind === "invalid") return reject(i, "import.value.notNumber");
    if (unit === "count" || unit === "people") {
      if (r.percent) return reject(i, "import.value.percentInCount");
      if (r.value < 0 || Math.abs(r.value - Math.round(r.value)) > EPS) return reject(i, "import.value.notWhole");
      return Math.round(r.value);
    }
    if (r.percent && unit !== "ratio") return reject(i, "import.value.outOfRange", { range: rangeText(unit) });
    const v = r.percent ? percentToFraction(r.value) : r.value;
    if (range && (v < range[0] || v > range[1])) return reject(i, "import.value.outOfRange", { range: rangeText(unit) });
    return v;
  }
}

/** «н/д», «-», «нет»: written, but saying there is no value (blanks are not reported). */
function isMissingToken(value: unknown): boolean {
  return typeof value === "string" && value.trim() !== "" && readNumber(value).kind === "missing";
}

const SHOWN_CELLS = 5;

/** One line per column for the cells that say «нет данных»: they stay missing, never 0. */
function reportMissing(column: ColumnCells, cells: number[], issues: ImportIssue[]): void {
  if (cells.length === 0) return;
  const shown = cells.slice(0, SHOWN_CELLS).map((i) => column.cellAt(i)).join(", ") + (cells.length > SHOWN_CELLS ? ", …" : "");
  const first = column.cellAt(cells[0]);
  const last = column.cellAt(cells[cells.length - 1]);
  issues.push(issue("info", "missing", { ...column.place, cell: first === last ? first : `${first}:${last}` }, "import.value.missingTokens", {
    count: cells.length, header: column.header, cells: shown,
  }));
}

function rangeText(unit: Unit): string {
  const range = RANGES[unit];
  if (!range) return "";
  return range[1] === Infinity ? `≥ ${range[0]}` : `${range[0]}…${range[1]}`;
}

/** Text and unmatched columns: numeric text becomes a number («45,5» -> 45.5, «64%» -> 0.64), the rest stays. */
function readRaw(value: unknown, numbers: boolean): RecordValue | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value === "number" || typeof value === "boolean") return value;
  const text = String(value).trim();
  const r = readNumber(text);
  if (r.kind === "missing") return undefined;
  if (numbers && r.kind === "number") return r.percent ? percentToFraction(r.value) : r.value;
  return text;
}

const YES = new Set(["да", "+", "1", "true", "истина", "есть", "yes", "v", "✓"]);
const NO = new Set(["нет", "0", "false", "ложь", "no"]);

function readFlag(value: unknown): boolean | undefined {
  if (typeof value === "boolean") return value;
  const text = basicNormalise(String(value ?? ""));
  if (YES.has(text)) return true;
  if (NO.has(text)) return false;
  return undefined;
}

const LEVELS: Record<string, string> = {
  высокий: "высокий", высокая: "высокий", high: "высокий",
  средний: "средний", средняя: "средний", medium: "средний",
  низкий: "низкий", низкая: "низкий", low: "низкий",
};

function readLevel(value: unknown): string | undefined {
  return LEVELS[basicNormalise(String(value ?? ""))];
}

// Cell kinds of a share column, kept in typed arrays rather than one object per cell.
const MISSING = 0;
const BAD = 1;
const PCT = 2;
const PLAIN = 3;

function readShares(column: ColumnCells, scale: NonNullable<MappingProfile["shareScale"]>): ColumnRead {
  const n = column.values.length;
  const out: ColumnRead = { values: new Array(n), issues: [] };
  const kinds = new Uint8Array(n);
  const numbers = new Float64Array(n);
  let percentWritten = false;
  let zero = false;
  const found: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = readCell(column.values[i]);
    if (r.kind === "missing") kinds[i] = MISSING;
    else if (r.kind === "invalid") kinds[i] = BAD;
    else {
      kinds[i] = r.percent ? PCT : PLAIN;
      numbers[i] = r.value;
      if (r.value === 0) zero = true;
      if (!r.percent && r.value > 1 && r.value <= 100) percentWritten = true;
      if ((r.percent || r.value > 1) && r.value > 0 && r.value <= 100) found.push(r.value / 100);
    }
  }
  const unambiguous = Float64Array.from(found).sort();
  const median = unambiguous.length ? unambiguous[Math.floor(unambiguous.length / 2)] : null;
  // The range includes written zeros: «0» is a share every column may hold.
  const low = zero ? 0 : (unambiguous[0] ?? 0);
  const high = unambiguous[unambiguous.length - 1] ?? 1;
  const inRange = (x: number): boolean => x >= low && x <= high;
  const closer = (v: number): boolean => median !== null && Math.abs(Math.log(v / median)) <= Math.abs(Math.log(v / 100 / median));
  const asFraction = (v: number): boolean => (inRange(v) !== inRange(v / 100) ? inRange(v) : closer(v));
  const at = (i: number): Place => ({ ...column.place, cell: column.cellAt(i) });
  let firstPercent = -1;
  let lastPercent = -1;
  let percentCount = 0;
  const writtenAsPercent = (i: number): void => {
    if (firstPercent < 0) firstPercent = i;
    lastPercent = i;
    percentCount++;
  };
  let fractionsUnderPercentHeader = 0;

  const missing: number[] = [];
  for (let i = 0; i < n; i++) {
    const kind = kinds[i];
    const v = numbers[i];
    if (kind === MISSING) {
      if (isMissingToken(column.values[i])) missing.push(i);
      continue;
    }
    if (kind === BAD || v < 0 || v > 100) {
      const key = kind === BAD ? "import.value.notNumber" : "import.value.shareOutOfRange";
      out.issues.push(issue("warning", "rejected", at(i), key, { value: quote(column.values[i]), header: column.header }));
      continue;
    }
    if (kind === PCT) out.values[i] = percentToFraction(v);
    else if (v === 0) out.values[i] = 0;
    else if (v > 1) {
      writtenAsPercent(i);
      out.values[i] = percentToFraction(v);
    } else if (scale !== "auto") {
      // 0 < v ≤ 1 without a % sign: the ambiguous case, decided by the profile…
      out.values[i] = scale === "percent" ? percentToFraction(v) : v;
      if (scale === "percent") writtenAsPercent(i);
    } else if (!percentWritten) {
      // …by the column being written in fractions…
      fractionsUnderPercentHeader++;
      out.values[i] = v;
    } else {
      // …or by the column's own values.
      const fraction = asFraction(v);
      const chosen = fraction ? v : percentToFraction(v);
      out.values[i] = chosen;
      out.issues.push(issue("warning", "interpreted", at(i), "import.value.shareAmbiguous", {
        value: quote(column.values[i]), header: column.header, chosen: pct(chosen), other: pct(fraction ? v / 100 : v), median: median === null ? "—" : pct(median),
      }));
    }
  }

  reportMissing(column, missing, out.issues);
  if (percentCount) {
    const first = column.cellAt(firstPercent);
    const last = column.cellAt(lastPercent);
    out.issues.push(issue("info", "interpreted", { ...column.place, cell: first === last ? first : `${first}:${last}` }, "import.value.percentColumn", {
      count: percentCount, header: column.header,
    }));
  }
  if (fractionsUnderPercentHeader > 0 && /%|процент/.test(column.header.toLowerCase())) {
    out.issues.push(issue("warning", "interpreted", column.place, "import.value.fractionsUnderPercent", {
      count: fractionsUnderPercentHeader, header: column.header,
    }));
  }
  return out;
}
