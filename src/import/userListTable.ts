/**
 * Finds the header band of a methodologist's own list (target indicators or a plan) anywhere on a sheet:
 * title and «Приложение» rows above are passed over, a band is 1–3 rows (merged parents over year
 * children, or unmerged parents as CSV exports leave them), a «1, 2, 3 …» row under it is skipped.
 * Columns get roles by their header text; a band counts only when it has the title column and at least
 * one column that confirms the kind (a title row «Целевые показатели» alone is not a header).
 */
import type { SheetView } from "./grid";
import { normaliseHeader } from "./headers";
import { yearIn } from "./text";
import { readNumber } from "../core/numbers";

export interface RoleHit<R extends string> {
  role: R;
  /** A strong title header («Наименование показателя») beats a weak one («Наименование»). */
  strength: number;
  /** The role holds only with a year («Значение показателя / 2021»). */
  needsYear?: boolean;
}

export interface TableSpec<R extends string> {
  classify(normalised: string): RoleHit<R> | null;
  title: R;
  number: R;
  /** Roles that may repeat, one column per year. */
  yearly: readonly R[];
  /** Roles that show the band is a table of this kind. */
  confirming: readonly R[];
  /** The role of a header that is only a year with no parent («2021»); null: such a column has none. */
  bareYear: R | null;
  /** Whether a bare-year leaf takes its role from its parent («Плановое значение / 2021»). */
  yearFromParent: boolean;
  /** A header of the other kind of list: with only a weak title («Наименование»), the band is not this kind. */
  foreign: RegExp;
}

export interface ListColumn<R extends string> {
  role: R;
  column: number;
  /** Header as written, parents first: «Плановое значение / 2021». */
  header: string;
  /** A1 address of the cell holding the header's last part. */
  cell: string;
  year: number | null;
  strength: number;
}

export interface ListTable<R extends string> {
  top: number;
  bottom: number;
  firstData: number;
  left: number;
  right: number;
  columns: ListColumn<R>[];
  /** Columns whose role another column already has (reported, not read). */
  extras: { column: ListColumn<R>; other: ListColumn<R> }[];
  /** Every header of the band, normalised. */
  headers: string[];
}

export type TableSearch<R extends string> = { table: ListTable<R> } | { table: null; titleOnly: ListColumn<R> | null };

const SCAN_ROWS = 80;
const YEAR_WORDS = new Set(["", "на", "в", "за", "к", "г", "гг", "год", "года", "годы", "уч"]);

/** Cell text with runs of spaces collapsed; "" for blank. Numbers as written in Russian style. */
export function cellText(view: SheetView, r: number, c: number, shown = false): string {
  const v = shown ? view.shown(r, c) : view.value(r, c);
  if (v === null) return "";
  return String(v).replace(/[ \t\u00a0\u202f\u2009]+/g, " ").replace(/\s*\n\s*/g, "\n").trim();
}

/** «1», «4.1.», «1. 1», «2 · 1», «II»: a row number, not a title. */
export const ITEM_NUMBER = /^(?:[IVXLC]+|\d+(?:\s*[.·,]\s*\d+)*)\s*\.?$/;
export const numberKey = (text: string): string => text.replace(/\s+/g, "").replace(/[·,]/g, ".").replace(/\.$/, "");
/** «4» over «4.1»: the second number is a child of the first. */
export const isChildNumber = (parent: string, child: string): boolean =>
  parent !== "" && numberKey(child).startsWith(`${numberKey(parent)}.`);

export function isNumberingRow(view: SheetView, r: number): boolean {
  const filled = view.filled(r);
  if (filled.length < 2) return false;
  return filled.every((c, i) => {
    const n = readNumber(view.value(r, c));
    return n.kind === "number" && !n.percent && n.value === i + 1;
  });
}

export function rowBlank(view: SheetView, r: number, left: number, right: number): boolean {
  return !view.filled(r).some((c) => c >= left && c <= right);
}

/** A merge on row r wide enough to be a goal or stage row spanning the table. */
export function mergedAcross(view: SheetView, r: number, left: number, right: number): boolean {
  const width = right - left + 1;
  for (const c of view.filled(r)) {
    const m = view.merge(r, c);
    if (m && m.r1 === r && m.c1 === c && m.c2 - m.c1 + 1 >= Math.max(2, Math.ceil(0.6 * width))) return true;
  }
  return false;
}

export function findListTable<R extends string>(view: SheetView, spec: TableSpec<R>): TableSearch<R> {
  let titleOnly: ListColumn<R> | null = null;
  for (let top = 0; top < Math.min(view.rows, SCAN_ROWS); top++) {
    // A header row has several cells; one cell, however wide, is a title or a caption.
    const filled = view.filled(top);
    if (filled.length < 2 || !filled.some((c) => spec.classify(normaliseHeader(cellText(view, top, c))) !== null)) continue;
    const bottom = bandBottom(view, top, spec);
    const table = assignRoles(view, top, bottom, spec);
    const title = table.columns.find((c) => c.role === spec.title);
    if (!title || (title.strength < 2 && table.headers.some((h) => spec.foreign.test(h)))) continue;
    if (table.columns.some((c) => spec.confirming.includes(c.role))) return { table };
    titleOnly ??= title;
  }
  return { table: null, titleOnly };
}

