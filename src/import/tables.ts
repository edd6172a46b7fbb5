/**
 * Finds school tables on a sheet. Data rows are recognised by their content — a school's name
 * (СОШ, школа, гимназия, МБОУ …) in one column — because that is the one thing every department table
 * shares; the header band is the 1–4 rows right above the first data row (skipping a «1, 2, 3 …»
 * numbering row), up to a blank or title-like row; totals and average rows inside the block are kept
 * apart; the block ends at a footnote or at a row that starts something else. Then the search goes on
 * below, so a sheet may hold several tables.
 */
import { readNumber } from "../core/numbers";
import type { SheetView } from "./grid";
import { IDENTITY_SYNONYMS, normaliseHeader } from "./headers";
import { looksLikeSchool, municipalityInText } from "./schools";
import { basicNormalise } from "./text";

export interface TableColumn {
  c: number;
  /** Header texts top to bottom (merged parents included, repeats removed). */
  parts: string[];
  /** «Родитель / Потомок»; the column letter when the header is blank. */
  header: string;
}

export interface TotalsRow {
  r: number;
  label: string;
  kind: "sum" | "average" | "other";
}

export interface DetectedTable {
  headerRows: number[];
  /** Non-empty rows above the header band (title, «Приложение» block). */
  titleRows: number[];
  numberingRow: number | null;
  columns: TableColumn[];
  schoolColumn: number;
  dataRows: number[];
  totals: TotalsRow[];
  /** Rows below the block that were not read (notes, signatures). */
  footnotes: number[];
  firstRow: number;
  lastRow: number;
}

const TOTALS = /^(итого|всего|сумма|среднее|в среднем|средний показатель|средн\S* знач|по району|по мо|по муниципалитету|по округу|по региону|по области|по городу|по краю|регион|область)(?![а-я])/;
const FOOTNOTE = /^(\*|¹|²|примечани|источник|исполнител|составил|подпис|дата заполнения|м\s?п(?![а-я])|руководител|начальник|директор|ответственн|справочно|данные вымышлены|пример)/;

/** «Итого по району» -> "sum", «Среднее по МО» -> "average"; null for anything else. */
export function totalsKind(text: string): TotalsRow["kind"] | null {
  // Cheap first look: every totals label starts with one of these letters (after a number, maybe).
  if (!/^[\s\d.]*[ивсрпоИВСРПО]/.test(text)) return null;
  const t = basicNormalise(text).replace(/^[\d.\s]+/, "");
  if (!TOTALS.test(t)) return null;
  if (/^(итого|всего|сумма)/.test(t)) return /средн/.test(t) ? "average" : "sum";
  return /средн/.test(t) ? "average" : "other";
}

export const isFootnote = (text: string): boolean => FOOTNOTE.test(basicNormalise(text));

const schoolHeaders = new Set(IDENTITY_SYNONYMS.school);

export function detectTables(sheet: SheetView): DetectedTable[] {
  const tables: DetectedTable[] = [];
  let from = 0;
  while (from < sheet.rows) {
    const table = detectOne(sheet, from);
    if (!table) break;
    tables.push(table);
    from = table.lastRow + 1;
  }
  return tables;
}

/** The column of the school's name in row r, if the row has one. */
function schoolCell(sheet: SheetView, r: number): number | null {
  const filled = sheet.filled(r);
  if (filled.length < 2) return null;
  for (const c of filled) {
    const v = sheet.value(r, c);
    if (typeof v !== "string") continue;
    const text = v.trim();
    if (text.length <= 200 && looksLikeSchool(text) && totalsKind(text) === null) return c;
  }
  return null;
}

