import type { Dataset } from "../../src/core/records";
import type { ImportResult } from "../../src/import/model";
import { dataSheetPlan, readDataSheet } from "../../src/reports/dataSheet";
import { importReportPlan } from "../../src/reports/importReport";
import { isFormula, type CellValue } from "../../src/reports/sheetPlan";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";

const dataset: Dataset = {
  columns: [
    { key: "knowledge_quality", title: "Качество знаний", indicatorId: "knowledge_quality" },
    { key: "pupils_total", title: "Обучающихся", indicatorId: "pupils_total" },
    { key: "col:кружки", title: "Качество знаний", indicatorId: null },
  ],
  records: [
    { school: "=СОШ № 1", key: "ярцевский район/сош|1|", municipality: "Ярцевский район", year: 2023, values: { knowledge_quality: 0.64, pupils_total: 812, "col:кружки": "много" }, sources: [] },
    { school: "-Гимназия", key: "ярцевский район/гимназия||", municipality: null, year: null, values: { pupils_total: 300 }, sources: [] },
  ],
};

describe("dataSheetPlan", () => {
  const plan = dataSheetPlan(dataset);

  it("is an Excel table with Russian titles, made unique, and a hidden key column", () => {
    expect(plan.name).toBe("Данные");
    expect(plan.cells[0]).toEqual(["Ключ школы", "Школа", "Муниципалитет", "Год", "Качество знаний", "Обучающихся", "Качество знаний (2)"]);
    expect(plan.tables).toEqual([{ name: "SchoolData", range: "A1:G3", style: "TableStyleLight9" }]);
    expect(plan.hiddenColumns).toEqual(["A"]);
    expect(plan.freeze).toEqual({ rows: 1, columns: 2 });
  });

  it("keeps stable column keys in the meta", () => {
    expect(plan.meta).toMatchObject({ kind: "data", version: 1, keyColumn: 1, firstRow: 2, lastRow: 3 });
    expect(plan.meta.columns).toEqual([
      { key: "school", column: 2 }, { key: "municipality", column: 3 }, { key: "year", column: 4 },
      { key: "knowledge_quality", column: 5 }, { key: "pupils_total", column: 6 }, { key: "col:кружки", column: 7 },
    ]);
  });

  it("writes data as literal values, never formulas, and formats shares as percent", () => {
    expect(plan.cells[1]).toEqual(["ярцевский район/сош|1|", "=СОШ № 1", "Ярцевский район", 2023, 0.64, 812, "много"]);
    expect(plan.cells.flat().some((c) => isFormula(c))).toBe(false);
    expect(plan.styles).toContainEqual(expect.objectContaining({ range: "E2:E3", style: expect.objectContaining({ numberFormat: "0.0%" }) }));
    expect(plan.styles).toContainEqual(expect.objectContaining({ range: "F2:F3", style: expect.objectContaining({ numberFormat: "0" }) }));
  });

  it("reads back what it wrote, through a real workbook", async () => {
    const book = ExcelJsWorkbook.create("t.xlsx");
    await book.writeSheet(plan);
    const again = await ExcelJsWorkbook.fromBuffer(await book.toBuffer(), "t.xlsx");
    const info = (await again.listSheets())[0];
    const back = readDataSheet((await again.readGrid(info.name)).values as CellValue[][], info.meta!);
    expect(back.records.map((r) => [r.school, r.key, r.municipality, r.year, r.values])).toEqual(dataset.records.map((r) => [r.school, r.key, r.municipality, r.year, r.values]));
    expect(back.columns.map((c) => c.key)).toEqual(dataset.columns.map((c) => c.key));
  });

  it("has one blank row when there is no school, since an Excel table needs one", () => {
    const empty = dataSheetPlan({ records: [], columns: [] });
    expect(empty.cells).toEqual([["Ключ школы", "Школа", "Муниципалитет", "Год"], [null, null, null, null]]);
    expect(empty.meta.lastRow).toBeLessThan(empty.meta.firstRow);
  });
});

describe("importReportPlan", () => {
  const result: ImportResult = {
    dataset,
    mapping: { name: "m", rules: [] },
    tables: [{
      file: "a.xlsx", sheet: "2023", kind: "table", range: "A5:G20", header: "A5:G7", year: 2023, municipality: "Ярцевский район", rows: 2, totals: 1,
      columns: [{ column: "E", header: "Качество знаний, %", normalised: "качество знаний", key: "knowledge_quality", indicatorId: "knowledge_quality", year: null, confidence: 1, by: "synonym", candidate: { indicatorId: "academic_success", confidence: 0.56 }, ambiguous: false }],
    }],
    issues: [
      { severity: "warning", kind: "rejected", file: "a.xlsx", sheet: "2023", cell: "E9", message: "«a.xlsx», лист «2023», E9: «120%» …" },
      { severity: "info", kind: "totals", file: "a.xlsx", sheet: "2023", cell: "A20", message: "«a.xlsx», лист «2023», A20: итоговая строка" },
    ],
  };
  const plan = importReportPlan(result);
  const rowOf = (first: CellValue) => plan.cells.find((r) => r[0] === first);

  it("summarises, lists the sheets read, the column matches and every issue with its cell", () => {
    expect(plan.name).toBe("Отчёт об импорте");
    expect(plan.cells[1][0]).toBe("Файлов: 1, прочитано таблиц и паспортов: 1, школ: 2, строк данных (школа × год): 2, показателей: 3. Ошибок: 0, предупреждений: 1, сведений: 1");
    expect(plan.cells).toContainEqual(["a.xlsx", "2023", "таблица", "A5:G20", "A5:G7", 2023, "Ярцевский район", 2, 1]);
    expect(plan.cells).toContainEqual(["a.xlsx", "2023", "E", "Качество знаний, %", "knowledge_quality", "Доля обучающихся, закончивших учебный год на «4» и «5»", null, 1, "по синонимам каталога", "Успеваемость (доля обучающихся без неудовлетворительных отметок) (56%)"]);
    expect(rowOf("предупреждение")).toEqual(["предупреждение", "значение отклонено", "a.xlsx", "2023", "E9", "«a.xlsx», лист «2023», E9: «120%» …"]);
    expect(plan.tables?.map((t) => t.name)).toEqual(["ImportSheets", "ImportColumns", "ImportIssues"]);
    expect(plan.meta).toMatchObject({ kind: "import-report", lastRow: plan.cells.length });
  });

  it("is written by the ExcelJS adapter", async () => {
    const book = ExcelJsWorkbook.create("t.xlsx");
    const written = await book.writeSheet(plan);
    expect(written.rows).toBe(plan.cells.length);
  });
});
