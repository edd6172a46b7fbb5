/**
 * The start diagnostics (seed 001, table 1) over the data sheet written by src/reports/dataSheet.ts,
 * from a hand-made dataset (registersFixtures.ts: 4 schools × 2022–2024 and year-less attributes).
 */
import { dataSheetPlan } from "../../src/reports/dataSheet";
import { buildDiagnosticsSheet } from "../../src/reports/diagnostics";
import { isFormula, type SheetPlan } from "../../src/reports/sheetPlan";
import { col, describePlan, value } from "./planTools";
import { diagnosticsDataset, expectSameAsCached, PROGRAM } from "./registersFixtures";

const STATS = ["mean", "max", "min", "zeros", "count"];

function build(year?: number, name = "Данные") {
  const dataset = diagnosticsDataset();
  const data = dataSheetPlan(dataset, { name, locale: "ru" });
  const plan = buildDiagnosticsSheet({ dataset, dataSheet: { name: data.name, meta: data.meta }, program: PROGRAM, ...(year ? { year } : {}) }, "ru");
  return { dataset, data, plan };
}

/** Indicator rows as [key, no, title, mean, max, min, zeros, count] (cached results). */
function table(plan: SheetPlan): unknown[][] {
  return plan.cells.slice(plan.meta.firstRow - 1, plan.meta.lastRow)
    .filter((r) => r[col(plan, "key")] !== null)
    .map((r) => [r[col(plan, "key")], r[col(plan, "no")], ...STATS.map((k) => value(r[col(plan, k)]))]);
}

describe("start diagnostics", () => {
  const { data, plan } = build();

  it("takes the latest year and counts its rows and the year-less ones, as computed by hand", () => {
    expect(plan.meta.params).toMatchObject({ year: 2024, dataSheet: "Данные" });
    const rows = table(plan);
    expect(rows.map((r) => r[0])).toEqual(["knowledge_quality", "ege_mean_russian", "share_ovz", "teacher_vacancies"]);
    expect(rows[0].slice(1)).toEqual([1, 0.25, 0.5, 0, 1, 3]);
    expect(rows[1].slice(1)).toEqual([2, 43.75, 70, 0, 1, 4]);
    expect(rows[2][2]).toBeCloseTo(0.075, 12);
    expect(rows[2].slice(3)).toEqual([0.1, 0.05, 0, 2]);
    // «н/д» in 2022 breaks MAX and MIN of the column in a spreadsheet: the cell says so instead.
    expect(rows[3].slice(1)).toEqual([4, 0.75, "в данных есть текст", "в данных есть текст", 2, 4]);
  });

  it("groups the indicators under section rows (results, social, staff) and leaves out flags, text and unmatched columns", () => {
    const sections = plan.cells.slice(plan.meta.firstRow - 1).filter((r) => r[1] === null && typeof r[0] === "string").map((r) => r[0]);
    expect(sections).toEqual(["Образовательные результаты", "Социальные условия", "Кадровые условия"]);
    const keys = table(plan).map((r) => r[0]);
    for (const left of ["has_psychologist", "cluster", "col:своё"]) expect(keys).not.toContain(left);
  });

  it("uses the seed's columns with the catalogue's titles and units", () => {
    const header = plan.cells[plan.meta.firstRow - 3];
    expect(header.slice(0, 8)).toEqual(["№ п/п", "Показатель", "Единица измерения", "Среднее значение", "Максимальное значение", "Минимальное значение", "Число школ с нулевым значением", "Число школ с данными"]);
    const first = plan.cells[plan.meta.firstRow];
    expect(first.slice(1, 3)).toEqual(["Доля обучающихся, закончивших учебный год на «4» и «5»", "процент"]);
    const pct = plan.styles.find((s) => s.range.startsWith(`D${plan.meta.firstRow + 1}`));
    expect(pct?.style.numberFormat).toBe("0.0%");
  });

  it("filters the data sheet's year column with SUMPRODUCT masks (no MAXIFS: it needs the _xlfn. prefix in files)", () => {
    const row = plan.cells[plan.meta.firstRow];
    const V = "'Данные'!$E$2:$E$15";
    const Y = "'Данные'!$D$2:$D$15";
    const mask = `((${Y}=2024)+(${Y}=""))*ISNUMBER(${V})`;
    expect((row[col(plan, "count")] as { formula: string }).formula).toBe(`SUMPRODUCT(${mask})`);
    expect((row[col(plan, "max")] as { formula: string }).formula).toBe(`IF(H7=0,"",IFERROR(SUMPRODUCT(MAX(${V}-10^300*(1-${mask}))),"в данных есть текст"))`);
    expect(plan.cells.flat().filter(isFormula).some((c) => /MAXIFS|MINIFS|AVERAGEIFS|AGGREGATE/.test(c.formula))).toBe(false);
  });

  it("computes in a spreadsheet engine what it cached, for another year and a renamed data sheet too", () => {
    for (const built of [build(), build(2022, "Данные (2)"), build(2023)]) {
      expect(expectSameAsCached([built.data, built.plan])).toBe(4 * 5);
    }
    // 2022: knowledge_quality 0.1, 0.2, 0.3, 0.9 (by hand: mean 0.375, max 0.9, min 0.1, no zeros).
    const rows2022 = table(build(2022).plan);
    expect(rows2022[0][2]).toBeCloseTo(0.375, 12);
    expect(rows2022[0].slice(3)).toEqual([0.9, 0.1, 0, 4]);
  });

  it("uses plain AVERAGE, MAX, MIN over the whole column when the data has no years", () => {
    const dataset = diagnosticsDataset();
    dataset.records = dataset.records.filter((r) => r.year === 2024).map((r) => ({ ...r, year: null }));
    const sheet = dataSheetPlan(dataset, { locale: "ru" });
    const d = buildDiagnosticsSheet({ dataset, dataSheet: { name: sheet.name, meta: sheet.meta }, program: PROGRAM }, "ru");
    expect(d.cells[0][0]).toBe("Количественная характеристика показателей стартовой диагностики школ");
    const row = d.cells[d.meta.firstRow];
    expect((row[col(d, "max")] as { formula: string }).formula).toBe("IF(H7=0,\"\",MAX('Данные'!$E$2:$E$5))");
    // MAX ignores the text «н/д» here, so vacancies get real extremes: 2, 0, 0, 1.
    expect(table(d)[2].slice(1)).toEqual([3, 0.75, 2, 0, 2, 4]);
    expect(expectSameAsCached([sheet, d])).toBeGreaterThan(0);
  });

  it("matches its golden snapshot", () => {
    expect(describePlan(plan)).toMatchSnapshot();
    expect(data.meta.columns.find((c) => c.key === "year")?.column).toBe(4);
  });
});
