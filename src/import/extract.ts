/**
 * A detected table -> drafts (one per school and year), column matches and report lines. The year of
 * a value is its header's year, else the row's year column, else the sheet name's, else the title's,
 * else the default year. Totals rows are kept out and their sums checked against the schools above.
 */
import { ID } from "../core/catalogue/ids";
import { readNumber } from "../core/numbers";
import type { ImportIssue, RecordValue } from "../core/records";
import { columnIssues, dedupeColumns, IDENTITY, matchColumn, RowDrafts, unitFor, yearFromCell, type ExtractContext } from "./columns";
import type { SheetView } from "./grid";
import { unitHint } from "./headers";
import { append, issue, num, quote, type Place } from "./issues";
import type { ColumnMatch, Draft, TableSummary } from "./model";
import { municipalityInText } from "./schools";
import type { DetectedTable } from "./tables";
import { yearIn } from "./text";
import { readColumn } from "./values";

export interface Extracted {
  drafts: Draft[];
  issues: ImportIssue[];
  summary: TableSummary;
}

const rowText = (sheet: SheetView, r: number): string => sheet.filled(r).map((c) => sheet.text(r, c)).join(" ");

export function extractTable(sheet: SheetView, table: DetectedTable, ctx: ExtractContext): Extracted {
  const place: Place = { file: ctx.file, sheet: sheet.name };
  const issues: ImportIssue[] = [];
  const title = table.titleRows.map((r) => rowText(sheet, r)).join(" ");
  const tableYear = yearIn(sheet.name) ?? yearIn(title) ?? ctx.defaultYear ?? null;
  const tableMunicipality = municipalityInText(title) ?? municipalityInText(sheet.name);

  let matches = table.columns.map((col) => {
    const m = matchColumn(ctx, col.header, sheet.letter(col.c));
    return col.c === table.schoolColumn ? { ...m, key: ID.school, indicatorId: ID.school, by: "identity" as const, confidence: 1 } : m;
  });
  matches = dedupeColumns(ctx, place, matches, issues);
  for (const m of matches) issues.push(...columnIssues(ctx, place, m));
  const at = (i: number): number => table.columns[i].c;
  const municipalityColumn = matches.findIndex((m) => m.indicatorId === ID.municipality);
  const yearColumn = matches.findIndex((m) => m.indicatorId === ID.year);

  // Read every data column by its unit (share scale is decided per column).
  const read = matches.map((m, i) => {
    if (m.by === "rownumber" || (m.indicatorId !== null && IDENTITY.has(m.indicatorId))) return null;
    const c = at(i);
    const values = table.dataRows.map((r) => sheet.value(r, c));
    const colPlace = { ...place, cell: sheet.range(table.dataRows[0], c, table.dataRows[table.dataRows.length - 1], c) };
    const cellAt = (k: number): string => sheet.address(table.dataRows[k], c);
    const result = readColumn({ place: colPlace, header: m.header, values, cellAt }, unitFor(ctx, m), ctx.profile?.shareScale);
    append(issues, result.issues);
    return result.values;
  });

  // Where a key's value sits in a row: the column with the header year, else the year-less one.
  const columnsOfKey = new Map<string, { year: number | null; c: number }[]>();
  matches.forEach((m, i) => (columnsOfKey.get(m.key) ?? columnsOfKey.set(m.key, []).get(m.key)!).push({ year: m.year, c: at(i) }));
  const columnOf = (year: number | null, key: string): number => {
    const list = columnsOfKey.get(key) ?? [];
    return (list.find((x) => x.year === year) ?? list.find((x) => x.year === null) ?? list[0]).c;
  };

  const drafts: Draft[] = [];
  let schools = 0;
  table.dataRows.forEach((r, row) => {
    const name = String(sheet.shown(r, table.schoolColumn) ?? "").replace(/\s+/g, " ").trim();
    if (name === "") {
      const count = read.filter((values) => values && values[row] !== undefined).length;
      issues.push(issue("warning", "rejected", { ...place, cell: sheet.address(r, table.schoolColumn) }, "import.row.noSchool", { count }));
      return;
    }
    schools++;
    const municipalityText = municipalityColumn >= 0 ? String(sheet.shown(r, at(municipalityColumn)) ?? "").trim() : "";
    let rowYear: number | null = null;
    if (yearColumn >= 0) {
      const v = sheet.shown(r, at(yearColumn));
      rowYear = yearFromCell(v);
      if (rowYear === null && v !== null && String(v).trim() !== "") {
        issues.push(issue("warning", "rejected", { ...place, cell: sheet.address(r, at(yearColumn)) }, "import.value.notYear", { value: quote(v) }));
      }
    }
    const ref = { file: ctx.file, sheet: sheet.name, cell: sheet.address(r, table.schoolColumn) };
    const rows = new RowDrafts(name, municipalityText || tableMunicipality, ref, (year, key) => sheet.address(r, columnOf(year, key)));
    const baseYear = rowYear ?? tableYear;
    let any = false;
    for (let i = 0; i < read.length; i++) {
      const value = read[i]?.[row];
      if (value === undefined) continue;
      rows.set(matches[i].year ?? baseYear, matches[i].key, value);
      any = true;
    }
    if (!any) rows.draft(baseYear);
    drafts.push(...rows.all());
  });

  checkTotals(sheet, table, matches, read, ctx, place, issues);
  const last = Math.max(table.dataRows[table.dataRows.length - 1], ...table.totals.map((t) => t.r));
  const first = table.headerRows[0] ?? table.dataRows[0];
  const cols = table.columns.map((c) => c.c);
  const summary: TableSummary = {
    file: ctx.file, sheet: sheet.name, kind: "table",
    range: sheet.range(first, Math.min(...cols), last, Math.max(...cols)),
    header: table.headerRows.length ? sheet.range(table.headerRows[0], Math.min(...cols), table.headerRows[table.headerRows.length - 1], Math.max(...cols)) : null,
    year: tableYear, municipality: tableMunicipality, rows: schools, totals: table.totals.length, columns: matches,
  };
  if (table.headerRows.length === 0) issues.push(issue("warning", "table", { ...place, cell: summary.range }, "import.table.noHeader"));
  return { drafts, issues, summary };
}