function detectOne(sheet: SheetView, from: number): DetectedTable | null {
  const byColumn = new Map<number, number[]>();
  for (let r = from; r < sheet.rows; r++) {
    const c = schoolCell(sheet, r);
    if (c !== null) (byColumn.get(c) ?? byColumn.set(c, []).get(c)!).push(r);
  }
  let schoolColumn: number;
  let firstData: number;
  if (byColumn.size > 0) {
    // The column holding the most school names; its first such row with another one close below starts
    // the data (a lone school-like cell far above is a title or a label).
    const [column, rows] = [...byColumn.entries()].sort((a, b) => b[1].length - a[1].length || a[1][0] - b[1][0])[0];
    schoolColumn = column;
    firstData = rows.find((row, i) => i + 1 >= rows.length || rows[i + 1] - row <= 3) ?? rows[0];
  } else {
    const header = findSchoolHeader(sheet, from);
    if (!header) return null;
    schoolColumn = header.c;
    firstData = header.r + 1;
    while (firstData < sheet.rows && (isNumbering(sheet, firstData) || sheet.filled(firstData).length === 0)) firstData++;
    if (firstData >= sheet.rows) return null;
  }

  const dataRows: number[] = [];
  const totals: TotalsRow[] = [];
  let last = firstData - 1;
  for (let r = firstData; r < sheet.rows; r++) {
    const filled = sheet.filled(r);
    if (filled.length === 0) continue;
    const label = filled.slice(0, 3).map((c) => sheet.text(r, c)).find((t) => totalsKind(t) !== null);
    if (label !== undefined) {
      totals.push({ r, label, kind: totalsKind(label)! });
      last = r;
      continue;
    }
    const group = groupLabel(sheet, r, schoolColumn);
    if (group !== null) {
      totals.push({ r, label: group, kind: "other" });
      last = r;
      continue;
    }
    const name = sheet.text(r, schoolColumn);
    const isName = name !== "" && readNumber(name).kind === "invalid";
    if (isName && filled.length >= 2) {
      dataRows.push(r);
      last = r;
      continue;
    }
    if (filled.length === 1 && isFootnote(sheet.text(r, filled[0]))) break;
    // A one-cell row followed by school rows is a section heading («Городские школы»).
    if (filled.length === 1 && nextSchoolRow(sheet, r, schoolColumn)) continue;
    // A row of values without a name is kept so that it is reported, not silently lost.
    if (filled.length >= 2 && !isName && filled.some((c) => c !== schoolColumn && readNumber(sheet.value(r, c)).kind === "number") && !isNumbering(sheet, r)) {
      dataRows.push(r);
      last = r;
      continue;
    }
    break;
  }
  if (dataRows.length === 0) return null;

  // Header band: up from the first data row, past one blank row and a numbering row.
  let r = firstData - 1;
  let numberingRow: number | null = null;
  // Between header and data: a numbering row, a section heading («Городские школы»), one blank row.
  for (let step = 0; step < 3 && r > from; step++) {
    const filled = sheet.filled(r).length;
    const group = groupLabel(sheet, r, schoolColumn);
    if (isNumbering(sheet, r)) numberingRow = r--;
    else if (group !== null) totals.unshift({ r: r--, label: group, kind: "other" });
    else if (filled <= 1 && (sheet.filled(r - 1).length > 1 || isNumbering(sheet, r - 1))) r--;
    else break;
  }
  const span = tableSpan(sheet, dataRows);
  const band: number[] = [];
  while (r >= from && band.length < 4 && sheet.filled(r).length > 0 && !titleLike(sheet, r, span)) band.unshift(r--);
  const titleRows: number[] = [];
  for (let t = from; t <= r; t++) if (sheet.filled(t).length > 0) titleRows.push(t);

  const columns = headerColumns(sheet, band, dataRows, totals);
  const footnotes: number[] = [];
  const next = last + 1;
  for (let f = next; f < sheet.rows; f++) {
    const filled = sheet.filled(f).length;
    if (filled === 0) continue;
    if (schoolCell(sheet, f) !== null) break;
    // A row of several cells with schools below it is the next table's header.
    if (filled > 1 && [1, 2, 3, 4].some((k) => f + k < sheet.rows && schoolCell(sheet, f + k) !== null)) break;
    footnotes.push(f);
  }
  return { headerRows: band, titleRows, numberingRow, columns, schoolColumn, dataRows, totals, footnotes, firstRow: band[0] ?? firstData, lastRow: footnotes.length ? Math.max(last, footnotes[footnotes.length - 1]) : last };
}

