/**
 * One-school forms: a «социальный паспорт» written as label–value pairs down a sheet («Количество
 * обучающихся | 412»), sometimes with a «1.», «1.2» numbering column, a unit column, or one value
 * column per year. Recognised when most rows are pairs in one label column, at least two labels are
 * indicators the catalogue knows, and the labels are not school names (that would be a narrow table).
 */
import { ID } from "../core/catalogue/ids";
import type { ImportIssue } from "../core/records";
import { columnIssues, dedupeColumns, IDENTITY, matchColumn, RowDrafts, unitFor, yearFromCell, type ExtractContext } from "./columns";
import type { Extracted } from "./extract";
import type { SheetView } from "./grid";
import type { HeaderMatcher } from "./headers";
import { append, issue, type Place } from "./issues";
import type { TableSummary } from "./model";
import { looksLikeSchool, municipalityInText } from "./schools";
import { yearIn } from "./text";
import { readColumn } from "./values";

export interface PassportPair {
  r: number;
  labelColumn: number;
  label: string;
  /** Value cells: one, or one per year column. */
  values: { c: number; year: number | null }[];
}

export interface DetectedPassport {
  pairs: PassportPair[];
  /** Rows above the first pair and one-cell rows between them: titles and section headings. */
  textRows: number[];
  yearRow: number | null;
}

const NUMBERING = /^\d+(\.\d+)*[.)]?$/;

function yearCell(sheet: SheetView, r: number, c: number): number | null {
  const text = sheet.text(r, c);
  if (!/^\s*(?:19|20)\d\d(?:\s*[/\-–—]\s*(?:(?:19|20)?\d\d))?\s*(?:г\.?|год)?\s*$/i.test(text)) return null;
  return yearIn(text);
}

/** Columns holding one year each («2021», «2022 г.»), from a row of at least two such cells. */
function findYearRow(sheet: SheetView, limit: number): { r: number; columns: Map<number, number> } | null {
  for (let r = 0; r < Math.min(sheet.rows, limit); r++) {
    const columns = new Map<number, number>();
    for (const c of sheet.filled(r)) {
      const year = yearCell(sheet, r, c);
      if (year !== null) columns.set(c, year);
    }
    if (columns.size >= 2 && columns.size >= sheet.filled(r).length - 2) return { r, columns };
  }
  return null;
}

export function detectPassport(sheet: SheetView, matcher: HeaderMatcher): DetectedPassport | null {
  if (sheet.rows > 2000) return null; // a form, not a register
  const yearRow = findYearRow(sheet, 40);
  const pairs: PassportPair[] = [];
  const textRows: number[] = [];
  let nonEmpty = 0;
  let wide = 0;
  for (let r = 0; r < sheet.rows; r++) {
    if (yearRow && r === yearRow.r) continue;
    let filled = sheet.filled(r);
    if (filled.length === 0) continue;
    nonEmpty++;
    if (filled.length > 1 && NUMBERING.test(sheet.text(r, filled[0]))) filled = filled.slice(1);
    const labelColumn = filled.find((c) => typeof sheet.value(r, c) === "string");
    if (labelColumn === undefined) continue;
    const after = filled.filter((c) => c > labelColumn);
    if (after.length === 0) {
      textRows.push(r);
      continue;
    }
    let values: PassportPair["values"];
    if (yearRow) {
      values = after.filter((c) => yearRow.columns.has(c)).map((c) => ({ c, year: yearRow.columns.get(c)! }));
      if (values.length === 0) values = [{ c: after[0], year: null }];
    } else {
      if (after.length >= 3) wide++;
      values = [{ c: after[0], year: null }];
    }
    pairs.push({ r, labelColumn, label: sheet.text(r, labelColumn).replace(/\s+/g, " "), values });
  }
  if (pairs.length < 3 || wide > 0.2 * nonEmpty) return null;

  const counts = new Map<number, number>();
  for (const p of pairs) counts.set(p.labelColumn, (counts.get(p.labelColumn) ?? 0) + 1);
  const [mainColumn, inMain] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  if (inMain < 0.7 * pairs.length) return null;
  const labels = pairs.filter((p) => p.labelColumn === mainColumn);
  if (labels.filter((p) => looksLikeSchool(p.label)).length > 1) return null;
  const known = labels.filter((p) => matcher.match(p.label).indicatorId !== null).length;
  if (known < 2) return null;
  return { pairs: labels, textRows, yearRow: yearRow?.r ?? null };
}

