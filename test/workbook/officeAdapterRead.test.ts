/**
 * Reading through the Office.js adapter (grids, selection, sheets, settings) against the recording fake,
 * and the fake's own faithfulness where the adapter relies on it: load before read, sync before use.
 */
import { UserError } from "../../src/core/errors";
import { OfficeWorkbook } from "../../src/workbook/officeAdapter";
import { areaAddresses, isDateFormat, plainOfficeValue } from "../../src/workbook/officeAdapterRead";
import { FakeExcel } from "../support/fakeExcel";
import { parseRect } from "../support/fakeExcelModel";

const adapter = (excel: FakeExcel): OfficeWorkbook => new OfficeWorkbook(excel.run, excel.isSetSupported);

function department(apiVersion = "1.17"): FakeExcel {
  const excel = new FakeExcel({ apiVersion });
  const sheet = excel.addSheet("Данные, 2024", [
    [null, null, null],
    ["Школа", "Балл", "Срок"],
    ["Лицей № 1", 55, 45432],
    ["Школа № 2", "", 45433.5],
  ]);
  sheet.cell(3, 3)!.numberFormat = "dd.mm.yyyy";
  sheet.cell(4, 3)!.numberFormat = "[$-419]d mmmm yyyy;@";
  sheet.merges.push(parseRect("A1:C1"), parseRect("F8:G9"));
  return excel;
}

describe("OfficeWorkbook.readGrid", () => {
  it("reads the used area from A1, blanks as null, dates as dd.mm.yyyy, with merged areas", async () => {
    const excel = department();
    const grid = await adapter(excel).readGrid("данные, 2024");
    expect(grid).toEqual({
      sheet: "Данные, 2024",
      origin: { row: 1, column: 1 },
      values: [[null, null, null], ["Школа", "Балл", "Срок"], ["Лицей № 1", 55, "20.05.2024"], ["Школа № 2", null, "21.05.2024"]],
      merges: ["A1:C1"], // F8:G9 lies outside the used area
    });
    expect(excel.syncs).toBe(2);
  });

  it("reads a given range, and degrades to no merges where ExcelApi 1.13 is missing", async () => {
    const grid = await adapter(department("1.12")).readGrid("Данные, 2024", "B2:C3");
    expect(grid).toEqual({ sheet: "Данные, 2024", origin: { row: 2, column: 2 }, values: [["Балл", "Срок"], [55, "20.05.2024"]], merges: [] });
  });

  it("reads a big sheet in chunks that keep each response small", async () => {
    const excel = new FakeExcel();
    excel.addSheet("Большой", Array.from({ length: 30_000 }, (_, i) => [i, `Школа ${i}`, i / 2, null]));
    const grid = await adapter(excel).readGrid("Большой");
    expect(grid.values).toHaveLength(30_000);
    expect(grid.values[29_999]).toEqual([29_999, "Школа 29999", 14_999.5]);
    expect(excel.syncs).toBe(1 + Math.ceil((30_000 * 3) / 50_000));
  });

  it("says which sheet is missing", async () => {
    await expect(adapter(department()).readGrid("Нет")).rejects.toThrow(new UserError("В книге «текущая книга» нет листа «Нет»"));
  });
});

