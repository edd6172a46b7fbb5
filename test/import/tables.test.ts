import { CATALOGUE } from "../../src/core/catalogue";
import { SheetView, type Cell, type GridLike } from "../../src/import/grid";
import { HeaderMatcher } from "../../src/import/headers";
import { detectPassport } from "../../src/import/passport";
import { detectTables, totalsKind } from "../../src/import/tables";

const grid = (values: Cell[][], merges: string[] = [], origin = { row: 1, column: 1 }): GridLike => {
  const width = Math.max(...values.map((r) => r.length));
  return { sheet: "Лист1", origin, values: values.map((r) => [...r, ...new Array<Cell>(width - r.length).fill(null)]), merges };
};
const _ = null;
const matcher = new HeaderMatcher(CATALOGUE);

describe("detectTables", () => {
  // A department form: «Приложение» block, title, 3-row merged header, numbering row, totals, footnote.
  const form = grid([
    [_, _, _, _, _, "Приложение № 2"],
    [_, _, _, _, _, "к приказу от 01.09.2023 № 5"],
    ["Результаты ЕГЭ школ Ярцевского района за 2023 год"],
    [],
    ["№ п/п", "Наименование ОО", "ЕГЭ", _, _, "Кол-во обучающихся"],
    [_, _, "Русский язык", _, "Математика", _],
    [_, _, "Средний балл", "Доля ниже порога, %", "Средний балл", _],
    [1, 2, 3, 4, 5, 6],
    [1, "МБОУ СОШ № 1", "71,2", "0", "58,4", "1 034"],
    [],
    [2, "МБОУ «СШ № 2»", "64,3", "5,3", "н/д", 812],
    [_, "Итого по району", _, _, _, 1846],
    [_, "Среднее по району", "67,8", _, _, _],
    [],
    ["* Пример: данные вымышлены"],
  ], ["A3:F3", "A5:A7", "B5:B7", "C5:E5", "C6:D6", "E6:E6", "F5:F7"]);

  it("finds the header band, the data rows, totals and footnotes", () => {
    const [t] = detectTables(new SheetView(form));
    expect(t.headerRows).toEqual([4, 5, 6]);
    expect(t.numberingRow).toBe(7);
    expect(t.dataRows).toEqual([8, 10]);
    expect(t.totals.map((x) => [x.r, x.kind])).toEqual([[11, "sum"], [12, "average"]]);
    expect(t.footnotes).toEqual([14]);
    expect(t.titleRows).toEqual([0, 1, 2]);
    expect(t.schoolColumn).toBe(1);
  });

  it("flattens merged headers as «Родитель / Потомок»", () => {
    const [t] = detectTables(new SheetView(form));
    expect(t.columns.map((c) => c.header)).toEqual([
      "№ п/п", "Наименование ОО", "ЕГЭ / Русский язык / Средний балл", "ЕГЭ / Русский язык / Доля ниже порога, %", "ЕГЭ / Математика / Средний балл", "Кол-во обучающихся",
    ]);
  });

  it("carries unmerged parent headers to the right (CSV exports) and drops empty spacer columns", () => {
    const [t] = detectTables(new SheetView(grid([
      ["Школа", _, "ЕГЭ", _, "ОГЭ", _],
      [_, _, "рус", "мат", "рус", "мат"],
      ["СОШ № 1", _, "70", "60", "4,1", "3,9"],
      ["СОШ № 2", _, "65", "55", "3,8", "3,5"],
    ])));
    expect(t.columns.map((c) => c.header)).toEqual(["Школа", "ЕГЭ / рус", "ЕГЭ / мат", "ОГЭ / рус", "ОГЭ / мат"]);
  });

  it("keeps a group header that only spans the value columns («ЕГЭ» over them), under a title", () => {
    const [t] = detectTables(new SheetView(grid([
      ["Результаты ЕГЭ за 2023 год"],
      [_, _, "Результаты ЕГЭ", _],
      ["№", "ОО", "рус. яз.", "матем."],
      [1, "СОШ № 1", "70", "60"],
      [2, "СОШ № 2", "65", "55"],
    ], ["A1:D1", "C2:D2"])));
    expect(t.titleRows).toEqual([0]);
    expect(t.columns.map((c) => c.header)).toEqual(["№", "ОО", "Результаты ЕГЭ / рус. яз.", "Результаты ЕГЭ / матем."]);
  });

  it("skips section rows inside the block and under the header", () => {
    const [t] = detectTables(new SheetView(grid([
      ["ОО", "Средний балл"],
      ["Городские школы"],
      ["СОШ № 1", "4,1"],
      ["Сельские школы"],
      ["Березовская ООШ", "3,7"],
    ])));
    expect(t.headerRows).toEqual([0]);
    expect(t.dataRows).toEqual([2, 4]);
  });

  it("finds two tables on one sheet", () => {
    const tables = detectTables(new SheetView(grid([
      ["2022 год"],
      ["ОО", "Балл"],
      ["СОШ № 1", "70"],
      ["СОШ № 2", "65"],
      [],
      ["Примечание: данные за 2022 год"],
      [],
      ["ОО", "Балл"],
      ["СОШ № 1", "72"],
      ["СОШ № 2", "66"],
    ])));
    expect(tables.map((t) => t.dataRows)).toEqual([[2, 3], [8, 9]]);
    expect(tables[1].headerRows).toEqual([7]);
  });

  it("finds a table by its «Наименование ОО» header when names do not say «школа»", () => {
    const [t] = detectTables(new SheetView(grid([
      ["Наименование ОО", "Код", "Балл"],
      ["Березовка", "101", "70"],
      ["Ивановка", "102", "65"],
    ])));
    expect(t.schoolColumn).toBe(0);
    expect(t.dataRows).toEqual([1, 2]);
  });

  it("keeps a row of values without a school name, so that it is reported", () => {
    const [t] = detectTables(new SheetView(grid([["ОО", "Балл", "Кол-во"], ["СОШ № 1", "70", 5], [_, "65", 4], ["СОШ № 3", "60", 3]])));
    expect(t.dataRows).toEqual([1, 2, 3]);
  });

  it("addresses cells on the sheet for a grid that does not start at A1 (a selection)", () => {
    const sheet = new SheetView(grid([["ОО", "Балл"], ["СОШ № 1", "70"], ["СОШ № 2", "60"]], ["C5:C5"], { row: 5, column: 3 }));
    const [t] = detectTables(sheet);
    expect(sheet.address(t.dataRows[0], t.schoolColumn)).toBe("C6");
  });

  it("keeps a municipality's group row out of the schools", () => {
    const [t] = detectTables(new SheetView(grid([["ОО", "Кол-во обучающихся"], ["Ярцевский район", 1846], ["СОШ № 1", 1034], ["СОШ № 2", 812], ["г. Ярцево", 900], ["СОШ № 5", 900]])));
    expect(t.dataRows).toEqual([2, 3, 5]);
    expect(t.totals.map((x) => [x.r, x.label, x.kind])).toEqual([[1, "Ярцевский район", "other"], [4, "г. Ярцево", "other"]]);
  });

  it("finds nothing on a sheet without schools", () => {
    expect(detectTables(new SheetView(grid([["Пояснительная записка"], ["Таблицы будут позднее"]])))).toEqual([]);
  });

  it.each([
    ["Итого", "sum"],
    ["ИТОГО по району:", "sum"],
    ["Всего", "sum"],
    ["Среднее по МО", "average"],
    ["Среднее по региону", "average"],
    ["Итого (среднее)", "average"],
    ["По району", "other"],
    ["СОШ № 1", null],
    ["Итоговая аттестация", null],
  ])("totalsKind(%p) = %p", (text, kind) => {
    expect(totalsKind(text)).toBe(kind);
  });
});

