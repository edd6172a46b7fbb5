/**
 * The Office.js adapter writing plans into the recording fake of Excel: a constant number of syncs,
 * requests under Excel on the web's 5 MB limit, formats per range, text kept as text, every feature,
 * requirement sets checked, user sheets never touched.
 */
import { UserError } from "../../src/core/errors";
import type { SheetPlan } from "../../src/reports/sheetPlan";
import { rangeOf } from "../../src/reports/sheetPlan";
import { META_SHEET } from "../../src/workbook/metaSheet";
import { OfficeWorkbook } from "../../src/workbook/officeAdapter";
import { FakeExcel, PAYLOAD_LIMIT } from "../support/fakeExcel";
import { FIRST_ROW, HEADER_ROW, STATUSES, TRICKY_NAMES, samplePlan } from "./samplePlans";

const adapter = (excel: FakeExcel): OfficeWorkbook => new OfficeWorkbook(excel.run, excel.isSetSupported);

function withSource(apiVersion = "1.17"): FakeExcel {
  const excel = new FakeExcel({ apiVersion });
  excel.addSheet("Исходные", [["Школа", "Балл"], ["=не формула", 55]]);
  return excel;
}

describe("sync count and request size", () => {
  it.each([20, 5000])("writes a %i-row plan in at most 3 syncs: new, next to meta, and as a rebuild", async (rows) => {
    const excel = withSource();
    const book = adapter(excel);
    const plan = samplePlan({ rows, extraColumns: 6 });
    const counts: number[] = [];
    for (const options of [{}, {}, { replace: "Цели 2024" }]) {
      const before = excel.syncs;
      await book.writeSheet(plan, options);
      counts.push(excel.syncs - before);
    }
    expect(counts).toEqual([2, 3, 3]);
    expect(excel.largestPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.cell("Цели 2024", `B${FIRST_ROW + rows - 1}`).value).toBe(`МБОУ «Средняя общеобразовательная школа № ${rows}»`);
  });

  it("splits a sheet too big for one request into several, each under 5 MB", async () => {
    const excel = withSource();
    const rows = 30_000;
    await adapter(excel).writeSheet(samplePlan({ rows, extraColumns: 6, chart: false }));
    expect(excel.payloads.reduce((a, b) => a + b, 0)).toBeGreaterThan(PAYLOAD_LIMIT);
    expect(excel.syncs).toBeGreaterThan(2);
    expect(excel.largestPayload).toBeLessThan(PAYLOAD_LIMIT);
    expect(excel.cell("Цели 2024", `B${FIRST_ROW + rows - 1}`).value).toBe(`МБОУ «Средняя общеобразовательная школа № ${rows}»`);
    expect(excel.cell("Цели 2024", `F${FIRST_ROW + rows - 1}`).formula).toMatch(/^=IFERROR/);
  });

  it("really needs the split: the fake rejects an oversized request as Excel on the web does", async () => {
    const excel = new FakeExcel();
    await expect(excel.run(async (context) => {
      context.workbook.worksheets.add("x").getRange("A1").values = [["щ".repeat(3_000_000)]];
      await context.sync();
    })).rejects.toThrow(/RequestPayloadSizeLimitExceeded/);
  });

  it("formats ranges, never cells: format calls do not grow with rows of equal style", async () => {
    const calls = await Promise.all([20, 5000].map(async (rows) => {
      const excel = withSource();
      await adapter(excel).writeSheet(samplePlan({ rows }));
      return excel.count(/\.format\b/);
    }));
    expect(calls[0]).toBeGreaterThan(10);
    expect(calls[1]).toBe(calls[0]);
  });

  it("suspends calculation and screen updating for the write", async () => {
    const excel = withSource();
    await adapter(excel).writeSheet(samplePlan({ rows: 5 }));
    expect(excel.count(/suspendApiCalculationUntilNextSync/)).toBe(1);
    expect(excel.count(/suspendScreenUpdatingUntilNextSync/)).toBe(1);
  });
});

describe("text safety", () => {
  it("text from data arrives as text, never a formula or a number", async () => {
    const excel = withSource();
    await adapter(excel).writeSheet(samplePlan({ rows: 12 }));
    TRICKY_NAMES.forEach((name, i) => {
      const cell = excel.cell("Цели 2024", `B${FIRST_ROW + i}`);
      expect({ name, value: cell.value, formula: cell.formula }).toEqual({ name, value: name, formula: undefined });
      expect(cell.numberFormat).toBe("@");
    });
    expect(excel.cell("Цели 2024", `C${FIRST_ROW}`).value).toBe(40);
    expect(excel.cell("Цели 2024", `F${FIRST_ROW}`)).toMatchObject({ formula: `=IFERROR((D${FIRST_ROW}-C${FIRST_ROW})/(E${FIRST_ROW}-C${FIRST_ROW}),"")`, numberFormat: "0.0%" });
  });

  it("without the guard Excel would take them for formulas and numbers (the fake models it)", async () => {
    const excel = new FakeExcel();
    await excel.run(async (context) => {
      context.workbook.worksheets.add("x").getRange("A1:E1").values = [['=HYPERLINK("x")', "-10%", "+7", "001", "@x"]];
      await context.sync();
    });
    expect(["A1", "B1", "C1", "D1", "E1"].map((a) => excel.cell("x", a).formula ?? excel.cell("x", a).value)).toEqual(['=HYPERLINK("x")', -0.1, 7, 1, "=@x"]);
  });
});