/**
 * A passport -> drafts for its school. The school, municipality and year come from their label lines,
 * else from the title («Социальный паспорт МБОУ «СОШ № 5» … 2023/2024 учебный год»), else the sheet
 * name, else the default year. A passport that names no school is reported and not read.
 */
export function extractPassport(sheet: SheetView, passport: DetectedPassport, ctx: ExtractContext): Extracted {
  const place: Place = { file: ctx.file, sheet: sheet.name };
  const issues: ImportIssue[] = [];
  const firstPair = passport.pairs[0].r;
  const titleRows = passport.textRows.filter((r) => r < firstPair);
  const title = titleRows.map((r) => sheet.filled(r).map((c) => sheet.text(r, c)).join(" ")).join(" ");
  let matches = passport.pairs.map((p) => matchColumn(ctx, p.label, sheet.address(p.r, p.labelColumn)));
  matches = dedupeColumns(ctx, place, matches, issues);
  for (const m of matches) issues.push(...columnIssues(ctx, place, m));

  const identity = (id: string): { text: string; cell: string } | null => {
    const i = matches.findIndex((m) => m.indicatorId === id);
    if (i < 0) return null;
    const p = passport.pairs[i];
    return { text: sheet.text(p.r, p.values[0].c).replace(/\s+/g, " "), cell: sheet.address(p.r, p.values[0].c) };
  };
  const school = identity(ID.school) ?? schoolFromTitle(sheet, titleRows);
  const municipality = identity(ID.municipality)?.text || municipalityInText(title) || municipalityInText(sheet.name);
  const yearText = identity(ID.year)?.text;
  const year = (yearText ? yearFromCell(yearText) : null) ?? yearIn(title) ?? yearIn(sheet.name) ?? ctx.defaultYear ?? null;
  const labels = passport.pairs.map((p) => p.labelColumn);
  const summary: TableSummary = {
    file: ctx.file, sheet: sheet.name, kind: "passport",
    range: sheet.range(firstPair, Math.min(...labels), passport.pairs[passport.pairs.length - 1].r, Math.max(...passport.pairs.flatMap((p) => p.values.map((v) => v.c)))),
    header: null, year, municipality: municipality || null, rows: school ? 1 : 0, totals: 0, columns: matches,
  };
  if (!school) {
    issues.push(issue("error", "table", { ...place, cell: summary.range }, "import.passport.noSchool"));
    return { drafts: [], issues, summary };
  }
  const cells = new Map<string, string>();
  const rows = new RowDrafts(school.text, municipality || null, { file: ctx.file, sheet: sheet.name, cell: school.cell }, (y, key) => cells.get(`${y}|${key}`) ?? "");
  matches.forEach((m, i) => {
    if (m.by === "rownumber" || (m.indicatorId !== null && IDENTITY.has(m.indicatorId))) return;
    const p = passport.pairs[i];
    const cellAt = (k: number): string => sheet.address(p.r, p.values[k].c);
    const values = p.values.map((v) => sheet.value(p.r, v.c));
    const read = readColumn({ place: { ...place, cell: cellAt(0) }, header: m.header, values, cellAt }, unitFor(ctx, m), ctx.profile?.shareScale);
    append(issues, read.issues);
    read.values.forEach((value, k) => {
      if (value === undefined) return;
      const y = p.values[k].year ?? year;
      rows.set(y, m.key, value);
      cells.set(`${y}|${m.key}`, cellAt(k));
    });
  });
  if (rows.all().length === 0) rows.draft(year);
  return { drafts: rows.all(), issues, summary };
}

/** «Социальный паспорт МБОУ «СОШ № 5» на 2023/2024 учебный год» -> «МБОУ «СОШ № 5»». */
function schoolFromTitle(sheet: SheetView, rows: number[]): { text: string; cell: string } | null {
  for (const r of rows) {
    for (const c of sheet.filled(r)) {
      const text = sheet.text(r, c)
        .replace(/социальн\S*\s+паспорт\S*|паспорт\S*|информационн\S*\s+карт\S*/gi, " ")
        .replace(/\s(на|за)\s+(\d{1,2}\.\d{1,2}\.)?\d{4}.*$/i, " ")
        .replace(/\s+/g, " ")
        .trim();
      if (text && looksLikeSchool(text)) return { text, cell: sheet.address(r, c) };
    }
  }
  return null;
}
