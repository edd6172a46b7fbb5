/**
 * A whole .xlsx package straight from SheetPlans: the small parts first, then each worksheet streamed
 * through the compressor with its tables, drawing and charts (the shared strings alongside, as the
 * sheets add them), the add-in's very hidden meta sheet, and last the styles the sheets collected. Peak memory is the plans plus
 * the compressed package plus a megabyte or so of XML in flight.
 */
import { address, type ChartSpec, type SheetPlan } from "../../reports/sheetPlan";
import { META_SHEET } from "../metaSheet";
import { quoteSheet } from "../planStyles";
import { anchorXml } from "../xlsxCharts";
import { chartXml } from "../xlsxChartsXml";
import { appXml, contentTypes, coreXml, rootRels, workbookRels, workbookXml, type DefinedName, type WorkbookSheetEntry } from "./packageParts";
import { PackageWriter } from "./packageWriter";
import { SharedStrings } from "./sharedStrings";
import { worksheetXml } from "./sheetXml";
import { StyleTable } from "./styles";
import { tableBoxes, tableXml, type TableBox } from "./tables";
import { CT, REL, XML_HEAD, NS_MAIN, relsPath, relsXml } from "./xml";

export interface PlannedSheet {
  name: string;
  plan: SheetPlan;
  /** Workbook-unique names of plan.tables, in order. */
  tableNames: readonly string[];
}

export interface WorkbookModel {
  /** Visible sheets in order. */
  sheets: readonly PlannedSheet[];
  /** Workbook-level names (print titles are added from the plans). */
  names: readonly DefinedName[];
  /** Rows of the meta sheet, as metaSheet.encodeMeta gives them. */
  meta: readonly (readonly string[])[];
  /** Index of the sheet the file opens on. */
  activeTab: number;
}

interface SheetParts {
  part: string;
  boxes: TableBox[];
  tables: { part: string; id: number }[];
  drawing?: { part: string; charts: { part: string; spec: ChartSpec }[] };
}

const DRAWING_ROOT = '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">';
const SST_PIECE = 1 << 14;

/** Part paths of every sheet, numbered through the workbook. */
function layout(sheets: readonly PlannedSheet[]): SheetParts[] {
  let table = 0;
  let chart = 0;
  let drawing = 0;
  return sheets.map((sheet, i) => {
    const boxes = tableBoxes(sheet.plan, sheet.tableNames);
    const tables = boxes.map(() => ({ part: `xl/tables/table${++table}.xml`, id: table }));
    const specs = sheet.plan.charts ?? [];
    const charts = specs.map((spec) => ({ part: `xl/charts/chart${++chart}.xml`, spec }));
    return { part: `xl/worksheets/sheet${i + 1}.xml`, boxes, tables, ...(charts.length ? { drawing: { part: `xl/drawings/drawing${++drawing}.xml`, charts } } : {}) };
  });
}

function printTitles(sheets: readonly PlannedSheet[]): DefinedName[] {
  const out: DefinedName[] = [];
  sheets.forEach((sheet, i) => {
    const rows = sheet.plan.print?.titleRows?.replace(/\$/g, "");
    if (!rows) return;
    const [first, last = first] = rows.split(":");
    out.push({ name: "_xlnm.Print_Titles", localSheetId: i, ref: `${quoteSheet(sheet.name)}!$${first}:$${last}` });
  });
  return out;
}

function* metaSheetXml(rows: readonly (readonly string[])[], styles: StyleTable, strings: SharedStrings): Generator<string> {
  const s = styles.textXf();
  let out = `${XML_HEAD}<worksheet xmlns="${NS_MAIN}"><sheetData>`;
  rows.forEach((row, i) => {
    out += `<row r="${i + 1}">`;
    row.forEach((text, j) => {
      out += `<c r="${address(i + 1, j + 1)}" s="${s}" t="s"><v>${strings.id(text)}</v></c>`;
    });
    out += "</row>";
  });
  yield `${out}</sheetData></worksheet>`;
}

/** The package of the given sheets; `native`: compress with CompressionStream (default: when present). */
export async function writeXlsx(model: WorkbookModel, native?: boolean): Promise<Uint8Array> {
  const writer = new PackageWriter(native);
  const styles = new StyleTable();
  const strings = new SharedStrings();
  const parts = layout(model.sheets);
  const entries: WorkbookSheetEntry[] = model.sheets.map((s, i) => ({ name: s.name, part: parts[i].part }));
  const metaPart = `xl/worksheets/sheet${entries.length + 1}.xml`;
  entries.push({ name: META_SHEET, part: metaPart, veryHidden: true });

  const types = entries.map((e) => ({ part: e.part, type: CT.worksheet }));
  for (const p of parts) {
    for (const t of p.tables) types.push({ part: t.part, type: CT.table });
    if (p.drawing) types.push({ part: p.drawing.part, type: CT.drawing }, ...p.drawing.charts.map((c) => ({ part: c.part, type: CT.chart })));
  }
  await writer.add("[Content_Types].xml", contentTypes(types));
  await writer.add("_rels/.rels", rootRels());
  await writer.add("docProps/core.xml", coreXml(new Date()));
  await writer.add("docProps/app.xml", appXml());
  await writer.add("xl/workbook.xml", workbookXml(entries, [...model.names, ...printTitles(model.sheets)], model.activeTab));
  await writer.add("xl/_rels/workbook.xml.rels", workbookRels(entries));
  const sst = writer.open("xl/sharedStrings.xml");

  for (let i = 0; i < model.sheets.length; i++) {
    const { plan, name } = model.sheets[i];
    const { part, boxes, tables, drawing } = parts[i];
    const tableRelIds = tables.map((_, k) => `rId${k + 1}`);
    const drawingRelId = drawing ? `rId${tables.length + 1}` : undefined;
    const sheet = writer.open(part);
    for (const piece of worksheetXml({ plan, styles, strings, tables: boxes, tableRelIds, drawingRelId, selected: i === model.activeTab })) {
      await sheet.write(piece);
      // New shared strings go out as they come, compressed alongside the sheet.
      if (strings.waiting >= SST_PIECE) await sst.write(strings.take());
    }
    sheet.close();
    const rels = tables.map((t, k) => ({ id: tableRelIds[k], type: REL.table, target: `../tables/${t.part.split("/").pop()}` }));
    if (drawing && drawingRelId) rels.push({ id: drawingRelId, type: REL.drawing, target: `../drawings/${drawing.part.split("/").pop()}` });
    if (rels.length) await writer.add(relsPath(part), relsXml(rels));
    for (let k = 0; k < tables.length; k++) await writer.add(tables[k].part, tableXml(boxes[k], tables[k].id));
    if (drawing) {
      const anchors = drawing.charts.map((c, k) => anchorXml(c.spec, `rId${k + 1}`, k + 2)).join("");
      await writer.add(drawing.part, `${XML_HEAD}${DRAWING_ROOT}${anchors}</xdr:wsDr>`);
      await writer.add(relsPath(drawing.part), relsXml(drawing.charts.map((c, k) => ({ id: `rId${k + 1}`, type: REL.chart, target: `../charts/${c.part.split("/").pop()}` }))));
      for (const c of drawing.charts) await writer.add(c.part, chartXml(c.spec, name));
    }
  }
  await writer.add(metaPart, metaSheetXml(model.meta, styles, strings));
  await writer.add("xl/styles.xml", styles.xml());
  await sst.write(strings.end());
  sst.close();
  return writer.finish();
}
