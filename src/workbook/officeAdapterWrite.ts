/**
 * A SheetPlan as a list of queued Office.js operations with their estimated request bytes, and their
 * packing into batches of at most WRITE_BUDGET bytes: one batch (one sync) for any sheet under that —
 * about 150,000 cells of short text and numbers — and one more per further 4 MB.
 *
 * Cells: per block of rows, number formats first ("@" on text Excel would misread), then `values`
 * (null where a formula goes: null leaves a cell as it is), then `formulas` over the formula columns
 * only (null elsewhere). Formats: one call per rectangle of equal style, never per cell.
 */
import type { CellStyle, CellValue, SheetPlan } from "../reports/sheetPlan";
import { columnLetter, isFormula, rangeOf } from "../reports/sheetPlan";
import {
  DEFAULT_FONT, GENERAL_FORMAT, TEXT_FORMAT, bareFormula, hiddenColumnIndices, jsonBytes, literalValue, needsTextFormat,
  planExtent, rectangles, resolveStyles, runsOf, type Extent, type Rect, type StyleGrid,
} from "./planStyles";

/** Estimated request bytes per sync: 5 MB limit minus room for Office.js's own envelope per action. */
export const WRITE_BUDGET = 4_000_000;
/** Rows go to Excel in blocks of about this many bytes, so batches pack evenly. */
const BLOCK_BYTES = 1_000_000;
/** Envelope Office.js adds per queued action (object path, action type, ids), estimated generously. */
export const ACTION_BYTES = 200;

/** One queued step; `bytes` estimates what it adds to the request. */
export interface Op {
  bytes: number;
  run: () => void;
}

/** The sheet being built, shared by the ops: set by the first op, which adds it. */
export interface Target {
  sheet?: Excel.Worksheet;
}

export const targetSheet = (target: Target): Excel.Worksheet => {
  if (!target.sheet) throw new Error("The sheet is used before it is added");
  return target.sheet;
};

export const op = (bytes: number, run: () => void): Op => ({ bytes: bytes + ACTION_BYTES, run });

/** Text as written through `values`: a leading apostrophe is Excel's text prefix, so a real one is doubled. */
export const officeText = (text: string): string => (text.startsWith("'") ? `'${text}` : text);

const pointsOfWidth = (characters: number): number => Math.round(characters * 7) * 0.75;

/** Columns c1..c2 (0-based, inclusive) where `has` is true in some row of the block; null when none. */
function span<T>(rows: readonly (readonly T[])[], has: (v: T) => boolean): [number, number] | null {
  let c1 = Infinity;
  let c2 = -Infinity;
  rows.forEach((row) => row.forEach((v, c) => { if (has(v)) { c1 = Math.min(c1, c); c2 = Math.max(c2, c); } }));
  return c2 >= c1 ? [c1, c2] : null;
}

/**
 * Number formats as rectangles of one format each, set with a 1×1 array (Excel applies a single value to
 * every cell of the range). Text that Excel could misread gets "@" here, before any value is written.
 * A new sheet is General already, so General cells need nothing.
 */
function numberFormatOps(plan: SheetPlan, extent: Extent, grid: StyleGrid, target: Target): Op[] {
  const formatAt = (r: number, c: number): string | undefined => {
    const cell = plan.cells[r - 1]?.[c - 1] ?? null;
    const style = grid.styles[grid.ids[(r - 1) * extent.columns + (c - 1)]];
    if (!isFormula(cell)) {
      const value = literalValue(cell);
      if (typeof value === "string" && needsTextFormat(value)) return TEXT_FORMAT;
    }
    const format = style.numberFormat ?? GENERAL_FORMAT;
    return format === GENERAL_FORMAT ? undefined : format;
  };
  return rectangles(extent, formatAt).map(({ key, rect }) => {
    const address = rangeOf(rect.r1, rect.c1, rect.r2, rect.c2);
    return op(jsonBytes(key) + address.length, () => { targetSheet(target).getRange(address).numberFormat = [[key]]; });
  });
}

/**
 * Values and formulas as 2-D arrays per block of rows, each over the columns that hold them only: a
 * roadmap's timeline is formulas, so its values array stops where the timeline begins.
 */
