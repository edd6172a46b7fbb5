/**
 * One worksheet part, produced as a sequence of string pieces of some 64 K characters: the head, the rows
 * (cells with shared strings, numbers, Booleans, formulas with cached results), the tail. Nothing holds
 * the whole sheet: a 40,000-row sheet streams through the compressor a few hundred rows at a time.
 * Cells are written as the ExcelJS writer writes them: every cell with a value or a style gets the
 * plan's font; text Excel could misread gets "@"; text is never a formula; merged cells other than the
 * top-left one lose their value.
 */
import type { SheetPlan } from "../../reports/sheetPlan";
import { columnLetter, isFormula, parseRange } from "../../reports/sheetPlan";
import { DEFAULT_FONT, bareFormula, literalValue, needsTextFormat, planExtent, resolveStyles, wrappedRowHeights } from "../planStyles";
import type { SharedStrings } from "./sharedStrings";
import { sheetHead, sheetTail, type TailParts } from "./sheetParts";
import { headerOverrides, type TableBox } from "./tables";
import { XML_HEAD, escapeText } from "./xml";

const PIECE = 1 << 14;
const ROW_KEY = 16_384;

export interface SheetSource extends TailParts {
  plan: SheetPlan;
  strings: SharedStrings;
  tables: readonly TableBox[];
  selected: boolean;
}

/** Row heights the file sets: fitted wrapped rows, then the plan's own (which win). */
function rowHeights(plan: SheetPlan, grid: ReturnType<typeof resolveStyles>): Map<number, number> {
  const heights = wrappedRowHeights(plan, grid);
  for (const [row, height] of Object.entries(plan.rowHeights ?? {})) heights.set(Number(row), height);
  return heights;
}

/** Cells covered by a merge other than its top-left one: keys row × 16,384 + column. */
function mergedAway(plan: SheetPlan): Set<number> {
  const out = new Set<number>();
  for (const m of plan.merges) {
    const { start, end } = parseRange(m);
    for (let r = start.row; r <= end.row; r++) {
      for (let c = start.column; c <= end.column; c++) if (r !== start.row || c !== start.column) out.add(r * ROW_KEY + c);
    }
  }
  return out;
}

export function* worksheetXml(source: SheetSource): Generator<string> {
  const { plan, styles, strings } = source;
  const extent = planExtent(plan);
  const grid = resolveStyles(plan, extent);
  const heights = rowHeights(plan, grid);
  const away = mergedAway(plan);
  const headers = headerOverrides(source.tables);
  // Rows holding merged-away cells or table headers: only these look the cell up in the two maps.
  const special = new Set<number>();
  for (const key of [...away, ...headers.keys()]) special.add(Math.floor(key / ROW_KEY));

  // Tables name every column of their box: header cells past the plan's last value are written too.
  const columns = Math.max(extent.columns, ...source.tables.map((box) => box.c2));
  const fontName = plan.fontName ?? DEFAULT_FONT.name;
  const letters = Array.from({ length: columns + 1 }, (_, c) => (c ? columnLetter(c) : ""));
  // cellXfs index by resolved style id × 2 + "needs text format", filled on first use.
  const xfs = new Int32Array(grid.styles.length * 2).fill(-1);
  const xfOf = (id: number, text: boolean): number => {
    const key = id * 2 + (text ? 1 : 0);
    let xf = xfs[key];
    if (xf < 0) xf = xfs[key] = styles.xf(grid.styles[id], text, fontName);
    return xf;
  };

  let lastRow = extent.rows;
  for (const row of heights.keys()) lastRow = Math.max(lastRow, row);
  for (const box of source.tables) lastRow = Math.max(lastRow, box.r2);
  let out = XML_HEAD + sheetHead(plan, lastRow, columns, source.selected);

  for (let r = 1; r <= lastRow; r++) {
    const planRow = r <= plan.cells.length ? plan.cells[r - 1] : [];
    const base = (r - 1) * extent.columns;
    const checks = special.has(r);
    const ref = String(r);
    let cells = "";
    for (let c = 1; c <= columns; c++) {
      const cell = c <= planRow.length ? planRow[c - 1] ?? null : null;
      const id = r <= extent.rows && c <= extent.columns ? grid.ids[base + c - 1] : 0;
      let header: string | undefined;
      if (checks) {
        const key = r * ROW_KEY + c;
        header = headers.get(key);
        if (away.has(key) && header === undefined) {
          // Covered by a merge: no value, but the style its value would have had (as ExcelJS merges).
          const value = literalValue(cell);
          if (cell !== null || id !== 0) cells += `<c r="${letters[c]}${ref}" s="${xfOf(id, typeof value === "string" && needsTextFormat(value))}"/>`;
          continue;
        }
      }
      if (header !== undefined) {
        // Table header: the column name, styled as the plan's cell (whose own value chose the format).
        const value = literalValue(cell);
        const s = cell === null && id === 0 ? 0 : xfOf(id, typeof value === "string" && needsTextFormat(value));
        cells += `<c r="${letters[c]}${ref}" s="${s}" t="s"><v>${strings.id(header)}</v></c>`;
        continue;
      }
      if (cell === null && id === 0) continue;
      const at = `<c r="${letters[c]}${ref}"`;
      if (isFormula(cell)) {
        const f = `<f>${escapeText(bareFormula(cell.formula))}</f>`;
        const result = cell.result;
        const s = xfOf(id, false);
        if (typeof result === "number" && Number.isFinite(result)) cells += `${at} s="${s}">${f}<v>${result}</v></c>`;
        else if (typeof result === "string") cells += `${at} s="${s}" t="str">${f}<v>${escapeText(result)}</v></c>`;
        else if (typeof result === "boolean") cells += `${at} s="${s}" t="b">${f}<v>${result ? 1 : 0}</v></c>`;
        else cells += `${at} s="${s}">${f}</c>`;
        continue;
      }
      const value = literalValue(cell);
      if (typeof value === "string") {
        const entry = strings.entry(value);
        cells += `${at} s="${xfOf(id, (entry & 1) === 1)}" t="s"><v>${entry >>> 1}</v></c>`;
      } else if (typeof value === "number") cells += `${at} s="${xfOf(id, false)}"><v>${value}</v></c>`;
      else if (typeof value === "boolean") cells += `${at} s="${xfOf(id, false)}" t="b"><v>${value ? 1 : 0}</v></c>`;
      else cells += `${at} s="${xfOf(id, false)}"/>`;
    }
    const height = heights.get(r);
    if (!cells && height === undefined) continue;
    out += `<row r="${ref}"${height === undefined ? "" : ` ht="${height}" customHeight="1"`}>${cells}</row>`;
    if (out.length >= PIECE) {
      yield out;
      out = "";
    }
  }
  yield out + sheetTail(plan, source);
}
