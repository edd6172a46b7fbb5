/**
 * Helpers shared by the sheet writers (ExcelJS, Office.js and the streaming PlanWorkbook): the extent of a plan, the effective style
 * of every cell, rectangles of equal style (so formats go to ranges, never cell by cell), the text-safety
 * rule and small name/footer utilities. Pure: no Office.js, no ExcelJS.
 */
import type { CellStyle, CellValue, PlanCell, SheetPlan } from "../reports/sheetPlan";
import { columnIndex, isFormula, parseRange } from "../reports/sheetPlan";

/** Every cell a writer formats gets this font: Excel's default differs by version (Calibri, Aptos). */
export const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;
export const TEXT_FORMAT = "@";
export const GENERAL_FORMAT = "General";

const BOOLEAN_WORDS = /^(true|false|истина|ложь)$/i;

/**
 * Whether Excel could take this text for something else when it is typed or written through
 * `Range.values`: a formula (= + - @), a number, date, time, percent or fraction (anything with a digit,
 * in any locale), a Boolean, an error literal (#N/A), or a leading apostrophe it would swallow.
 * Such text is written with the Text number format "@" by every writer. Errs on the safe side: "Школа №5"
 * is guarded too, which costs nothing.
 * @example needsTextFormat("=HYPERLINK(\"x\")") // true; needsTextFormat("-10%") // true; needsTextFormat("Школа") // false
 */
export function needsTextFormat(text: string): boolean {
  const s = text.trim();
  if (s === "") return false;
  return /^[=+\-@#']/.test(s) || /\d/.test(s) || BOOLEAN_WORDS.test(s);
}

/** A plan cell as a literal value for a writer: non-finite numbers (NaN from bad data) become blanks. */
export function literalValue(cell: PlanCell): CellValue {
  if (isFormula(cell)) return null;
  if (typeof cell === "number" && !Number.isFinite(cell)) return null;
  return cell;
}

/** A formula without its leading "=" (the file format stores it so); Office.js wants it back with one. */
export const bareFormula = (formula: string): string => formula.trim().replace(/^=/, "");

export interface Extent {
  rows: number;
  columns: number;
}

/** Rows and columns a plan touches: its cells and every styled range. */
export function planExtent(plan: SheetPlan): Extent {
  let rows = plan.cells.length;
  let columns = plan.cells.reduce((max, row) => Math.max(max, row.length), 0);
  for (const { range } of plan.styles) {
    const { end } = parseRange(range);
    rows = Math.max(rows, end.row);
    columns = Math.max(columns, end.column);
  }
  return { rows, columns };
}

/** Effective style ids per cell (row-major, 0 = unstyled) and the styles they stand for. */
export interface StyleGrid extends Extent {
  ids: Uint32Array;
  styles: CellStyle[];
}

/** Later styled ranges override earlier ones property by property, as if applied in order. */
export function resolveStyles(plan: SheetPlan, extent: Extent = planExtent(plan)): StyleGrid {
  const { rows, columns } = extent;
  const ids = new Uint32Array(rows * columns);
  const styles: CellStyle[] = [{}];
  // Keyed by number (style below × ranges + range), with the last pair remembered: most cells of a
  // range lie over the same style, and this runs for every cell of a 40,000-row sheet.
  const combined = new Map<number, number>();
  const ranges = plan.styles.length;
  plan.styles.forEach(({ range, style }, index) => {
    const { start, end } = parseRange(range);
    let below = -1;
    let over = -1;
    for (let r = start.row; r <= Math.min(end.row, rows); r++) {
      for (let c = start.column; c <= Math.min(end.column, columns); c++) {
        const at = (r - 1) * columns + (c - 1);
        if (ids[at] !== below) {
          below = ids[at];
          const key = below * ranges + index;
          let id = combined.get(key);
          if (id === undefined) {
            id = styles.push(overlay(styles[below], style)) - 1;
            combined.set(key, id);
          }
          over = id;
        }
        ids[at] = over;
      }
    }
  });
  return { rows, columns, ids, styles };
}

function overlay(base: CellStyle, top: CellStyle): CellStyle {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(top)) if (value !== undefined) out[key] = value;
  return out as CellStyle;
}