describe("detectPassport", () => {
  it("recognises label–value lines with a numbering and a unit column", () => {
    const p = detectPassport(new SheetView(grid([
      ["Социальный паспорт"],
      ["1.", "Наименование ОО", "МБОУ СОШ № 2"],
      ["2.", "Количество обучающихся", 412, "чел."],
      ["3.", "Доля обучающихся из малообеспеченных семей", "18,5", "%"],
      [_, "Семьи"],
      ["4.", "Доля обучающихся из неполных семей", "0,21"],
    ])), matcher);
    expect(p?.pairs.map((x) => [x.r, x.label, x.values.map((v) => v.c)])).toEqual([
      [1, "Наименование ОО", [2]], [2, "Количество обучающихся", [2]], [3, "Доля обучающихся из малообеспеченных семей", [2]], [5, "Доля обучающихся из неполных семей", [2]],
    ]);
    expect(p?.textRows).toEqual([0, 4]);
  });

  it("reads a passport with a column per year", () => {
    const p = detectPassport(new SheetView(grid([
      ["Наименование ОО", "Березовская ООШ"],
      ["Показатель", 2021, 2022],
      ["Количество обучающихся", 152, 148],
      ["Доля обучающихся с ОВЗ, %", "2", "2,7"],
      ["Доля обучающихся из неполных семей, %", "20", "22"],
    ])), matcher);
    expect(p?.yearRow).toBe(1);
    expect(p?.pairs[1].values).toEqual([{ c: 1, year: 2021 }, { c: 2, year: 2022 }]);
  });

  it("does not take a narrow school table for a passport", () => {
    expect(detectPassport(new SheetView(grid([["ОО", "Балл"], ["СОШ № 1", "70"], ["СОШ № 2", "65"], ["СОШ № 3", "60"]])), matcher)).toBeNull();
  });

  it("does not take a wide table for a passport", () => {
    expect(detectPassport(new SheetView(grid([
      ["ОО", "Кол-во обучающихся", "Качество знаний", "Успеваемость"],
      ["СОШ № 1", 100, "50", "99"], ["СОШ № 2", 200, "60", "98"], ["СОШ № 3", 300, "70", "97"],
    ])), matcher)).toBeNull();
  });
});
