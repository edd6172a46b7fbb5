/**
 * The streaming writer (PlanWorkbook) against the ExcelJS adapter: the same plans written by both, both
 * files read back by ExcelJS (a separate reader) and compared feature by feature — values and types,
 * styles, merges, columns, rows, conditional formats, validations, views, print setup, names, tables,
 * tab colours, autofilters, sheet order, meta and settings. Then what only the port promises: free
 * names, rebuilds in place, the same errors.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { UserError } from "../../src/core/errors";
import type { SheetPlan } from "../../src/reports/sheetPlan";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { META_SHEET } from "../../src/workbook/metaSheet";
import { PlanWorkbook } from "../../src/workbook/planWorkbook";
import { cellsOf, layoutOf, load, namesOf } from "./planWorkbookCompare";
import { FIRST_ROW, HEADER_ROW, TRICKY_NAMES, samplePlan } from "./samplePlans";

/** A table whose box runs past the last column with a value: its blank header cells are named all the same. */
function wideTable(): SheetPlan {
  const plan = samplePlan({ rows: 2, name: "Широкая таблица", chart: false });
  plan.cells = [["Школа", "Доля"], ["МБОУ СОШ № 1", 0.5]];
  plan.styles = [];
  plan.merges = [];
  plan.conditionalFormats = [];
  plan.validations = [];
  plan.names = [];
  plan.autoFilter = undefined;
  plan.tables = [{ name: "sq_wide", range: "A1:D2" }];
  return plan;
}

/** Plans that use every feature between them: merges and autofilter, tables, a header-only table, formulas with results. */
function plans(): SheetPlan[] {
  const withResults = samplePlan({ rows: 8, name: "Результаты", chart: false });
  withResults.fontName = "Times New Roman";
  withResults.cells[FIRST_ROW - 1][5] = { formula: "=1/4", result: 0.25 };
  withResults.cells[FIRST_ROW][5] = { formula: '=IF(TRUE,"да","нет")', result: "да" };
  withResults.cells[FIRST_ROW + 1][5] = { formula: "=1>0", result: true };
  withResults.cells[FIRST_ROW + 2][5] = { formula: '=""', result: "" };
  withResults.cells[FIRST_ROW + 3][2] = Number.NaN;
  withResults.cells[FIRST_ROW + 3][3] = false;
  withResults.cells[1][1] = "под объединением"; // B2 sits under no merge: kept
  withResults.cells[0][3] = "под объединением A1:H1"; // D1 is covered by the merge: dropped, as ExcelJS does
  withResults.print = { orientation: "portrait", paper: "A4", fitToWidth: false, footer: "&LСлева&RСправа &P" };
  withResults.freeze = { rows: 4, columns: 0 };
  withResults.validations = [{ range: "G5:G12", values: ["a", "b"], error: "Только a или b", strict: false }];
  withResults.rowHeights = { 3: 6 };
  return [
    samplePlan({ rows: 20 }),
    samplePlan({ rows: 6, table: true, name: "Таблица" }),
    samplePlan({ rows: 1, table: true, name: "Одна строка", chart: false }),
    withResults,
    wideTable(),
  ];
}

async function bothFiles(list: SheetPlan[]): Promise<{ plan: Uint8Array; excel: Uint8Array; book: PlanWorkbook }> {
  const book = PlanWorkbook.create("Цели.xlsx");
  const reference = ExcelJsWorkbook.create("Цели.xlsx");
  for (const p of list) {
    await book.writeSheet(p);
    await reference.writeSheet(p);
  }
  await book.saveSettings({ region: "Примерная область", years: [2021, 2024] });
  await reference.saveSettings({ region: "Примерная область", years: [2021, 2024] });
  return { plan: await book.toBuffer(), excel: await reference.toBuffer(), book };
}