function valueBlockOps(plan: SheetPlan, extent: Extent, target: Target): Op[] {
  const ops: Op[] = [];
  let block: { r1: number; values: (CellValue | undefined)[][]; formulas: (string | null)[][]; bytes: number } | undefined;
  const flush = (): void => {
    if (!block) return;
    const { r1, values, formulas } = block;
    const r2 = r1 + values.length - 1;
    const literal = span(values, (v) => v !== undefined);
    if (literal) {
      const [c1, c2] = literal;
      // undefined marks a formula cell inside the span: null there leaves it for the formulas below.
      const part = values.map((row) => row.slice(c1, c2 + 1).map((v) => (v === undefined ? null : v)));
      const at = rangeOf(r1, c1 + 1, r2, c2 + 1);
      ops.push(op(jsonBytes(part), () => { targetSheet(target).getRange(at).values = part; }));
    }
    const formula = span(formulas, (f) => f !== null);
    if (formula) {
      const [c1, c2] = formula;
      const part = formulas.map((row) => row.slice(c1, c2 + 1));
      const at = rangeOf(r1, c1 + 1, r2, c2 + 1);
      ops.push(op(jsonBytes(part), () => { targetSheet(target).getRange(at).formulas = part; }));
    }
    block = undefined;
  };
  if (extent.columns === 0) return ops;
  for (let r = 1; r <= extent.rows; r++) {
    const planRow = plan.cells[r - 1] ?? [];
    const values: (CellValue | undefined)[] = [];
    const formulas: (string | null)[] = [];
    for (let c = 1; c <= extent.columns; c++) {
      const cell = planRow[c - 1] ?? null;
      if (isFormula(cell)) {
        values.push(undefined);
        formulas.push(`=${bareFormula(cell.formula)}`);
        continue;
      }
      const value = literalValue(cell);
      values.push(value === null ? "" : typeof value === "string" ? officeText(value) : value);
      formulas.push(null);
    }
    const bytes = jsonBytes(values) + jsonBytes(formulas);
    if (block && block.bytes + bytes > BLOCK_BYTES) flush();
    if (!block) block = { r1: r, values: [], formulas: [], bytes: 0 };
    block.values.push(values);
    block.formulas.push(formulas);
    block.bytes += bytes;
  }
  flush();
  return ops;
}

type Channel = (style: CellStyle) => string | undefined;

/** Independent format properties: a per-row fill does not split the rectangles of borders or fonts. */
const CHANNELS: { key: Channel; bytes: number; apply: (range: Excel.Range, style: CellStyle, rect: Rect) => void }[] = [
  {
    key: (s) => (s.bold || s.italic || s.fontColor || (s.fontSize && s.fontSize !== DEFAULT_FONT.size) ? JSON.stringify([s.bold, s.italic, s.fontColor, s.fontSize]) : undefined),
    bytes: 150,
    apply: (range, s) => {
      const font = range.format.font;
      if (s.bold !== undefined) font.bold = s.bold;
      if (s.italic !== undefined) font.italic = s.italic;
      if (s.fontColor) font.color = `#${s.fontColor}`;
      if (s.fontSize) font.size = s.fontSize;
    },
  },
  { key: (s) => s.fill, bytes: 60, apply: (range, s) => { range.format.fill.color = `#${s.fill}`; } },
  {
    key: (s) => (s.hAlign || s.vAlign || s.wrap !== undefined ? JSON.stringify([s.hAlign, s.vAlign, s.wrap]) : undefined),
    bytes: 150,
    apply: (range, s) => {
      const H = { left: "Left", center: "Center", right: "Right" } as const;
      const V = { top: "Top", middle: "Center", bottom: "Bottom" } as const;
      if (s.hAlign) range.format.horizontalAlignment = H[s.hAlign];
      if (s.vAlign) range.format.verticalAlignment = V[s.vAlign];
      if (s.wrap !== undefined) range.format.wrapText = s.wrap;
    },
  },
  { key: (s) => s.border, bytes: 6 * 3 * ACTION_BYTES, apply: (range, _s, rect) => applyBorders(range, rect) },
  { key: (s) => (s.input ? "unlocked" : undefined), bytes: 40, apply: (range) => { range.format.protection.locked = false; } },
];

