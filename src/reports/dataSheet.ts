/**
 * The consolidated data sheet «Данные»: an Excel table with one row per school (and year), Russian
 * titles in the header row, a hidden column of school keys, and the stable column keys in the sheet
 * meta, so classification and reports find a column by indicator id whatever its position or title.
 * Values are literal (never formulas: a school name may start with «=» or «-»). `readDataSheet` reads
 * the sheet back into a Dataset.
 */
import { indicatorById } from "../core/catalogue";
import { ID } from "../core/catalogue/ids";
import { unitFormat } from "./formulas";
import { compactValues, type DataColumn, type Dataset, type RecordValue, type SchoolRecord } from "../core/records";
import { t, type Locale } from "../i18n";
import { columnLetter, rangeOf, type CellStyle, type CellValue, type KeyedColumn, type PlanCell, type SheetMeta, type SheetPlan } from "./sheetPlan";

export const DATA_SHEET_KIND = "data";
/** Key of the hidden column of school keys. */
export const SCHOOL_KEY = "key";
const FIXED = [SCHOOL_KEY, ID.school, ID.municipality, ID.year] as const;
const HEADER: CellStyle = { bold: true, wrap: true, vAlign: "middle", hAlign: "center", border: "thin", fill: "DDEBF7", fontSize: 11 };
const BODY: CellStyle = { border: "thin", vAlign: "top", fontSize: 11 };


/** Header titles are unique in an Excel table: a repeated title gets « (2)», « (3)». */
function uniqueTitles(titles: string[]): string[] {
  const seen = new Set<string>();
  return titles.map((title) => {
    const base = title.trim() || "—";
    let out = base;
    for (let n = 2; seen.has(out.toLowerCase()); n++) out = `${base} (${n})`;
    seen.add(out.toLowerCase());
    return out;
  });
}

/** `dataSheetPlan(dataset)` -> the «Данные» sheet; `name` overrides the sheet name. */
export function dataSheetPlan(dataset: Dataset, options: { name?: string; locale?: Locale } = {}): SheetPlan {
  const locale = options.locale;
  const fixedTitles = [t("import.data.key", {}, locale), t("import.data.school", {}, locale), t("import.data.municipality", {}, locale), t("import.data.year", {}, locale)];
  const titles = uniqueTitles([...fixedTitles, ...dataset.columns.map((c) => c.title)]);
  const width = titles.length;
  const cells: PlanCell[][] = [titles];
  for (const record of dataset.records) {
    cells.push([record.key, record.school, record.municipality, record.year, ...dataset.columns.map((c) => cellValue(record.values[c.key]))]);
  }
  // An Excel table needs a data row: an empty dataset gets one blank row.
  const lastRow = dataset.records.length + 1;
  const tableEnd = Math.max(lastRow, 2);
  if (dataset.records.length === 0) cells.push(new Array<PlanCell>(width).fill(null));

  const styles = [{ range: rangeOf(1, 1, 1, width), style: HEADER }, { range: rangeOf(2, 1, tableEnd, width), style: BODY }];
  dataset.columns.forEach((c, i) => {
    const format = unitFormat(c.indicatorId ? indicatorById(c.indicatorId)?.unit : undefined);
    if (format) styles.push({ range: rangeOf(2, FIXED.length + 1 + i, tableEnd, FIXED.length + 1 + i), style: { ...BODY, numberFormat: format } });
  });
  styles.push({ range: rangeOf(2, 4, tableEnd, 4), style: { ...BODY, numberFormat: "0", hAlign: "center" } });

  const columns: KeyedColumn[] = [...FIXED.slice(1).map((key, i) => ({ key, column: i + 2 })), ...dataset.columns.map((c, i) => ({ key: c.key, column: FIXED.length + 1 + i }))];
  const meta: SheetMeta = {
    kind: DATA_SHEET_KIND, version: 1, keyColumn: 1, columns, firstRow: 2, lastRow,
    params: { titles: Object.fromEntries(dataset.columns.map((c) => [c.key, c.title])) },
  };
  return {
    name: options.name ?? t("import.data.sheet", {}, locale),
    cells,
    styles,
    merges: [],
    columnWidths: [24, 44, 24, 8, ...dataset.columns.map((c) => Math.min(24, Math.max(12, Math.ceil(c.title.length / 3))))],
    hiddenColumns: [columnLetter(1)],
    rowHeights: { 1: 60 },
    freeze: { rows: 1, columns: 2 },
    tables: [{ name: "SchoolData", range: rangeOf(1, 1, tableEnd, width), style: "TableStyleLight9" }],
    tabColor: "2F75B5",
    meta,
  };
}

function cellValue(value: RecordValue | undefined): CellValue {
  return value === undefined ? null : value;
}

/**
 * Reads a data sheet back (the grid as read from row 1, column 1, and the sheet's meta):
 * columns by their meta keys, titles from the header row, values as written.
 */
export function readDataSheet(values: readonly (readonly CellValue[])[], meta: SheetMeta): Dataset {
  const at = (row: number, column: number): CellValue => values[row - 1]?.[column - 1] ?? null;
  const fixed = new Map(meta.columns.filter((c) => (FIXED as readonly string[]).includes(c.key)).map((c) => [c.key, c.column]));
  const dataColumns = meta.columns.filter((c) => !(FIXED as readonly string[]).includes(c.key));
  const columns: DataColumn[] = dataColumns.map((c) => ({
    key: c.key, title: String(at(1, c.column) ?? c.key), indicatorId: c.key.startsWith("col:") ? null : indicatorById(c.key) ? c.key : null,
  }));
  const records: SchoolRecord[] = [];
  for (let row = meta.firstRow; row <= meta.lastRow; row++) {
    const school = at(row, fixed.get(ID.school) ?? 2);
    if (school === null || String(school).trim() === "") continue;
    const year = at(row, fixed.get(ID.year) ?? 4);
    const municipality = at(row, fixed.get(ID.municipality) ?? 3);
    const record: SchoolRecord = {
      school: String(school), key: String(at(row, meta.keyColumn) ?? school),
      municipality: municipality === null ? null : String(municipality),
      year: typeof year === "number" ? year : year !== null && /^\d{4}$/.test(String(year).trim()) ? Number(year) : null,
      values: {}, sources: [],
    };
    for (const c of dataColumns) {
      const v = at(row, c.column);
      if (v !== null && v !== "") record.values[c.key] = v;
    }
    record.values = compactValues(record.values);
    records.push(record);
  }
  return { records, columns };
}