/** 1-based inclusive rectangle. */
export interface Rect {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/**
 * Rectangles of equal key: runs along each row, joined with the same run of the rows below. A column
 * block of 5,000 rows with one style is one rectangle, so format calls do not grow with rows.
 * `keyAt` returns undefined for cells that need nothing.
 */
export function rectangles(extent: Extent, keyAt: (row: number, column: number) => string | undefined): { key: string; rect: Rect }[] {
  const done: { key: string; rect: Rect }[] = [];
  let open = new Map<string, { key: string; rect: Rect }>();
  for (let r = 1; r <= extent.rows; r++) {
    const next = new Map<string, { key: string; rect: Rect }>();
    let c = 1;
    while (c <= extent.columns) {
      const key = keyAt(r, c);
      let c2 = c;
      while (c2 < extent.columns && keyAt(r, c2 + 1) === key) c2++;
      if (key !== undefined) {
        const runKey = `${c}:${c2}:${key}`;
        const previous = open.get(runKey);
        if (previous) {
          previous.rect.r2 = r;
          open.delete(runKey);
          next.set(runKey, previous);
        } else next.set(runKey, { key, rect: { r1: r, c1: c, r2: r, c2 } });
      }
      c = c2 + 1;
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  return done.sort((a, b) => a.rect.r1 - b.rect.r1 || a.rect.c1 - b.rect.c1);
}

const DEFAULT_COLUMN_WIDTH = 8.43;
/** Points per line of 11-point Calibri, Excel's default row height. */
const LINE_POINTS = 15;
const NARROW = /[ijlrtf.,:;'"!|()[\]{}\-]/;

/** Lines that greedy word wrapping makes of a text in a column `capacity` characters wide. */
export function wrappedLines(text: string, capacity: number): number {
  // No character is wider than 1.25: a text that fits that way is one line (most cells of a big sheet).
  if (text.length * 1.25 <= capacity && !text.includes("\n")) return 1;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      // Capitals are wider than the digit Excel measures columns in, punctuation and i, l, t narrower.
      const width = [...word].reduce((sum, ch) => sum + (NARROW.test(ch) ? 0.5 : ch !== ch.toLowerCase() ? 1.25 : 1), 0);
      if (line > 0 && line + 1 + width > capacity) {
        lines++;
        line = 0;
      }
      line += (line > 0 ? 1 : 0) + width;
      while (line > capacity) {
        lines++;
        line -= capacity;
      }
    }
  }
  return Math.max(1, lines);
}

/**
 * Heights (points) for rows whose wrapped text needs more than one line, where the plan sets none.
 * Excel fits such rows itself when cells are typed or written through Office.js, but it does not when
 * it opens a file, nor does LibreOffice: the file writer sets them.
 */
export function wrappedRowHeights(plan: SheetPlan, grid: StyleGrid): Map<number, number> {
  const widthOf = (c: number): number => plan.columnWidths[c - 1] || DEFAULT_COLUMN_WIDTH;
  const mergedWidth = new Map<number, number>();
  const covered = new Set<number>();
  for (const m of plan.merges) {
    const { start, end } = parseRange(m);
    for (let r = start.row; r <= end.row; r++) for (let c = start.column; c <= end.column; c++) covered.add(r * 16_384 + c);
    let width = 0;
    for (let c = start.column; c <= end.column; c++) width += widthOf(c);
    // A merge over several rows has room of its own: leave its rows alone.
    if (start.row === end.row) mergedWidth.set(start.row * 16_384 + start.column, width);
  }
  const heights = new Map<number, number>();
  for (let r = 1; r <= grid.rows; r++) {
    if (plan.rowHeights?.[r] !== undefined) continue;
    let points = 0;
    for (let c = 1; c <= grid.columns; c++) {
      const style = grid.styles[grid.ids[(r - 1) * grid.columns + (c - 1)]];
      if (!style.wrap) continue;
      const value = literalValue(plan.cells[r - 1]?.[c - 1] ?? null);
      if (value === null || value === "") continue;
      const key = r * 16_384 + c;
      const width = mergedWidth.get(key) ?? (covered.has(key) ? undefined : widthOf(c));
      if (width === undefined) continue;
      const size = style.fontSize ?? DEFAULT_FONT.size;
      const capacity = Math.max(1, (width - 1) * (DEFAULT_FONT.size / size));
      // A number or Boolean is at most 24 characters: one line wherever 30 fit, without making its text.
      if (typeof value !== "string" && capacity >= 30) continue;
      const lines = wrappedLines(String(value), capacity);
      if (lines > 1) points = Math.max(points, Math.ceil(lines * LINE_POINTS * (size / DEFAULT_FONT.size)));
    }
    if (points > 0) heights.set(r, points);
  }
  return heights;
}

/** Groups of consecutive indices with equal values: column widths, row heights. */
export function runsOf<T>(entries: [number, T][]): { from: number; to: number; value: T }[] {
  const sorted = [...entries].sort((a, b) => a[0] - b[0]);
  const runs: { from: number; to: number; value: T }[] = [];
  for (const [index, value] of sorted) {
    const last = runs[runs.length - 1];
    if (last && last.to === index - 1 && last.value === value) last.to = index;
    else runs.push({ from: index, to: index, value });
  }
  return runs;
}

/** "B", "$B", "B:D" -> 1-based column indices. */
export function hiddenColumnIndices(specs: readonly string[]): number[] {
  const out: number[] = [];
  for (const spec of specs) {
    const [a, b] = spec.replace(/\$/g, "").split(":");
    const from = columnIndex(a);
    const to = b ? columnIndex(b) : from;
    for (let c = from; c <= to; c++) out.push(c);
  }
  return out;
}

/** A name free among `taken` (case-insensitive): "Цели", "Цели_2", … Used for table names. */
export function freeName(wanted: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((n) => n.toLowerCase()));
  if (!lower.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) if (!lower.has(`${wanted}_${i}`.toLowerCase())) return `${wanted}_${i}`;
}

/** Sheet name as formulas and chart references need it: always quoted, inner quotes doubled. */
export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** "A6:B7" -> "$A$6:$B$7". */
export function absoluteRange(range: string): string {
  return range
    .split(":")
    .map((part) => part.replace(/\$/g, "").replace(/^([A-Za-z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
}

/** Header/footer text split into sections: "&LЛево&CЦентр" or plain text (centre). */
export function footerSections(footer: string): { left?: string; center?: string; right?: string } {
  if (!/&[LCR]/.test(footer)) return { center: footer };
  const out: { left?: string; center?: string; right?: string } = {};
  const names = { L: "left", C: "center", R: "right" } as const;
  for (const m of footer.matchAll(/&([LCR])((?:(?!&[LCR]).)*)/gs)) out[names[m[1] as "L" | "C" | "R"]] = m[2];
  return out;
}

/** UTF-8 byte length of a string, without allocating: payload estimates for Excel on the web. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes a value adds to a request once serialised as JSON. */
export const jsonBytes = (value: unknown): number => utf8Length(JSON.stringify(value) ?? "null");

/** List validation values as Excel's inline list; commas cannot be escaped there and the list is capped at 255. */
export function inlineList(values: readonly string[]): string {
  const joined = values.join(",");
  if (values.some((v) => v.includes(",")) || joined.length > 255) {
    throw new Error(`Inline validation list needs values without commas, 255 characters at most: ${joined.slice(0, 60)}…`);
  }
  return joined;
}