describe("plan features in Excel", () => {
  const last = FIRST_ROW + 19;
  let excel: FakeExcel;
  beforeAll(async () => {
    excel = withSource();
    await adapter(excel).writeSheet(samplePlan({ rows: 20 }), { activate: true });
  });

  it("formats by range with a font name everywhere", () => {
    expect(excel.formatAt("Цели 2024", `C${HEADER_ROW}`, "fill.color")).toBe("#DDEBF7");
    expect(excel.formatAt("Цели 2024", `C${HEADER_ROW}`, "font.bold")).toBe(true);
    expect(excel.formatAt("Цели 2024", `C${HEADER_ROW}`, "verticalAlignment")).toBe("Center");
    expect(excel.formatAt("Цели 2024", `H${last}`, "font.name")).toBe("Calibri");
    expect(excel.formatAt("Цели 2024", `D${last}`, "border.InsideHorizontal.style")).toBe("Continuous");
    expect(excel.formatAt("Цели 2024", `G${last}`, "protection.locked")).toBe(false);
    expect(excel.formatAt("Цели 2024", "A1", "font.size")).toBe(14);
  });

  it("sets widths in points, hides the key column, merges the title", () => {
    const sheet = excel.sheet("Цели 2024");
    expect(sheet.columnWidths.get(2)).toBe(210); // 40 characters × 7 px × 0.75
    expect(sheet.hiddenColumns.has(8)).toBe(true);
    expect(sheet.rowHeights.get(HEADER_ROW)).toBe(30);
    expect(sheet.merges).toEqual([{ r1: 1, c1: 1, r2: 1, c2: 8 }]);
  });

  it("adds the conditional format, the validation and the frozen panes", () => {
    const sheet = excel.sheet("Цели 2024");
    expect(sheet.conditionalFormats).toEqual([{ range: `G${FIRST_ROW}:G${last}`, type: "Custom", formula: `=$G${FIRST_ROW}="достигнут"`, fill: "#C6EFCE", fontColor: "#006100", bold: true }]);
    expect(sheet.validations).toEqual([{
      range: `G${FIRST_ROW}:G${last}`,
      rule: { list: { inCellDropDown: true, source: STATUSES.join(",") } },
      errorAlert: { showAlert: true, style: "Stop", title: "Недопустимое значение", message: "Выберите статус из списка" },
    }]);
    expect(sheet.freeze).toEqual({ rows: HEADER_ROW, columns: 2 });
  });

  it("sets up printing, tab colour, autofilter and the sheet's custom property", () => {
    const sheet = excel.sheet("Цели 2024");
    expect(sheet.pageLayout).toEqual({
      orientation: "Landscape", paperSize: "A4", zoom: { horizontalFitToPages: 1, verticalFitToPages: 0 },
      printTitleRows: `$${HEADER_ROW}:$${HEADER_ROW}`, centerFooter: "Страница &P из &N",
    });
    expect(sheet.tabColor).toBe("#2E75B6");
    expect(sheet.autoFilter).toBe(rangeOf(HEADER_ROW, 1, last, 8));
    expect(JSON.parse(sheet.customProperties.get("SchoolQuality") ?? "{}")).toEqual({ kind: "targets", version: 1 });
  });

  it("adds the chart with named series over the sheet's ranges", () => {
    const [chart] = excel.sheet("Цели 2024").charts;
    expect(chart).toMatchObject({ type: "ColumnClustered", title: "База и факт по школам", from: `J${HEADER_ROW}`, to: `Q${HEADER_ROW + 18}`, xTitle: "Школа (№ по списку)", yTitle: "Балл", legend: { visible: true, position: "Bottom" } });
    expect(chart.series).toEqual([
      { name: "База", values: `'Цели 2024'!C${FIRST_ROW}:C${FIRST_ROW + 11}`, categories: `'Цели 2024'!A${FIRST_ROW}:A${FIRST_ROW + 11}` },
      { name: "Факт", values: `'Цели 2024'!D${FIRST_ROW}:D${FIRST_ROW + 11}`, categories: `'Цели 2024'!A${FIRST_ROW}:A${FIRST_ROW + 11}` },
    ]);
  });

  it("defines names on a range (not a text constant), marks the sheet in the very hidden meta sheet, activates it", async () => {
    const name = excel.model.names.get("sq_targets_values");
    expect(name?.sheet?.name).toBe("Цели 2024");
    expect(name?.rect).toEqual({ r1: FIRST_ROW, c1: 3, r2: last, c2: 5 });
    expect(excel.sheet(META_SHEET).visibility).toBe("VeryHidden");
    expect(excel.model.active?.name).toBe("Цели 2024");
    expect(await adapter(excel).listSheets()).toEqual([{ name: "Исходные", visible: true }, { name: "Цели 2024", visible: true, meta: samplePlan({ rows: 20 }).meta }]);
  });
});

