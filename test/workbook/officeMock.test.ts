/**
 * The Office.js adapter against Microsoft's office-addin-mock. The mock does not model collections or
 * addresses (every getRange returns the same object), so these tests stay small: selecting a sheet, and
 * one block of cells written with its number formats before its values.
 */
import { OfficeMockObject } from "office-addin-mock";
import type { SheetPlan } from "../../src/reports/sheetPlan";
import { OfficeWorkbook } from "../../src/workbook/officeAdapter";
import { cellOps, packBatches, type Target } from "../../src/workbook/officeAdapterWrite";

interface MockRange {
  selected: boolean;
  numberFormat: unknown;
  values: unknown;
  formulas: unknown;
  format: { font: { name?: string; size?: number } };
}

/** Calls the mock cannot keep itself (its declared properties read as "not loaded" until loaded). */
interface Calls {
  addresses: string[];
  autofits: number;
}

function mockWorkbook(): { context: Excel.RequestContext; sheet: { activated: boolean; range: MockRange }; calls: Calls } {
  const calls: Calls = { addresses: [], autofits: 0 };
  const mock = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {
          sheet: {
            activated: false,
            range: {
              selected: false,
              format: { font: {}, autofitRows: () => { calls.autofits++; } },
              select() { this.selected = true; },
            },
            activate() { this.activated = true; },
            getRange(address: string) { calls.addresses.push(address); return this.range; },
          },
          getItem() { return this.sheet; },
        },
      },
    },
  });
  const context = (mock as unknown as { context: Excel.RequestContext }).context;
  const sheet = (mock as unknown as { context: { workbook: { worksheets: { sheet: { activated: boolean; range: MockRange } } } } }).context.workbook.worksheets.sheet;
  return { context, sheet, calls };
}

describe("the Office.js adapter on office-addin-mock", () => {
  it("activates a sheet and selects a cell in one sync", async () => {
    const { context, sheet, calls } = mockWorkbook();
    const sync = jest.spyOn(context, "sync");
    const book = new OfficeWorkbook((batch) => batch(context), () => true);
    await book.activate("Цели 2024", "B5");
    expect(sheet.activated).toBe(true);
    expect(sheet.range.selected).toBe(true);
    expect(calls.addresses).toEqual(["B5"]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  it("writes a block: text format first, values with formula cells left alone, formulas only where they go", async () => {
    const { context, sheet, calls } = mockWorkbook();
    const sync = jest.spyOn(context, "sync");
    const plan: SheetPlan = {
      name: "Лист",
      cells: [['=HYPERLINK("x")', 5, { formula: "A1*2" }]],
      styles: [],
      merges: [],
      columnWidths: [],
      meta: { kind: "test", version: 1, keyColumn: 1, columns: [], firstRow: 1, lastRow: 1 },
    };
    const target: Target = { sheet: context.workbook.worksheets.getItem("Лист") };
    const batches = packBatches(cellOps(plan, target).ops);
    expect(batches).toHaveLength(1);
    for (const item of batches[0]) item.run();
    await context.sync();
    expect(sync).toHaveBeenCalledTimes(1);
    // "@" on the text cell alone (one value for the range), then values over A:B only, formulas over C.
    expect(calls.addresses.slice(0, 3)).toEqual(["A1:A1", "A1:B1", "C1:C1"]);
    expect(sheet.range.numberFormat).toEqual([["@"]]);
    expect(sheet.range.values).toEqual([['=HYPERLINK("x")', 5]]);
    expect(sheet.range.formulas).toEqual([["=A1*2"]]);
    expect(sheet.range.format.font).toMatchObject({ name: "Calibri", size: 11 });
    expect(calls.autofits).toBe(1);
  });
});