describe("PlanWorkbook writes what the ExcelJS adapter writes", () => {
  let ours: ExcelJS.Workbook;
  let theirs: ExcelJS.Workbook;
  let bytes: Uint8Array;

  beforeAll(async () => {
    const files = await bothFiles(plans());
    bytes = files.plan;
    ours = await load(files.plan);
    theirs = await load(files.excel);
  });

  it("has the same sheets in the same order, the meta sheet very hidden", () => {
    const sheets = (wb: ExcelJS.Workbook) => wb.worksheets.map((ws) => [ws.name, ws.state]);
    expect(sheets(ours)).toEqual(sheets(theirs));
    expect(sheets(ours)).toEqual([["Цели 2024", "visible"], ["Таблица", "visible"], ["Одна строка", "visible"], ["Результаты", "visible"], ["Широкая таблица", "visible"], [META_SHEET, "veryHidden"]]);
  });

  it.each(["Цели 2024", "Таблица", "Одна строка", "Результаты", "Широкая таблица"])("sheet %s: every cell's value, type and style", (name) => {
    expect(cellsOf(ours.getWorksheet(name)!)).toEqual(cellsOf(theirs.getWorksheet(name)!));
  });

  it("names every header cell of a table wider than its values, as the table part does", () => {
    const ws = ours.getWorksheet("Широкая таблица")!;
    expect([1, 2, 3, 4].map((c) => ws.getRow(1).getCell(c).value)).toEqual(["Школа", "Доля", "Column3", "Column4"]);
  });

  it.each(["Цели 2024", "Таблица", "Одна строка", "Результаты", "Широкая таблица"])("sheet %s: merges, columns, rows, rules, views, print, tables", (name) => {
    expect(layoutOf(ours.getWorksheet(name)!)).toEqual(layoutOf(theirs.getWorksheet(name)!));
  });

  it("defines the same names", () => {
    expect(namesOf(ours)).toEqual(namesOf(theirs));
    expect(namesOf(ours)).toContainEqual({ name: "sq_targets_values", ranges: ["Результаты!$C$5:$E$12"] });
  });

  it("keeps text from data as text with the Text format, in every tricky form", () => {
    const ws = ours.getWorksheet("Цели 2024")!;
    TRICKY_NAMES.forEach((name, i) => {
      const at = `B${FIRST_ROW + i}`;
      expect(ws.getCell(at).value).toBe(name);
      expect(ws.getCell(at).type).toBe(ExcelJS.ValueType.String);
      expect(ws.getCell(at).numFmt).toBe("@");
    });
    expect(ws.getCell(`B${HEADER_ROW}`).numFmt).toBeUndefined();
  });

  it("writes formulas with their cached results of every type, and NaN as a blank", () => {
    const ws = ours.getWorksheet("Результаты")!;
    expect(ws.getCell(`F${FIRST_ROW}`).value).toEqual({ formula: "1/4", result: 0.25 });
    expect(ws.getCell(`F${FIRST_ROW + 1}`).value).toEqual({ formula: 'IF(TRUE,"да","нет")', result: "да" });
    expect(ws.getCell(`F${FIRST_ROW + 2}`).value).toEqual({ formula: "1>0", result: true });
    expect(ws.getCell(`F${FIRST_ROW + 4}`).value).toEqual({ formula: `IFERROR((D${FIRST_ROW + 4}-C${FIRST_ROW + 4})/(E${FIRST_ROW + 4}-C${FIRST_ROW + 4}),"")` });
    // An empty text result is stored as <v></v>, which ExcelJS reads (in its own files too) as no result.
    expect(ws.getCell(`F${FIRST_ROW + 3}`).value).toEqual({ formula: '""' });
    expect(ws.getCell(`C${FIRST_ROW + 4}`).value).toBeNull();
    expect(ws.getCell(`D${FIRST_ROW + 4}`).value).toBe(false);
    expect(ws.getCell("C5").font).toMatchObject({ name: "Times New Roman" });
  });

  it("asks for a full recalculation on load, opens on the first sheet", async () => {
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    const workbook = await zip.file("xl/workbook.xml")!.async("string");
    expect(workbook).toMatch(/<calcPr[^>]*fullCalcOnLoad="1"/);
    expect(workbook).toContain('<workbookView activeTab="0"/>');
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).toContain('<sheetView tabSelected="1"');
  });

  it("records the sheets and settings so the ExcelJS adapter recognises them", async () => {
    const reopened = await ExcelJsWorkbook.fromBuffer(bytes, "Цели.xlsx");
    const list = plans();
    expect(await reopened.listSheets()).toEqual(list.map((p) => ({ name: p.name, visible: true, meta: p.meta })));
    expect(await reopened.loadSettings()).toEqual({ region: "Примерная область", years: [2021, 2024] });
    expect(ours.getWorksheet(META_SHEET)!.getCell("A1").numFmt).toBe("@");
  });

  it("writes the same charts", async () => {
    const { plan, excel } = await bothFiles([samplePlan({ rows: 20 }), samplePlan({ rows: 6, name: "Второй" })]);
    const a = await JSZip.loadAsync(plan);
    const b = await JSZip.loadAsync(excel);
    for (const part of ["xl/charts/chart1.xml", "xl/charts/chart2.xml"]) expect(await a.file(part)!.async("string")).toBe(await b.file(part)!.async("string"));
    const anchors = async (zip: JSZip, part: string) => (await zip.file(part)!.async("string")).match(/<xdr:twoCellAnchor[\s\S]*<\/xdr:twoCellAnchor>/)![0];
    expect(await anchors(a, "xl/drawings/drawing2.xml")).toBe(await anchors(b, "xl/drawings/drawing2.xml"));
    expect(await a.file("xl/drawings/_rels/drawing1.xml.rels")!.async("string")).toContain('Target="../charts/chart1.xml"');
  });
});