/** A municipality in the name column («Ярцевский район», «г. Ярцево») heads or sums a group of schools. */
function groupLabel(sheet: SheetView, r: number, column: number): string | null {
  const name = sheet.text(r, column);
  return name && !looksLikeSchool(name) && municipalityInText(name) !== null ? name : null;
}

function nextSchoolRow(sheet: SheetView, r: number, column: number): boolean {
  for (let n = r + 1; n < Math.min(sheet.rows, r + 3); n++) if (schoolCell(sheet, n) === column) return true;
  return false;
}

/** A header cell reading «Наименование ОО» (or another school-name header) in a row of several cells. */
function findSchoolHeader(sheet: SheetView, from: number): { r: number; c: number } | null {
  for (let r = from; r < Math.min(sheet.rows, from + 50); r++) {
    const filled = sheet.filled(r);
    if (filled.length < 2) continue;
    for (const c of filled) if (schoolHeaders.has(normaliseHeader(sheet.text(r, c)))) return { r, c };
  }
  return null;
}

/** A «1, 2, 3 …» row of column numbers under a header. */
function isNumbering(sheet: SheetView, r: number): boolean {
  const filled = sheet.filled(r);
  if (filled.length < 3) return false;
  return filled.every((c, i) => {
    const n = readNumber(sheet.value(r, c));
    return n.kind === "number" && n.value === i + 1;
  });
}

/** First and last column the data rows use. */
function tableSpan(sheet: SheetView, rows: number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -1;
  for (const r of rows.slice(0, 50)) for (const c of sheet.filled(r)) {
    min = Math.min(min, c);
    max = Math.max(max, c);
  }
  return max < 0 ? { min: 0, max: 0 } : { min, max };
}

/** A title, «Приложение» or caption row: one cell, wide, long or worded like a title. */
function titleLike(sheet: SheetView, r: number, span: { min: number; max: number }): boolean {
  const filled = sheet.filled(r);
  if (filled.length !== 1) return false;
  const c = filled[0];
  const text = basicNormalise(sheet.text(r, c));
  if (/^(приложение|утвержд)/.test(text)) return true;
  // One cell over some value columns, right of the names, with headers below: a group header («ЕГЭ»).
  const below = r + 1 < sheet.rows ? sheet.filled(r + 1).length : 0;
  if (c > span.min && c <= span.max && below > 1) return false;
  if (/^(таблица|форма|сведения|информация|отчет|мониторинг|результаты)/.test(text)) return true;
  const width = span.max - span.min + 1;
  const merge = sheet.merge(r, c);
  if (merge) return width > 2 && merge.c2 - merge.c1 + 1 >= Math.max(3, 0.6 * width);
  return text.length > 60 || width > 2;
}

function headerColumns(sheet: SheetView, band: number[], dataRows: number[], totals: TotalsRow[]): TableColumn[] {
  const used = new Set<number>();
  for (const r of [...band, ...dataRows, ...totals.map((t) => t.r)]) for (const c of sheet.filled(r)) used.add(c);
  for (const r of band) for (let c = 0; c < sheet.cols; c++) if (sheet.shown(r, c) !== null && sheet.merge(r, c)) used.add(c);
  const fill = band.length > 1 && !sheet.hasMerges(band[0], band[band.length - 1]);
  const columns: TableColumn[] = [];
  for (const c of [...used].sort((a, b) => a - b)) {
    const parts: string[] = [];
    band.forEach((r, i) => {
      const shown = sheet.shown(r, c);
      let text = shown === null ? "" : String(shown).replace(/\s+/g, " ").trim();
      // Unmerged parents (CSV exports) are written once over their first child: carry them right.
      if (fill && text === "" && i < band.length - 1 && sheet.text(band[i + 1], c) !== "") {
        for (let left = c - 1; left >= 0 && text === ""; left--) text = sheet.text(r, left);
      }
      if (text && parts[parts.length - 1] !== text) parts.push(text);
    });
    const hasData = dataRows.some((r) => sheet.value(r, c) !== null);
    if (parts.length === 0 && !hasData) continue;
    columns.push({ c, parts, header: parts.length ? parts.join(" / ") : sheet.letter(c) });
  }
  return columns;
}
