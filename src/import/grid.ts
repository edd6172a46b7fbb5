/**
 * A read-only view of a sheet's cells for table detection: values by 0-based row and column, merged
 * areas resolved to their top-left cell, A1 addresses on the sheet. The Grid shape is the workbook
 * port's (src/workbook/port.ts), restated here because this layer does not import from src/workbook.
 */
import { columnLetter } from "../core/a1";

export { columnLetter };

export type Cell = string | number | boolean | null;

export interface GridLike {
  sheet: string;
  origin: { row: number; column: number };
  values: Cell[][];
  merges: string[];
}

export interface Area {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function parseCell(a1: string): { row: number; column: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  if (!m) return null;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), column };
}

export class SheetView {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  private readonly grid: GridLike;
  /** Merge areas (0-based, grid-relative) by the index of each covered cell. */
  private readonly mergeOf = new Map<number, Area>();

  constructor(grid: GridLike) {
    this.grid = grid;
    this.name = grid.sheet;
    this.rows = grid.values.length;
    this.cols = grid.values.reduce((max, row) => Math.max(max, row.length), 0);
    for (const range of grid.merges) {
      const [a, b] = range.split(":");
      const start = parseCell(a);
      const end = b ? parseCell(b) : start;
      if (!start || !end) continue;
      const area = {
        r1: Math.max(0, start.row - grid.origin.row), c1: Math.max(0, start.column - grid.origin.column),
        r2: Math.min(this.rows - 1, end.row - grid.origin.row), c2: Math.min(this.cols - 1, end.column - grid.origin.column),
      };
      for (let r = area.r1; r <= area.r2; r++) for (let c = area.c1; c <= area.c2; c++) this.mergeOf.set(r * this.cols + c, area);
    }
  }

  /** The cell's own value (blank for the non-top-left cells of a merge). */
  value(r: number, c: number): Cell {
    const v = this.grid.values[r]?.[c];
    return v === undefined ? null : v;
  }

  /** The value shown in the cell: a merged area shows its top-left value in every cell. */
  shown(r: number, c: number): Cell {
    const area = this.mergeOf.get(r * this.cols + c);
    return area ? this.value(area.r1, area.c1) : this.value(r, c);
  }

  /** Trimmed text of the cell's own value; "" for blank. */
  text(r: number, c: number): string {
    const v = this.value(r, c);
    return v === null ? "" : String(v).trim();
  }

  merge(r: number, c: number): Area | null {
    return this.mergeOf.get(r * this.cols + c) ?? null;
  }

  hasMerges(r1: number, r2: number): boolean {
    for (const area of this.mergeOf.values()) if (area.r1 <= r2 && area.r2 >= r1) return true;
    return false;
  }

  /** Columns of row r with a non-blank own value. */
  filled(r: number): number[] {
    const row = this.grid.values[r] ?? [];
    const out: number[] = [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== null && v !== undefined && (typeof v !== "string" || v.trim() !== "")) out.push(c);
    }
    return out;
  }

  /** A1 address on the sheet of grid cell (r, c). */
  address(r: number, c: number): string {
    return `${columnLetter(this.grid.origin.column + c)}${this.grid.origin.row + r}`;
  }

  letter(c: number): string {
    return columnLetter(this.grid.origin.column + c);
  }

  range(r1: number, c1: number, r2: number, c2: number): string {
    return r1 === r2 && c1 === c2 ? this.address(r1, c1) : `${this.address(r1, c1)}:${this.address(r2, c2)}`;
  }
}