describe("OfficeWorkbook selection, sheets, settings", () => {
  it("reads the selection, clipped to where the sheet has values", async () => {
    const excel = department();
    excel.model.selection = { sheet: excel.sheet("Данные, 2024"), rect: parseRect("B:C") };
    const grid = await adapter(excel).readSelection();
    expect(grid.origin).toEqual({ row: 1, column: 2 });
    expect(grid.values).toEqual([[null, null], ["Балл", "Срок"], [55, "20.05.2024"], [null, "21.05.2024"]]);
  });

  it("activates a sheet and selects a cell", async () => {
    const excel = department();
    excel.addSheet("Второй");
    await adapter(excel).activate("Второй", "C7");
    expect(excel.model.active?.name).toBe("Второй");
    expect(excel.model.selection?.rect).toEqual(parseRect("C7"));
    await expect(adapter(excel).activate("Нет")).rejects.toThrow(UserError);
  });

  it("keeps settings in the meta sheet, as text even when JSON could look like a number", async () => {
    const excel = department();
    const book = adapter(excel);
    expect(await book.loadSettings()).toBeNull();
    await book.saveSettings(-12.5);
    expect(await book.loadSettings()).toBe(-12.5);
    await book.saveSettings({ region: "Примерная", thresholds: [0.1, 0.2] });
    expect(await book.loadSettings()).toEqual({ region: "Примерная", thresholds: [0.1, 0.2] });
    expect(await book.listSheets()).toEqual([{ name: "Данные, 2024", visible: true }]);
  });
});

describe("reading helpers", () => {
  it.each([
    ["dd.mm.yyyy", true],
    ["[$-419]d mmmm yyyy;@", true],
    ["m/d/yy h:mm", true],
    ["h:mm:ss", false],
    ["0.0%", false],
    ["General", false],
    ['"мес."0', false],
  ])("isDateFormat(%s) = %s", (format, expected) => expect(isDateFormat(format)).toBe(expected));

  it("turns Office values into grid values", () => {
    expect(plainOfficeValue("", "General")).toBeNull();
    expect(plainOfficeValue(45432, "dd.mm.yyyy")).toBe("20.05.2024");
    expect(plainOfficeValue(0.5, "0%")).toBe(0.5);
    expect(plainOfficeValue("#DIV/0!", "General")).toBe("#DIV/0!");
  });

  it("splits merged-area addresses, sheet names with commas included", () => {
    expect(areaAddresses("'Данные, 2024'!A2:B3, 'Данные, 2024'!$D$1")).toEqual(["A2:B3", "D1"]);
  });
});

describe("the fake is strict where Excel is", () => {
  it("throws on reading a property that was not loaded, or loaded but not synced", async () => {
    const excel = department();
    await excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Данные, 2024").getRange("A2:B2");
      // The reads below break the Office.js rules on purpose: the fake must fail them as Excel does.
      // eslint-disable-next-line office-addins/load-object-before-read, office-addins/call-sync-before-read
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      range.load("values");
      // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/call-sync-after-load
      expect(() => range.values).toThrow(/PropertyNotLoaded/);
      await context.sync();
      expect(range.values).toEqual([["Школа", "Балл"]]);
      // eslint-disable-next-line office-addins/load-object-before-read
      expect(() => range.numberFormat).toThrow(/PropertyNotLoaded/);
    });
  });

  it("applies nothing before sync, and stops a batch at the first failing action", async () => {
    const excel = department();
    await expect(excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.add("Новый");
      expect(excel.model.sheet("Новый")).toBeUndefined();
      sheets.add("новый"); // names are case-insensitive: this fails
      sheets.add("Третий");
      await context.sync();
    })).rejects.toThrow(/ItemAlreadyExists/);
    expect(excel.model.sheets.map((s) => s.name)).toEqual(["Данные, 2024", "Новый"]);
  });

  it("fails a sync that loads a sheet that is not there, unless asked for a null object", async () => {
    const excel = department();
    await expect(excel.run(async (context) => {
      context.workbook.worksheets.getItem("Нет").load("name");
      await context.sync();
    })).rejects.toThrow(/ItemNotFound/);
    await excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItemOrNullObject("Нет");
      sheet.load("name");
      await context.sync();
      expect(sheet.isNullObject).toBe(true);
    });
  });

  it("rejects an array that does not match its range", async () => {
    await expect(department().run(async (context) => {
      context.workbook.worksheets.getItem("Данные, 2024").getRange("A1:B2").values = [[1, 2]];
      await context.sync();
    })).rejects.toThrow(/doesn't match the size/);
  });
});
