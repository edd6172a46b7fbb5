/**
 * The ExcelJS adapter writes every SheetPlan feature; the file is read back with ExcelJS (a separate
 * reader, not the adapter) and checked feature by feature. User sheets are never changed.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { UserError } from "../../src/core/errors";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { META_SHEET } from "../../src/workbook/metaSheet";
import { FIRST_ROW, HEADER_ROW, STATUSES, TRICKY_NAMES, samplePlan } from "./samplePlans";

const PLAN = samplePlan({ rows: 20 });
const LAST = FIRST_ROW + 19;

async function reread(book: ExcelJsWorkbook): Promise<ExcelJS.Workbook> {
  const back = new ExcelJS.Workbook();
  await back.xlsx.load((await book.toBuffer()) as unknown as ExcelJS.Buffer);
  return back;
}

/**
 * An ExcelJS cell. ExcelJS objects are plain data, not Office.js proxies; going through a helper keeps
 * the Office.js lint rules (which match any get…() call) off them.
 */
const at = (ws: ExcelJS.Worksheet, address: string): ExcelJS.Cell => ws.getCell(address);

function sheetOf(wb: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = wb.getWorksheet(name);
  if (!ws) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Every cell of a sheet as address, value and style: what "unchanged" means for a user sheet. */
function cellsOf(ws: ExcelJS.Worksheet): string[] {
  const out: string[] = [];
  ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => out.push(JSON.stringify([cell.address, cell.value, cell.style]))));
  return out;
}