function applyBorders(range: Excel.Range, rect: Rect): void {
  const edges: Excel.BorderIndex[] = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight"] as Excel.BorderIndex[];
  if (rect.r2 > rect.r1) edges.push("InsideHorizontal" as Excel.BorderIndex);
  if (rect.c2 > rect.c1) edges.push("InsideVertical" as Excel.BorderIndex);
  for (const edge of edges) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
}

function formatOps(extent: Extent, grid: StyleGrid, target: Target, fontName: string): Op[] {
  const ops: Op[] = [];
  if (extent.rows > 0 && extent.columns > 0) {
    // Every cell of the plan gets the same font name: Excel's default differs by version.
    const all = rangeOf(1, 1, extent.rows, extent.columns);
    ops.push(op(60, () => {
      const font = targetSheet(target).getRange(all).format.font;
      font.name = fontName;
      font.size = DEFAULT_FONT.size;
    }));
  }
  for (const channel of CHANNELS) {
    const keys = grid.styles.map((s) => channel.key(s));
    const found = rectangles(extent, (r, c) => keys[grid.ids[(r - 1) * extent.columns + (c - 1)]]);
    for (const { rect } of found) {
      const style = grid.styles[grid.ids[(rect.r1 - 1) * extent.columns + (rect.c1 - 1)]];
      const address = rangeOf(rect.r1, rect.c1, rect.r2, rect.c2);
      ops.push(op(channel.bytes, () => channel.apply(targetSheet(target).getRange(address), style, rect)));
    }
  }
  return ops;
}

function layoutOps(plan: SheetPlan, extent: Extent, target: Target): Op[] {
  const ops: Op[] = [];
  const widths = runsOf(plan.columnWidths.map((w, i): [number, number] => [i + 1, w]).filter(([, w]) => w > 0));
  for (const { from, to, value } of widths) {
    const columns = `${columnLetter(from)}:${columnLetter(to)}`;
    ops.push(op(40, () => { targetSheet(target).getRange(columns).format.columnWidth = pointsOfWidth(value); }));
  }
  for (const { from, to } of runsOf(hiddenColumnIndices(plan.hiddenColumns ?? []).map((c): [number, boolean] => [c, true]))) {
    const columns = `${columnLetter(from)}:${columnLetter(to)}`;
    ops.push(op(40, () => { targetSheet(target).getRange(columns).columnHidden = true; }));
  }
  // Excel fits rows to wrapped text as it is written; explicit heights come after and win.
  if (extent.rows > 0) ops.push(op(40, () => { targetSheet(target).getRange(`1:${extent.rows}`).format.autofitRows(); }));
  const heights = runsOf(Object.entries(plan.rowHeights ?? {}).map(([r, h]): [number, number] => [Number(r), h]));
  for (const { from, to, value } of heights) {
    ops.push(op(40, () => { targetSheet(target).getRange(`${from}:${to}`).format.rowHeight = value; }));
  }
  for (const merge of plan.merges) ops.push(op(40, () => { targetSheet(target).getRange(merge).merge(false); }));
  return ops;
}

/** Values, formats, widths and merges of a plan, in the order they must reach Excel. */
export function cellOps(plan: SheetPlan, target: Target): { ops: Op[]; extent: Extent } {
  const extent = planExtent(plan);
  const grid = resolveStyles(plan, extent);
  return { ops: [...numberFormatOps(plan, extent, grid, target), ...valueBlockOps(plan, extent, target), ...formatOps(extent, grid, target, plan.fontName ?? DEFAULT_FONT.name), ...layoutOps(plan, extent, target)], extent };
}

/** Consecutive ops in batches of at most `budget` estimated bytes (an op larger than that goes alone). */
export function packBatches(ops: readonly Op[], budget: number = WRITE_BUDGET): Op[][] {
  const batches: Op[][] = [];
  let current: Op[] = [];
  let bytes = 0;
  for (const item of ops) {
    if (current.length && bytes + item.bytes > budget) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(item);
    bytes += item.bytes;
  }
  if (current.length) batches.push(current);
  return batches;
}