describe("requirement sets", () => {
  it("refuses in Russian, naming the missing set, before touching the workbook", async () => {
    const excel = withSource("1.6");
    const error = await adapter(excel).writeSheet(samplePlan({ rows: 3 })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/ExcelApi 1\.7.*Excel 2019/);
    expect(excel.syncs).toBe(0);
    await expect(adapter(withSource("1.7")).writeSheet(samplePlan({ rows: 3 }))).rejects.toThrow(/ExcelApi 1\.8 \(раскрывающиеся списки/);
  });

  it("writes without page layout and autofilter on ExcelApi 1.8, with warnings saying so", async () => {
    const excel = withSource("1.8");
    const result = await adapter(excel).writeSheet(samplePlan({ rows: 5 }));
    expect(result.warnings).toEqual([expect.stringMatching(/Параметры печати листа «Цели 2024».*ExcelApi 1\.9/), expect.stringMatching(/Фильтр на листе «Цели 2024»/)]);
    expect(excel.sheet("Цели 2024").pageLayout).toEqual({});
    expect(excel.count(/suspendScreenUpdating/)).toBe(0);
    expect(excel.cell("Цели 2024", `B${FIRST_ROW}`).value).toBe(TRICKY_NAMES[0]);
  });
});

describe("chart axes", () => {
  it("format the value axis on ExcelApi 1.8, and leave it to Excel on 1.7 rather than fail the sheet", async () => {
    const plan = (): SheetPlan => {
      const p = samplePlan({ rows: 5 });
      p.validations = [];
      p.charts = p.charts!.map((c) => ({ ...c, yFormat: "0", yMajorUnit: 1 }));
      return p;
    };
    const modern = withSource("1.8");
    await adapter(modern).writeSheet(plan());
    expect(modern.sheet("Цели 2024").charts[0]).toMatchObject({ yFormat: "0", yMajorUnit: 1 });
    const old = withSource("1.7");
    await adapter(old).writeSheet(plan());
    expect(old.sheet("Цели 2024").charts[0]).toMatchObject({ yMajorUnit: 1 });
    expect(old.sheet("Цели 2024").charts[0].yFormat).toBeUndefined();
  });
});

describe("user sheets", () => {
  it("takes a free name beside a user sheet of the same name and leaves it alone", async () => {
    const excel = withSource();
    const user = excel.addSheet("Цели 2024", [["моё"]]);
    const result = await adapter(excel).writeSheet(samplePlan({ rows: 3 }));
    expect(result.sheet).toBe("Цели 2024 (2)");
    expect([...user.cells.values()]).toEqual([{ value: "моё" }]);
    expect(user.formats).toEqual([]);
    expect(excel.cell("Исходные", "A2")).toEqual({ value: "=не формула" });
  });

  it("refuses to replace a user sheet, naming it", async () => {
    const excel = withSource();
    const names = excel.model.sheets.map((s) => s.name);
    await expect(adapter(excel).writeSheet(samplePlan({ rows: 3 }), { replace: "исходные" })).rejects.toThrow(/Лист «Исходные» создан не надстройкой/);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(names);
  });

  it("rebuilds its own sheet in place: name, position, table and defined names", async () => {
    const excel = withSource();
    const book = adapter(excel);
    await book.writeSheet(samplePlan({ rows: 10, table: true }));
    excel.addSheet("После");
    const result = await book.writeSheet(samplePlan({ rows: 4, table: true }), { replace: "Цели 2024" });
    expect(result).toMatchObject({ sheet: "Цели 2024", rows: FIRST_ROW + 3 });
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Исходные", "Цели 2024", META_SHEET, "После"]);
    expect(excel.model.tables.map((tb) => [tb.name, tb.sheet.name])).toEqual([["sq_targets", "Цели 2024"]]);
    expect(excel.model.names.get("sq_targets_values")?.sheet?.name).toBe("Цели 2024");
    expect(excel.cell("Цели 2024", `B${FIRST_ROW + 5}`).value).toBeNull();
  });

  it("leaves nothing half-built when a write fails, and keeps the sheet being rebuilt", async () => {
    const excel = withSource();
    const book = adapter(excel);
    await book.writeSheet(samplePlan({ rows: 3 }));
    const broken = samplePlan({ rows: 3, table: true });
    broken.merges = [`B${FIRST_ROW}:C${FIRST_ROW}`]; // Excel refuses a table over merged cells
    await expect(book.writeSheet(broken, { replace: "Цели 2024" })).rejects.toThrow(/Не удалось построить лист «Цели 2024».*merged/);
    await expect(book.writeSheet(broken)).rejects.toThrow(UserError);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Исходные", "Цели 2024", META_SHEET]);
    expect(excel.cell("Цели 2024", `B${FIRST_ROW}`).value).toBe(TRICKY_NAMES[0]);
  });
});
