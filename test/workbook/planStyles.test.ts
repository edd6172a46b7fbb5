/** The helpers both writers share: text safety, style layering, rectangles of equal style, sizes. */
import type { SheetPlan } from "../../src/reports/sheetPlan";
import {
  absoluteRange, footerSections, freeName, inlineList, needsTextFormat, planExtent, quoteSheet, rectangles, resolveStyles,
  utf8Length, wrappedLines, wrappedRowHeights,
} from "../../src/workbook/planStyles";

const plan = (over: Partial<SheetPlan>): SheetPlan => ({
  name: "Лист",
  cells: [],
  styles: [],
  merges: [],
  columnWidths: [],
  meta: { kind: "test", version: 1, keyColumn: 1, columns: [], firstRow: 1, lastRow: 0 },
  ...over,
});

describe("needsTextFormat", () => {
  it.each([
    ['=HYPERLINK("x")', true],
    ["-10%", true],
    ["+7", true],
    ["@x", true],
    ["001", true],
    ["'quoted", true],
    ["#N/A", true],
    ["TRUE", true],
    ["ложь", true],
    ["01.02.2024", true],
    ["1,5", true],
    ["  =A1", true],
    ["Школа № 5", true],
    ["МБОУ «Лицей»", false],
    ["достигнут", false],
    ["", false],
  ])("%s -> %s", (text, expected) => {
    expect(needsTextFormat(text)).toBe(expected);
  });
});

describe("resolveStyles", () => {
  it("layers later ranges over earlier ones property by property", () => {
    const grid = resolveStyles(plan({
      cells: [["a", "b"], ["c", "d"]],
      styles: [
        { range: "A1:B2", style: { border: "thin", fill: "FFFFFF" } },
        { range: "B1:B2", style: { bold: true, fill: "FF0000", italic: undefined } },
      ],
    }));
    expect(grid.styles[grid.ids[0]]).toEqual({ border: "thin", fill: "FFFFFF" });
    expect(grid.styles[grid.ids[1]]).toEqual({ border: "thin", fill: "FF0000", bold: true });
    expect(grid.ids[1]).toBe(grid.ids[3]);
  });

  it("covers styled ranges beyond the cells", () => {
    expect(planExtent(plan({ cells: [["a"]], styles: [{ range: "C5:D9", style: { bold: true } }] }))).toEqual({ rows: 9, columns: 4 });
  });
});

describe("rectangles", () => {
  it("joins equal runs of consecutive rows, so thousands of equal rows are one rectangle", () => {
    const keyAt = (r: number, c: number): string | undefined => (r === 1 ? "head" : c <= 2 ? "text" : c === 3 ? undefined : "num");
    const small = rectangles({ rows: 20, columns: 5 }, keyAt);
    const large = rectangles({ rows: 5000, columns: 5 }, keyAt);
    expect(small.map((x) => x.key)).toEqual(["head", "text", "num"]);
    expect(large).toHaveLength(small.length);
    expect(large[1].rect).toEqual({ r1: 2, c1: 1, r2: 5000, c2: 2 });
  });

  it("splits where rows differ", () => {
    const found = rectangles({ rows: 4, columns: 2 }, (r) => (r % 2 ? "odd" : "even"));
    expect(found.map((x) => [x.key, x.rect.r1, x.rect.r2])).toEqual([["odd", 1, 1], ["even", 2, 2], ["odd", 3, 3], ["even", 4, 4]]);
  });
});

describe("row heights for wrapped text", () => {
  it("counts wrapped lines by words", () => {
    expect(wrappedLines("короткий", 20)).toBe(1);
    expect(wrappedLines("МБОУ «Средняя общеобразовательная школа № 10»", 39)).toBe(2);
    expect(wrappedLines("строка\nещё строка", 40)).toBe(2);
  });

  it("sets heights only where wrapped text needs them and the plan gives none", () => {
    const p = plan({
      cells: [["МБОУ «Средняя общеобразовательная школа с углублённым изучением предметов № 10»", "x"], ["коротко", "y"], ["тоже очень длинный текст, который не помещается", ""]],
      styles: [{ range: "A1:A3", style: { wrap: true } }],
      columnWidths: [20],
      rowHeights: { 3: 40 },
    });
    expect([...wrappedRowHeights(p, resolveStyles(p))]).toEqual([[1, 75]]);
  });
});

describe("small helpers", () => {
  it("quotes sheet names and makes ranges absolute", () => {
    expect(quoteSheet("Цели 2024")).toBe("'Цели 2024'");
    expect(quoteSheet("It's")).toBe("'It''s'");
    expect(absoluteRange("A6:B32")).toBe("$A$6:$B$32");
    expect(absoluteRange("$C$5")).toBe("$C$5");
  });

  it("splits footers into sections", () => {
    expect(footerSections("Страница &P из &N")).toEqual({ center: "Страница &P из &N" });
    expect(footerSections("&LОтчёт&RСтр. &P")).toEqual({ left: "Отчёт", right: "Стр. &P" });
  });

  it("finds free names ignoring case", () => {
    expect(freeName("sq_data", ["SQ_DATA", "sq_data_2"])).toBe("sq_data_3");
    expect(freeName("new", ["old"])).toBe("new");
  });

  it("measures UTF-8 bytes", () => {
    expect(utf8Length("abc")).toBe(3);
    expect(utf8Length("Школа")).toBe(10);
    expect(utf8Length("😀")).toBe(4);
  });

  it("refuses inline lists Excel cannot hold", () => {
    expect(inlineList(["да", "нет"])).toBe("да,нет");
    expect(() => inlineList(["а, б"])).toThrow(/commas/);
    expect(() => inlineList(["x".repeat(300)])).toThrow(/255/);
  });
});
