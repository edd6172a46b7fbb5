/**
 * Test helper: what ExcelJS (a separate reader) sees in a workbook, feature by feature, in a form two
 * files can be compared with: sheets and their state, every cell's value, type and style, merges,
 * columns, rows, conditional formats, validations, views, print setup, names, tables, tab colours,
 * autofilters.
 */
import ExcelJS from "exceljs";

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

/** Style parts as ExcelJS reads them, undefined parts dropped (a reader's default is not a difference). */
function style(cell: ExcelJS.Cell): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const clean = (v: unknown): unknown => (v === undefined ? undefined : JSON.parse(JSON.stringify(v)));
  const font = clean(cell.font) as Record<string, unknown> | undefined;
  if (font && Object.keys(font).length) out.font = font;
  const fill = clean(cell.fill) as { type?: string; pattern?: string } | undefined;
  if (fill && !(fill.type === "pattern" && fill.pattern === "none")) out.fill = fill;
  const border = clean(cell.border) as Record<string, unknown> | undefined;
  if (border && Object.keys(border).length) out.border = border;
  const alignment = clean(cell.alignment) as Record<string, unknown> | undefined;
  if (alignment && Object.keys(alignment).length) out.alignment = alignment;
  const protection = clean(cell.protection) as Record<string, unknown> | undefined;
  if (protection && Object.keys(protection).length) out.protection = protection;
  if (cell.numFmt) out.numFmt = cell.numFmt;
  return out;
}

/** Every cell with a value or a style: address -> value, type, style, merge master. */
export function cellsOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => {
      const s = style(cell);
      const master = cell.isMerged ? cell.master.address : undefined;
      if (cell.value === null && !Object.keys(s).length && !master) return;
      out[cell.address] = { value: cell.value, type: cell.type, style: s, ...(master ? { master } : {}) };
    }),
  );
  return out;
}

/** Everything but the cells. */
export function layoutOf(ws: ExcelJS.Worksheet): Record<string, unknown> {
  const columns: Record<number, unknown> = {};
  for (let c = 1; c <= Math.max(ws.columnCount, 60); c++) {
    const { width, hidden } = ws.getColumn(c);
    if (width !== undefined || hidden) columns[c] = { width, hidden };
  }
  const rows: Record<number, unknown> = {};
  ws.eachRow({ includeEmpty: true }, (row, r) => {
    if (row.height !== undefined) rows[r] = row.height;
  });
  const untyped = ws as unknown as {
    conditionalFormattings: unknown[];
    dataValidations: { model: Record<string, unknown> };
    tables: Record<string, { table?: unknown; model?: unknown }>;
    _merges: Record<string, { range: string }>;
  };
  const p = ws.pageSetup;
  const tables = Object.values(untyped.tables).map((t) => {
    const model = (t.table ?? t.model) as { name: string; tableRef?: string; ref?: string; columns: { name: string }[]; style?: { theme?: string; showRowStripes?: boolean } };
    return { name: model.name, ref: model.tableRef ?? model.ref, columns: model.columns.map((c) => c.name), style: model.style?.theme, stripes: model.style?.showRowStripes };
  });
  return {
    state: ws.state,
    columns,
    rows,
    merges: Object.values(untyped._merges).map((m) => m.range).sort(),
    conditionalFormats: JSON.parse(JSON.stringify(untyped.conditionalFormattings)),
    validations: JSON.parse(JSON.stringify(untyped.dataValidations.model)),
    views: (ws.views ?? []).map((v) => ({ ...v })),
    print: {
      paperSize: p.paperSize, orientation: p.orientation, fitToPage: p.fitToPage,
      ...(p.fitToPage ? { fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight } : {}),
      printTitlesRow: p.printTitlesRow, margins: p.margins,
    },
    footer: ws.headerFooter?.oddFooter,
    tabColor: ws.properties.tabColor,
    autoFilter: ws.autoFilter,
    tables,
  };
}

/** Workbook names, sheet references without needless quotes. */
export function namesOf(wb: ExcelJS.Workbook): unknown[] {
  return wb.definedNames.model
    .map((n) => ({ name: n.name, ranges: n.ranges.map((r) => r.replace(/^'([^' !]+)'!/, "$1!")) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}
