/**
 * The import report sheet «Отчёт об импорте»: what was read (each file and sheet, as a table or a
 * passport), how each column was matched (indicator, year, confidence, how), and every line of the
 * report — values reinterpreted, rejected, kept out, schools merged — with its file, sheet and cell.
 * Three Excel tables, so the user can filter, e.g. only warnings of one file.
 */
import { indicatorById } from "../core/catalogue";
import type { ImportIssue } from "../core/records";
import type { ImportResult } from "../import/model";
import { t, type Locale, type MessageKey } from "../i18n";
import { rangeOf, type CellStyle, type PlanCell, type SheetPlan, type StyledRange, type TableSpec } from "./sheetPlan";

export const IMPORT_REPORT_KIND = "import-report";
/** Rows of report lines written to the sheet; the CLI's --json output has them all. */
export const MAX_REPORT_LINES = 100_000;

const WIDTH = 10;
const TITLE: CellStyle = { bold: true, fontSize: 12 };
const SECTION: CellStyle = { bold: true, fontSize: 11, fill: "DDEBF7" };
const HEADER: CellStyle = { bold: true, wrap: true, border: "thin", vAlign: "middle", hAlign: "center", fontSize: 11 };
const BODY: CellStyle = { border: "thin", wrap: true, vAlign: "top", fontSize: 11 };
const SEVERITY_FILL: Record<ImportIssue["severity"], string | undefined> = { error: "F8CBAD", warning: "FFF2CC", info: undefined };

export function importReportPlan(result: ImportResult, options: { name?: string; locale?: Locale } = {}): SheetPlan {
  const locale = options.locale;
  const tr = (key: MessageKey, params: Record<string, string | number> = {}): string => t(key, params, locale);
  const cells: PlanCell[][] = [];
  const styles: StyledRange[] = [];
  const tables: TableSpec[] = [];
  const row = (values: PlanCell[]): number => {
    cells.push(values);
    return cells.length;
  };
  const block = (name: string, title: string, header: string[], rows: PlanCell[][], rowStyle?: (i: number) => CellStyle | undefined): { first: number; last: number } => {
    row([]);
    const at = row([title]);
    styles.push({ range: rangeOf(at, 1, at, WIDTH), style: SECTION });
    const head = row(header);
    styles.push({ range: rangeOf(head, 1, head, header.length), style: HEADER });
    const data = rows.length ? rows : [header.map(() => null)];
    data.forEach((r) => row(r));
    const last = head + data.length;
    styles.push({ range: rangeOf(head + 1, 1, last, header.length), style: BODY });
    rows.forEach((_, i) => {
      const extra = rowStyle?.(i);
      if (extra) styles.push({ range: rangeOf(head + 1 + i, 1, head + 1 + i, header.length), style: { ...BODY, ...extra } });
    });
    tables.push({ name, range: rangeOf(head, 1, last, header.length), style: "TableStyleLight1" });
    return { first: head + 1, last };
  };

  const { issues, tables: read, dataset } = result;
  const count = (s: ImportIssue["severity"]): number => issues.filter((i) => i.severity === s).length;
  row([tr("import.report.title")]);
  styles.push({ range: "A1", style: TITLE });
  const files = new Set(read.map((r) => r.file).concat(issues.filter((i) => i.kind === "file").map((i) => i.file)));
  const schools = new Set(dataset.records.map((r) => r.key));
  row([tr("import.report.summary", {
    files: files.size, sheets: read.length, schools: schools.size, records: dataset.records.length, columns: dataset.columns.length,
    errors: count("error"), warnings: count("warning"), infos: count("info"),
  })]);

  block("ImportSheets", tr("import.report.sheets"), [
    tr("import.report.col.file"), tr("import.report.col.sheet"), tr("import.report.col.kind"), tr("import.report.col.range"), tr("import.report.col.header"),
    tr("import.report.col.year"), tr("import.report.col.municipality"), tr("import.report.col.schools"), tr("import.report.col.totals"),
  ], read.map((s) => [s.file, s.sheet, tr(s.kind === "passport" ? "import.report.kind.passport" : "import.report.kind.table"), s.range, s.header, s.year, s.municipality, s.rows, s.totals]));

  const columnRows = read.flatMap((s) => s.columns.map((m) => [
    s.file, s.sheet, m.column, m.header, m.key, m.indicatorId ? indicatorById(m.indicatorId)?.title.ru ?? m.indicatorId : "", m.year,
    m.confidence, tr(`import.report.by.${m.by}`),
    m.candidate && m.candidate.indicatorId !== m.indicatorId ? `${indicatorById(m.candidate.indicatorId)?.title.ru ?? m.candidate.indicatorId} (${Math.round(m.candidate.confidence * 100)}%)` : "",
  ] as PlanCell[]));
  const columnBlock = block("ImportColumns", tr("import.report.columns"), [
    tr("import.report.col.file"), tr("import.report.col.sheet"), tr("import.report.col.column"), tr("import.report.col.header"), tr("import.report.col.key"),
    tr("import.report.col.indicator"), tr("import.report.col.year"), tr("import.report.col.confidence"), tr("import.report.col.by"), tr("import.report.col.candidate"),
  ], columnRows);
  if (columnRows.length) styles.push({ range: rangeOf(columnBlock.first, 8, columnBlock.last, 8), style: { ...BODY, numberFormat: "0%" } });

  const shown = issues.slice(0, MAX_REPORT_LINES);
  const issueBlock = block("ImportIssues", tr("import.report.issues"), [
    tr("import.report.col.severity"), tr("import.report.col.what"), tr("import.report.col.file"), tr("import.report.col.sheet"), tr("import.report.col.cell"), tr("import.report.col.message"),
  ], shown.map((i) => [tr(`import.report.severity.${i.severity}`), tr(`import.report.what.${i.kind}`), i.file, i.sheet ?? "", i.cell ?? "", i.message]),
  (i) => (SEVERITY_FILL[shown[i].severity] ? { fill: SEVERITY_FILL[shown[i].severity] } : undefined));
  if (issues.length > shown.length) row([tr("import.report.more", { count: issues.length - shown.length })]);

  return {
    name: options.name ?? tr("import.report.sheet"),
    cells,
    styles,
    merges: [],
    columnWidths: [30, 18, 14, 44, 30, 60, 8, 14, 24, 40],
    freeze: { rows: 2, columns: 0 },
    tables,
    tabColor: "A6A6A6",
    meta: { kind: IMPORT_REPORT_KIND, version: 1, keyColumn: 1, columns: [], firstRow: issueBlock.first, lastRow: shown.length ? issueBlock.last : issueBlock.first - 1 },
  };
}