describe("PlanWorkbook as a port", () => {
  it("takes free names, never its meta sheet's, and lists visible sheets in order with their meta", async () => {
    const book = PlanWorkbook.create("x.xlsx");
    const first = await book.writeSheet(samplePlan({ rows: 2 }));
    const second = await book.writeSheet(samplePlan({ rows: 2, name: "цели 2024" }));
    const meta = await book.writeSheet(samplePlan({ rows: 2, name: META_SHEET }));
    expect([first.sheet, second.sheet, meta.sheet]).toEqual(["Цели 2024", "цели 2024 (2)", `${META_SHEET} (2)`]);
    expect((await book.listSheets()).map((s) => [s.name, s.visible, s.meta?.kind])).toEqual([
      ["Цели 2024", true, "targets"], ["цели 2024 (2)", true, "targets"], [`${META_SHEET} (2)`, true, "targets"],
    ]);
    expect(first).toEqual({ sheet: "Цели 2024", rows: FIRST_ROW + 1, columns: 8 });
  });

  it("rebuilds its own sheet in place: same name, same position, new content, meta and names", async () => {
    const book = PlanWorkbook.create("x.xlsx");
    const first = await book.writeSheet(samplePlan({ rows: 5 }));
    await book.writeSheet(samplePlan({ rows: 2, name: "После", table: true }));
    const rebuilt = samplePlan({ rows: 3, name: "другое имя", table: true });
    rebuilt.meta = { ...rebuilt.meta, version: 2 };
    const again = await book.writeSheet(rebuilt, { replace: "цели 2024" });
    expect(again.sheet).toBe(first.sheet);
    const back = await ExcelJsWorkbook.fromBuffer(await book.toBuffer(), "x.xlsx");
    expect((await back.listSheets()).map((s) => [s.name, s.meta?.version])).toEqual([["Цели 2024", 2], ["После", 1]]);
    expect((await back.readGrid("Цели 2024")).values.length).toBe(FIRST_ROW + 2);
    // The table names are workbook-wide: the rebuilt sheet's table is the second one.
    const wb = await load(await book.toBuffer());
    const tables = (name: string) => Object.keys((wb.getWorksheet(name) as unknown as { tables: object }).tables);
    expect([tables("После"), tables("Цели 2024")]).toEqual([["sq_targets"], ["sq_targets_2"]]);
    expect(namesOf(wb)).toEqual([{ name: "sq_targets_values", ranges: ["'Цели 2024'!$C$5:$E$7"] }]);
  });

  it("builds a replace target that no longer exists under its name", async () => {
    const book = PlanWorkbook.create("x.xlsx");
    expect((await book.writeSheet(samplePlan({ rows: 1 }), { replace: "Старый лист" })).sheet).toBe("Старый лист");
  });

  it("opens on the sheet written with activate", async () => {
    const book = PlanWorkbook.create("x.xlsx");
    await book.writeSheet(samplePlan({ rows: 1 }));
    await book.writeSheet(samplePlan({ rows: 1, name: "Второй" }), { activate: true });
    const zip = await JSZip.loadAsync(await book.toBuffer());
    expect(await zip.file("xl/workbook.xml")!.async("string")).toContain('<workbookView activeTab="1"/>');
    expect(await zip.file("xl/worksheets/sheet1.xml")!.async("string")).not.toContain("tabSelected");
  });

  it("says which sheet is missing, in the adapter's words", async () => {
    const book = PlanWorkbook.create("отдел.xlsx");
    const reference = ExcelJsWorkbook.create("отдел.xlsx");
    const message = async (w: { readGrid(s: string): Promise<unknown> }) => w.readGrid("Нет такого").then(() => "", (e: Error) => `${e.constructor.name}: ${e.message}`);
    expect(await message(book)).toBe(await message(reference));
    await expect(book.readGrid("Нет такого")).rejects.toThrow(UserError);
  });

  it("rejects a plan the ExcelJS writer would reject, when it is written rather than saved", async () => {
    const book = PlanWorkbook.create("x.xlsx");
    const bad = samplePlan({ rows: 2 });
    bad.validations = [{ range: "G5:G6", values: ["a,b", "c"], error: "x" }];
    await expect(book.writeSheet(bad)).rejects.toThrow(/without commas/);
    const broken = samplePlan({ rows: 2, name: "Другой" });
    broken.merges = ["A1:??"];
    await expect(book.writeSheet(broken)).rejects.toThrow(/Not a cell address/);
    expect(await book.listSheets()).toEqual([]);
  });

  it("keeps settings, and a workbook with settings only", async () => {
    const book = PlanWorkbook.create("s.xlsx");
    expect(await book.loadSettings()).toBeNull();
    await book.saveSettings({ region: "Примерная область" });
    expect(await book.loadSettings()).toEqual({ region: "Примерная область" });
    const reopened = await ExcelJsWorkbook.fromBuffer(await book.toBuffer(), "s.xlsx");
    expect(await reopened.loadSettings()).toEqual({ region: "Примерная область" });
    expect(await reopened.listSheets()).toEqual([]);
  });
});
