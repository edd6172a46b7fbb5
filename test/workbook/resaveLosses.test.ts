/**
 * The standalone pane's warning: which parts of an opened file a re-save would drop. The claim behind
 * it is checked too: a file with those parts, opened and saved by the ExcelJS adapter, comes out
 * without them and keeps its cells. The pivot, slicer, timeline and macro parts here are minimal
 * stand-ins (no Excel here to make real ones); the sparklines are real worksheet XML.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { createStandaloneActions } from "../../src/app/standalone";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { resaveLosses } from "../../src/workbook/resaveLosses";

const SPARKLINES =
  '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main">' +
  '<x14:sparklineGroups><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main">Лист1!A1:C1</xm:f>' +
  "<xm:sqref xmlns:xm=\"http://schemas.microsoft.com/office/excel/2006/main\">D1</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst>";

/** A real workbook (ExcelJS) with the given extra parts added to its package. */
async function workbookWith(extra: Record<string, string>, sparklines = false): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Лист1");
  ws.getCell("A1").value = 1;
  ws.getCell("B1").value = "школа";
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  for (const [name, text] of Object.entries(extra)) zip.file(name, text);
  if (sparklines) {
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    zip.file("xl/worksheets/sheet1.xml", sheet.replace("</worksheet>", `${SPARKLINES}</worksheet>`));
  }
  return zip.generateAsync({ type: "uint8array" });
}

const PIVOT = { "xl/pivotTables/pivotTable1.xml": "<pivotTableDefinition/>", "xl/pivotCache/pivotCacheDefinition1.xml": "<pivotCacheDefinition/>" };
const MACROS = { "xl/vbaProject.bin": "vba" };
const SLICERS = { "xl/slicers/slicer1.xml": "<slicers/>", "xl/slicerCaches/slicerCache1.xml": "<slicerCacheDefinition/>" };
const TIMELINES = { "xl/timelines/timeline1.xml": "<timelines/>" };
const SHAPES = { "xl/drawings/drawing9.xml": '<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:sp><xdr:txBody/></xdr:sp></xdr:twoCellAnchor></xdr:wsDr>' };
const PICTURE = { "xl/drawings/drawing8.xml": '<xdr:wsDr xmlns:xdr="x"><xdr:twoCellAnchor><xdr:pic/></xdr:twoCellAnchor></xdr:wsDr>' };

it.each([
  ["nothing extra", {}, false, []],
  ["a pivot table", PIVOT, false, ["pivotTables"]],
  ["macros", MACROS, false, ["macros"]],
  ["slicers and timelines", { ...SLICERS, ...TIMELINES }, false, ["slicers", "timelines"]],
  ["sparklines", {}, true, ["sparklines"]],
  ["a text box", SHAPES, false, ["shapes"]],
  ["only a picture (kept by ExcelJS)", PICTURE, false, []],
  ["everything", { ...MACROS, ...PIVOT, ...SLICERS, ...TIMELINES, ...SHAPES }, true, ["pivotTables", "slicers", "timelines", "sparklines", "shapes", "macros"]],
] as const)("finds %s", async (_, extra, sparklines, expected) => {
  expect(await resaveLosses(await workbookWith(extra, sparklines))).toEqual(expected);
});

it("says nothing of bytes that are not a package", async () => {
  expect(await resaveLosses(new TextEncoder().encode("школа;доля\n"))).toEqual([]);
});

it("is right: a re-save through the ExcelJS adapter drops those parts and keeps the cells", async () => {
  const bytes = await workbookWith({ ...MACROS, ...PIVOT, ...SLICERS, ...TIMELINES }, true);
  const book = await ExcelJsWorkbook.fromBuffer(bytes, "с макросами.xlsm");
  const saved = await book.toBuffer();
  expect(await resaveLosses(saved)).toEqual([]);
  const names = Object.keys((await JSZip.loadAsync(saved)).files);
  expect(names.filter((n) => /pivot|slicer|timeline|vbaProject/i.test(n))).toEqual([]);
  expect((await (await ExcelJsWorkbook.fromBuffer(saved, "x.xlsx")).readGrid("Лист1")).values).toEqual([[1, "школа"]]);
});

it("the standalone pane's open names them in Russian, and nothing for a CSV", async () => {
  const actions = await createStandaloneActions(async () => new Uint8Array());
  const opened = await actions.openFile!({ name: "мониторинг.xlsm", bytes: await workbookWith({ ...PIVOT, ...MACROS }) });
  expect(opened.notKept).toEqual(["сводные таблицы", "макросы VBA"]);
  expect((await actions.openFile!({ name: "выгрузка.csv", bytes: new TextEncoder().encode("Школа;Доля\nМБОУ СОШ № 1;0,5\n") })).notKept).toEqual([]);
});