/** The last row of the band starting at `top`: vertical merges, merged parents, unmerged child rows. */
function bandBottom<R extends string>(view: SheetView, top: number, spec: TableSpec<R>): number {
  let bottom = top;
  for (let r = top; r <= bottom && r < top + 3; r++) {
    for (const c of view.filled(r)) {
      const m = view.merge(r, c);
      if (!m || m.r1 !== r || m.c1 !== c) continue;
      bottom = Math.max(bottom, Math.min(m.r2, top + 2));
      // A merged parent («Плановое значение» over years) has two or more children in the next row; one
      // cell under a merge is data (a header merged over a spacer column), and «1, 2, 3 …» is numbering.
      const below = m.r2 + 1;
      if (m.c2 > m.c1 && below < view.rows && m.r2 < top + 2 && !isNumberingRow(view, below)) {
        if (view.filled(below).filter((x) => x >= m.c1 && x <= m.c2).length >= 2) bottom = Math.max(bottom, below);
      }
    }
  }
  // Columns that identify a row (№, title) are empty in a child row of an unmerged header.
  const identifying = view.filled(top).filter((c) => {
    const hit = spec.classify(normaliseHeader(cellText(view, top, c)));
    return hit !== null && (hit.role === spec.title || hit.role === spec.number);
  });
  while (bottom < top + 2 && bottom + 1 < view.rows && childRow(view, bottom + 1, identifying)) bottom++;
  return bottom;
}

function childRow(view: SheetView, r: number, identifying: number[]): boolean {
  const filled = view.filled(r);
  if (filled.length === 0 || isNumberingRow(view, r)) return false;
  return filled.every((c) => {
    if (identifying.includes(c)) return false;
    const v = view.value(r, c);
    const n = readNumber(v);
    if (n.kind === "number") return !n.percent && Number.isInteger(n.value) && n.value >= 1990 && n.value <= 2099;
    return typeof v === "string" && v.length <= 80;
  });
}

function assignRoles<R extends string>(view: SheetView, top: number, bottom: number, spec: TableSpec<R>): ListTable<R> {
  const unmerged = bottom > top && !view.hasMerges(top, bottom);
  const columns: ListColumn<R>[] = [];
  const extras: ListTable<R>["extras"] = [];
  const headers: string[] = [];
  let left = Infinity;
  let right = -1;
  for (let c = 0; c < view.cols; c++) {
    const parts: string[] = [];
    let cell = "";
    for (let r = top; r <= bottom; r++) {
      let text = cellText(view, r, c, true).replace(/\n/g, " ");
      // Unmerged parents (CSV exports) are written once over their first child: carry them right.
      if (unmerged && text === "" && r < bottom && cellText(view, r + 1, c) !== "") {
        for (let l = c - 1; l >= 0 && text === ""; l--) text = cellText(view, r, l).replace(/\n/g, " ");
      }
      if (text === "" || parts[parts.length - 1] === text) continue;
      parts.push(text);
      const m = view.merge(r, c);
      cell = m ? view.address(m.r1, m.c1) : view.address(r, c);
    }
    if (parts.length === 0) continue;
    headers.push(normaliseHeader(parts[parts.length - 1]));
    left = Math.min(left, c);
    right = Math.max(right, c);
    const column = classifyColumn(parts, c, cell, spec);
    if (!column) continue;
    const key = spec.yearly.includes(column.role) ? `${column.role}:${column.year ?? ""}` : column.role;
    const index = columns.findIndex((x) => (spec.yearly.includes(x.role) ? `${x.role}:${x.year ?? ""}` : x.role) === key);
    if (index < 0) columns.push(column);
    else if (column.strength > columns[index].strength) columns[index] = column;
    // One header merged over several columns names one column, not two.
    else if (columns[index].cell !== column.cell && column.strength === columns[index].strength) extras.push({ column, other: columns[index] });
  }
  let firstData = bottom + 1;
  if (firstData < view.rows && isNumberingRow(view, firstData)) firstData++;
  return { top, bottom, firstData, left: Math.max(0, left), right, columns: columns.sort((a, b) => a.column - b.column), extras, headers };
}

function classifyColumn<R extends string>(parts: string[], column: number, cell: string, spec: TableSpec<R>): ListColumn<R> | null {
  const header = parts.join(" / ");
  // The deepest part naming one year gives the column's year («Значения на 2021–2023 / 2022» -> 2022).
  let year: number | null = null;
  for (let i = parts.length - 1; i >= 0 && year === null; i--) year = yearIn(parts[i]);
  const leaf = normaliseHeader(parts[parts.length - 1]);
  // «2021», «на 2021 год»: a year alone says nothing of the role; its parent may.
  const yearOnly = yearIn(parts[parts.length - 1]) !== null && leaf.split(" ").every((w) => YEAR_WORDS.has(w));
  let hit = yearOnly ? null : spec.classify(leaf);
  if (!hit && yearOnly && spec.yearFromParent && parts.length > 1) hit = spec.classify(normaliseHeader(parts.slice(0, -1).join(" ")));
  if (!hit && yearOnly && parts.length === 1 && year !== null && spec.bareYear) hit = { role: spec.bareYear, strength: 1 };
  if (!hit || (hit.needsYear && year === null)) return null;
  return { role: hit.role, column, header, cell, year: spec.yearly.includes(hit.role) ? year : null, strength: hit.strength };
}