/** Whether a column holds counts whose sum a totals row can state. */
function summable(ctx: ExtractContext, m: ColumnMatch): boolean {
  if (m.indicatorId !== null) {
    const unit = ctx.unitOf(m.indicatorId);
    return unit === "count" || unit === "people";
  }
  return m.by !== "rownumber" && unitHint(m.header) === "count";
}

function checkTotals(
  sheet: SheetView, table: DetectedTable, matches: ColumnMatch[], read: ((RecordValue | undefined)[] | null)[],
  ctx: ExtractContext, place: Place, issues: ImportIssue[],
): void {
  let groupStart = -1;
  for (const t of table.totals) {
    const cell = sheet.address(t.r, table.columns[0].c);
    if (t.kind !== "sum") {
      issues.push(issue("info", "totals", { ...place, cell }, "import.totals.keptOut", { label: t.label }));
      continue;
    }
    let checked = 0;
    let mismatches = 0;
    matches.forEach((m, i) => {
      const values = read[i];
      if (!values || !summable(ctx, m)) return;
      const c = table.columns[i].c;
      const stated = readNumber(sheet.value(t.r, c));
      if (stated.kind !== "number") return;
      const group = sumRows(table, values, (r) => r > groupStart && r < t.r);
      const all = sumRows(table, values, (r) => r < t.r);
      if (group === null && all === null) return;
      checked++;
      const close = (x: number | null): boolean => x !== null && Math.abs(x - stated.value) < 0.5;
      if (!close(group) && !close(all)) {
        mismatches++;
        issues.push(issue("warning", "totals", { ...place, cell: sheet.address(t.r, c) }, "import.totals.mismatch", {
          label: t.label, header: m.header, stated: num(stated.value), sum: num(group ?? all ?? 0),
        }));
      }
    });
    issues.push(issue("info", "totals", { ...place, cell }, checked ? "import.totals.checked" : "import.totals.keptOut", {
      label: t.label, checked, mismatches,
    }));
    groupStart = t.r;
  }
}

function sumRows(table: DetectedTable, values: (RecordValue | undefined)[], keep: (r: number) => boolean): number | null {
  let sum = 0;
  let n = 0;
  table.dataRows.forEach((r, i) => {
    const v = values[i];
    if (keep(r) && typeof v === "number") {
      sum += v;
      n++;
    }
  });
  return n ? sum : null;
}