/** A department's source file: a user sheet with data, formats and a formula. */
async function sourceFile(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Исходные");
  ws.addRow(["Школа", "Балл", "Дата"]);
  ws.addRow(["=не формула", 55, new Date(Date.UTC(2024, 4, 20))]);
  ws.addRow(["Школа № 2", { formula: "B2*2", result: 110 }, "20.05.2024"]);
  ws.getCell("A1").font = { bold: true, name: "Arial", size: 12 };
  ws.getCell("B2").numFmt = "0.0";
  ws.mergeCells("D1:E1");
  wb.addWorksheet("Цели 2024").getCell("A1").value = "лист пользователя с тем же именем";
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("ExcelJsWorkbook.writeSheet", () => {
  let back: ExcelJS.Workbook;
  let ws: ExcelJS.Worksheet;

  beforeAll(async () => {
    const book = ExcelJsWorkbook.create("Цели.xlsx");
    await book.writeSheet(PLAN);
    back = await reread(book);
    ws = sheetOf(back, "Цели 2024");
  });

  it("keeps text from data as text, with the Text format, in every tricky form", () => {
    TRICKY_NAMES.forEach((name, i) => {
      const cell = at(ws, `B${FIRST_ROW + i}`);
      expect(cell.value).toBe(name);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.numFmt).toBe("@");
    });
    expect(ws.getCell(`B${FIRST_ROW + 12}`).numFmt).toBe("@"); // "… школа № 13" has a digit
    expect(ws.getCell("B4").numFmt).toBeUndefined(); // "Школа": nothing Excel could misread
  });

  it("writes numbers as numbers and formulas as formulas", () => {
    expect(ws.getCell(`C${FIRST_ROW}`).value).toBe(40);
    expect(ws.getCell(`F${FIRST_ROW}`).value).toEqual({ formula: `IFERROR((D${FIRST_ROW}-C${FIRST_ROW})/(E${FIRST_ROW}-C${FIRST_ROW}),"")` });
    expect(ws.getCell(`F${FIRST_ROW}`).numFmt).toBe("0.0%");
  });

  it("asks Excel to recalculate on opening (formulas are stored without results)", async () => {
    const book = ExcelJsWorkbook.create("calc.xlsx");
    await book.writeSheet(PLAN);
    const workbookXml = await (await JSZip.loadAsync(await book.toBuffer())).file("xl/workbook.xml")!.async("string");
    expect(workbookXml).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
  });

  it("applies styles by range, always with a font name", () => {
    const header = at(ws, `C${HEADER_ROW}`);
    expect(header.font).toMatchObject({ name: "Calibri", size: 11, bold: true });
    expect(header.fill).toMatchObject({ type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } });
    expect(header.alignment).toMatchObject({ horizontal: "center", vertical: "middle", wrapText: true });
    expect(header.border.top).toMatchObject({ style: "thin" });
    expect(ws.getCell("A1").font).toMatchObject({ name: "Calibri", size: 14, bold: true });
    expect(ws.getCell(`G${FIRST_ROW}`).protection).toMatchObject({ locked: false });
    expect(ws.getCell(`C${FIRST_ROW}`).font.name).toBe("Calibri");
  });

  it("merges, sizes and hides as planned", () => {
    expect(ws.getCell("H1").isMerged).toBe(true);
    expect(ws.getCell("H1").master.address).toBe("A1");
    expect(ws.getColumn(2).width).toBe(40);
    expect(ws.getColumn(8).hidden).toBe(true);
    expect(ws.getRow(HEADER_ROW).height).toBe(30);
  });

  it("writes the conditional format and the list validation", () => {
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae: string[]; style: { fill: { bgColor: { argb: string } } } }[] }[] }).conditionalFormattings;
    expect(cf).toHaveLength(1);
    expect(cf[0].ref).toBe(`G${FIRST_ROW}:G${LAST}`);
    expect(cf[0].rules[0]).toMatchObject({ type: "expression", formulae: [`$G${FIRST_ROW}="достигнут"`] });
    expect(cf[0].rules[0].style.fill.bgColor.argb).toBe("FFC6EFCE");
    const dv = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    expect(dv[`G${LAST}`]).toMatchObject({ type: "list", formulae: [`"${STATUSES.join(",")}"`], errorStyle: "stop", error: "Выберите статус из списка", showErrorMessage: true });
  });

  it("freezes panes and sets up printing", () => {
    expect(ws.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: HEADER_ROW, topLeftCell: `C${FIRST_ROW}` });
    expect(ws.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}` });
    expect(ws.headerFooter.oddFooter).toBe("&CСтраница &P из &N");
  });

  it("defines names, tab colour and autofilter", () => {
    expect(back.definedNames.model).toContainEqual({ name: "sq_targets_values", ranges: [`'Цели 2024'!$C$${FIRST_ROW}:$E$${LAST}`] });
    expect(ws.properties.tabColor).toEqual({ argb: "FF2E75B6" });
    expect(ws.autoFilter).toBe(`A${HEADER_ROW}:H${LAST}`);
  });

  it("marks the sheet in the very hidden meta sheet", async () => {
    expect(sheetOf(back, META_SHEET).state).toBe("veryHidden");
    const reopened = await ExcelJsWorkbook.fromBuffer(new Uint8Array(await back.xlsx.writeBuffer()), "again.xlsx");
    expect(await reopened.listSheets()).toEqual([{ name: "Цели 2024", visible: true, meta: PLAN.meta }]);
  });
});

describe("ExcelJsWorkbook tables", () => {
  it("keeps the plan's cell styles and values under a table, with unique workbook-wide table names", async () => {
    const book = ExcelJsWorkbook.create("t.xlsx");
    await book.writeSheet(samplePlan({ rows: 6, table: true }));
    const second = await book.writeSheet(samplePlan({ rows: 6, table: true }));
    const back = await reread(book);
    const ws = sheetOf(back, "Цели 2024");
    const tables = (ws as unknown as { tables: Record<string, { model?: { tableRef: string; style: { theme: string } } }> }).tables;
    expect(Object.keys(tables)).toEqual(["sq_targets"]);
    expect(Object.keys((sheetOf(back, second.sheet) as unknown as { tables: object }).tables)).toEqual(["sq_targets_2"]);
    expect(ws.getCell(`B${HEADER_ROW}`).fill).toMatchObject({ fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell(`B${HEADER_ROW}`).value).toBe("Школа");
    expect(ws.getCell(`B${FIRST_ROW}`).value).toBe(TRICKY_NAMES[0]);
    expect(ws.getCell(`F${FIRST_ROW}`).value).toMatchObject({ formula: expect.stringContaining("IFERROR") });
    expect(ws.getCell(`G${FIRST_ROW}`).fill).toMatchObject({ fgColor: { argb: "FFFFF2CC" } });
  });
});

describe("ExcelJsWorkbook and user sheets", () => {
  it("never overwrites a user sheet: a plan takes a free name and the source sheets stay as they were", async () => {
    const original = new ExcelJS.Workbook();
    await original.xlsx.load((await sourceFile()) as unknown as ExcelJS.Buffer);
    const before = cellsOf(sheetOf(original, "Исходные"));
    const book = await ExcelJsWorkbook.fromBuffer(await sourceFile(), "отдел.xlsx");
    const result = await book.writeSheet(PLAN);
    expect(result.sheet).toBe("Цели 2024 (2)");
    const back = await reread(book);
    expect(cellsOf(sheetOf(back, "Исходные"))).toEqual(before);
    expect(sheetOf(back, "Исходные").getCell("D1").isMerged).toBe(true);
    expect(sheetOf(back, "Цели 2024").getCell("A1").value).toBe("лист пользователя с тем же именем");
    expect(back.worksheets.map((w) => w.name)).toEqual(["Исходные", "Цели 2024", "Цели 2024 (2)", META_SHEET]);
  });

  it("refuses to replace a sheet it did not make, naming it", async () => {
    const book = await ExcelJsWorkbook.fromBuffer(await sourceFile(), "отдел.xlsx");
    await expect(book.writeSheet(PLAN, { replace: "Цели 2024" })).rejects.toThrow(UserError);
    await expect(book.writeSheet(PLAN, { replace: "цели 2024" })).rejects.toThrow(/«Цели 2024»/);
    expect(sheetOf(book.workbook, "Цели 2024").getCell("A1").value).toBe("лист пользователя с тем же именем");
  });

  it("rebuilds its own sheet in place: same name, same position, new content and meta", async () => {
    const book = await ExcelJsWorkbook.fromBuffer(await sourceFile(), "отдел.xlsx");
    const first = await book.writeSheet(PLAN);
    book.workbook.addWorksheet("После");
    const rebuilt = samplePlan({ rows: 3, name: "другое имя" });
    rebuilt.meta = { ...rebuilt.meta, version: 2 };
    const again = await book.writeSheet(rebuilt, { replace: first.sheet });
    expect(again.sheet).toBe(first.sheet);
    const back = await reread(book);
    expect(back.worksheets.map((w) => w.name)).toEqual(["Исходные", "Цели 2024", "Цели 2024 (2)", "После", META_SHEET]);
    expect(sheetOf(back, first.sheet).getCell(`A${FIRST_ROW + 3}`).value).toBeNull();
    const reopened = await ExcelJsWorkbook.fromBuffer(await book.toBuffer(), "x.xlsx");
    const info = (await reopened.listSheets()).find((s) => s.name === first.sheet);
    expect(info?.meta?.version).toBe(2);
  });
});

describe("ExcelJsWorkbook reading and settings", () => {
  it("reads a grid, or a part of it, with merges", async () => {
    const book = await ExcelJsWorkbook.fromBuffer(await sourceFile(), "отдел.xlsx");
    const grid = await book.readGrid("исходные");
    expect(grid.values[1]).toEqual(["=не формула", 55, "20.05.2024"]);
    expect(grid.merges).toEqual(["D1:E1"]);
    const part = await book.readGrid("Исходные", "B2:C4");
    expect(part).toEqual({ sheet: "Исходные", origin: { row: 2, column: 2 }, values: [[55, "20.05.2024"], [110, "20.05.2024"], [null, null]], merges: [] });
    await expect(book.readGrid("Нет такого")).rejects.toThrow(/«Нет такого».*|Нет такого/);
  });

  it("stores settings with the workbook", async () => {
    const book = ExcelJsWorkbook.create("s.xlsx");
    expect(await book.loadSettings()).toBeNull();
    await book.saveSettings({ region: "Примерная область", years: [2021, 2024] });
    const reopened = await ExcelJsWorkbook.fromBuffer(await book.toBuffer(), "s.xlsx");
    expect(await reopened.loadSettings()).toEqual({ region: "Примерная область", years: [2021, 2024] });
    expect(await reopened.listSheets()).toEqual([]);
  });

  it("says in Russian when a file is not a workbook", async () => {
    await expect(ExcelJsWorkbook.fromBuffer(new TextEncoder().encode("не xlsx"), "плохой.xlsx")).rejects.toThrow(/«плохой\.xlsx»/);
  });
});

describe("charts in ExcelJS files", () => {
  it("adds chart, drawing, relationships and content types; ExcelJS still reads the file", async () => {
    const book = ExcelJsWorkbook.create("c.xlsx");
    await book.writeSheet(PLAN);
    const bytes = await book.toBuffer();
    const zip = await JSZip.loadAsync(bytes);
    const chart = await zip.file("xl/charts/chart1.xml")!.async("string");
    expect(chart).toContain(`<c:f>&apos;Цели 2024&apos;!$A$${FIRST_ROW}:$A$${FIRST_ROW + 11}</c:f>`);
    expect(chart).toContain("<c:tx><c:v>База</c:v></c:tx>");
    expect(chart).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("string");
    expect(sheet).toMatch(/<drawing r:id="rId\d+"\/>(<tableParts|<\/worksheet>)/);
    expect(await zip.file("xl/worksheets/_rels/sheet1.xml.rels")!.async("string")).toContain("../drawings/drawing1.xml");
    expect(await zip.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string")).toContain("../charts/chart1.xml");
    const types = await zip.file("[Content_Types].xml")!.async("string");
    expect(types).toContain('<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>');
    expect(types).toContain('<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(sheetOf(back, "Цели 2024").getCell(`B${FIRST_ROW}`).value).toBe(TRICKY_NAMES[0]);
  });
});
