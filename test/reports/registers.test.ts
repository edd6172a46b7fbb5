/**
 * The classification register and the municipal summary, built from a hand-made ClassificationResult
 * (registersFixtures.ts: 8 schools in 3 municipalities and one without).
 */
import { classify } from "../../src/core/classification/engine";
import { defaultSettings } from "../../src/core/settings";
import { buildRegisterSheet, reasonsText } from "../../src/reports/register";
import { registerModel, registerParamsOf } from "../../src/reports/registerModel";
import { parseAddress, parseRange, type PlanCell, type SheetPlan } from "../../src/reports/sheetPlan";
import { buildSummarySheet } from "../../src/reports/summary";
import { col, describePlan, value } from "./planTools";
import { expectSameAsCached, LABELS, PROGRAM, reason, registerResult, result, school } from "./registersFixtures";

const dataRows = (plan: SheetPlan): PlanCell[][] => plan.cells.slice(plan.meta.firstRow - 1, plan.meta.lastRow);
/** Style of a cell: the styled range that covers it. */
const styleAt = (plan: SheetPlan, at: string) => {
  const { row, column } = parseAddress(at);
  return plan.styles.find((s) => {
    const { start, end } = parseRange(s.range);
    return start.row <= row && row <= end.row && start.column <= column && column <= end.column;
  })?.style;
};

describe("classification register", () => {
  const { plan, refs } = buildRegisterSheet({ result: registerResult(), program: PROGRAM }, "ru");
  const rows = dataRows(plan);
  const at = (key: string) => rows.map((r) => r[col(plan, key)]);

  it("has one row per school, by municipality then school (numbers in names compared as numbers), no municipality last", () => {
    expect(at("school")).toEqual(["Школа № 2", "Школа № 3", "Школа № 10", "Гимназия № 1", "СОШ № 4", "СОШ № 5", "Лицей", "ООШ с. Дальнее"]);
    expect(at("municipality")).toEqual([
      "Альфинский район", "Альфинский район", "Альфинский район", "Бетинский район", "Бетинский район", "Бетинский район", "г. Гамма", "(МО не указано)",
    ]);
    expect(at("no")).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(at("key")).toEqual(["a2", "a3", "a10", "b1", "b2", "b3", "g1", "n1"]);
  });

  it("writes status labels, crisis / risk, flags and the hidden codes the summary counts", () => {
    expect(at("status")).toEqual(["ШНОР и ШНСУ", "—", "ШНОР", "ШНСУ", "ШНОР", "—", "ШНСУ", "—"]);
    expect(at("level")).toEqual(["кризис", "—", "кризис", "риск", "риск", "риск", "риск", "—"]);
    expect(at("biased")).toEqual([null, null, null, "да", null, null, null, null]);
    expect(at("resilient")).toEqual([null, null, null, null, null, null, "да", null]);
    expect(at("statusCode")).toEqual(["both", "none", "low_results", "adverse_social", "low_results", "none", "adverse_social", "none"]);
    expect(at("levelCode")).toEqual(["crisis", "none", "crisis", "risk", "risk", "risk", "risk", "none"]);
    expect(plan.hiddenColumns).toEqual(["R", "S", "T"]);
    expect(refs).toEqual({ municipality: "$B$7:$B$14", status: "$K$7:$K$14", statusCode: "$S$7:$S$14", levelCode: "$T$7:$T$14", firstRow: 7, lastRow: 14 });
  });

  it("shows the indicators the rules read, the department's marks aside, shares as percent", () => {
    const keys = plan.meta.columns.map((c) => c.key).filter((k) => k.startsWith("ind:"));
    expect(keys).toEqual(["ind:ege_below_min_russian", "ind:ege_below_min_math_profile", "ind:knowledge_quality", "ind:ege_mean_russian", "ind:share_low_income", "ind:cluster"]);
    expect(at("ind:ege_below_min_russian")).toEqual([0.5, 0.02, 0.35, 0.1, 0.31, 0.05, 0, 0.08]);
    expect(at("ind:cluster")[0]).toBe("сельская");
    expect(at("socialIndex")).toEqual([-1.2, 0.9, 1.4, -0.9, 0.1, 0.2, -1, 0.3]);
    expect(styleAt(plan, "D14")?.numberFormat).toBe("0.0%");
    expect(styleAt(plan, "G7")?.numberFormat).toBe("0.0");
    expect(plan.cells[3][3]).toBe("Показатели 2024 г.");
    expect(plan.cells[4].slice(3, 6)).toEqual(["ЕГЭ рус.: доля ниже мин.", "ЕГЭ матем. проф.: доля ниже мин.", "Качество знаний"]);
  });

  it("lists the reasons one per line, met criteria first, marked + − ?", () => {
    expect(at("reasons")[2]).toBe("+ Правило 30%: 2 из 2\n+ Кризисная ситуация: 3 года подряд\n− ИСБШ 1,4 — выше нижних 25%\n? Нет данных о необъективности");
    expect(at("reasons")[4]).toBeNull(); // a school without reasons gets a blank cell
    const a10 = registerResult().schools.find((s) => s.key === "a10")?.reasons ?? [];
    expect(reasonsText(a10, "met", "ru")).toBe("+ Правило 30%: 2 из 2\n+ Кризисная ситуация: 3 года подряд");
    // Nothing met: the level's verdict explains why the school is not listed.
    expect(reasonsText([reason("lowResults", false, "0 из 2"), reason("level", false, "Ни один критерий не выполнен")], "met", "ru")).toBe("− Ни один критерий не выполнен");
  });

  it("keys «Решение» and «Примечание» as input columns, blank and unlocked, with a non-strict decision list", () => {
    expect(plan.meta.columns.filter((c) => c.input).map((c) => c.key)).toEqual(["decision", "note"]);
    expect(at("note").every((v) => v === null)).toBe(true);
    expect(styleAt(plan, "Q9")).toMatchObject({ input: true, fill: "FFF2CC" });
    expect(styleAt(plan, "P14")).toMatchObject({ input: true, fill: "FFF2CC" });
    expect(styleAt(plan, "O9")?.input).toBeUndefined();
    expect(plan.validations).toEqual([{ range: "P7:P14", values: ["включить в программу", "не включать", "на рассмотрении"], error: expect.any(String), strict: false }]);
    expect(plan.meta.keyColumn).toBe(col(plan, "key") + 1);
  });

  it("filters from the column-number row and colours status and level by their codes", () => {
    expect(plan.autoFilter).toBe("A6:Q14");
    expect(plan.conditionalFormats?.map((f) => `${f.range} ${f.formula}`)).toEqual([
      'K7:K14 $S7="low_results"', 'K7:K14 $S7="adverse_social"', 'K7:K14 $S7="both"', 'K7:K14 $S7="none"',
      'L7:L14 $T7="crisis"', 'L7:L14 $T7="risk"',
    ]);
    expect(new Set(plan.conditionalFormats?.slice(0, 4).map((f) => f.style.fill)).size).toBe(4);
  });

  it("records its build in meta.params, and a rebuild's row model has the same columns", () => {
    expect(plan.meta.kind).toBe("register");
    const params = registerParamsOf(plan.meta.params);
    expect(registerModel(params).columns.map((c) => c.key)).toEqual(plan.meta.columns.map((c) => c.key));
  });

  it("adds weak blocks when the block model was applied, and writes data text as literal values", () => {
    const r = result(2024, [school("x", "=HYPERLINK(\"http://x\")", "-МО", "low_results", "risk", { knowledge_quality: 0.4 }, { weakBlocks: ["academic", "staffing"] })]);
    r.rules = [{ id: "blocks", title: "Блоки", applied: true, missing: [] }];
    const built = buildRegisterSheet({ result: r, program: PROGRAM }, "ru").plan;
    const row = built.cells[built.meta.firstRow - 1];
    expect(row[col(built, "blocks")]).toBe("образовательные результаты, кадры");
    expect(row[col(built, "school")]).toBe("=HYPERLINK(\"http://x\")");
    expect(built.meta.columns.map((c) => c.key)).not.toContain("socialIndex"); // no school has an index: no column
    expect(plan.meta.columns.map((c) => c.key)).toContain("socialIndex"); // where schools have one, it is there
  });

  it("matches its golden snapshot", () => {
    expect({ ...describePlan(plan), autoFilter: plan.autoFilter }).toMatchSnapshot();
  });
});

describe("summary by municipality", () => {
  const register = buildRegisterSheet({ result: registerResult(), program: PROGRAM }, "ru").plan;
  const renamed = { ...register, name: "Классификация (2)" };
  const summary = buildSummarySheet({ result: registerResult(), register: { name: renamed.name, meta: register.meta }, statusLabels: LABELS, program: PROGRAM }, "ru");
  const rows = dataRows(summary);
  const keys = ["municipality", "schools", "inProgram", "low", "adverse", "both", "crisis"];

  it("counts schools per municipality as counted by hand, with a total row", () => {
    expect(rows.map((r) => keys.map((k) => value(r[col(summary, k)])))).toEqual([
      ["Альфинский район", 3, 2, 1, 0, 1, 2],
      ["Бетинский район", 3, 2, 1, 1, 0, 0],
      ["г. Гамма", 1, 1, 0, 1, 0, 0],
      ["(МО не указано)", 1, 0, 0, 0, 0, 0],
      ["Итого", 8, 5, 2, 2, 1, 2],
    ]);
  });

  it("counts with COUNTIFS over the register's actual sheet name and absolute ranges; the total sums the column", () => {
    const alpha = rows[0];
    expect((alpha[col(summary, "low")] as { formula: string }).formula)
      .toBe(`COUNTIFS('Классификация (2)'!$B$7:$B$14,"="&A6,'Классификация (2)'!$S$7:$S$14,"low_results")`);
    expect((alpha[col(summary, "crisis")] as { formula: string }).formula).toBe(`COUNTIFS('Классификация (2)'!$B$7:$B$14,"="&A6,'Классификация (2)'!$T$7:$T$14,"crisis")`);
    expect((alpha[col(summary, "inProgram")] as { formula: string }).formula).toBe("SUM(D6:F6)");
    expect((rows[4][col(summary, "low")] as { formula: string }).formula).toBe("SUM(D6:D9)");
  });

  it("computes in a spreadsheet engine what it cached (the register named «Классификация (2)»)", () => {
    expect(expectSameAsCached([renamed, summary])).toBe(4 * 6 + 6);
  });

  it("names the statuses as the settings do, in the seed's column order", () => {
    const labels = { low_results: "НРО", adverse_social: "ФНСУ", both: "НРО и ФНСУ", none: "—" };
    const s = buildSummarySheet({ result: registerResult(), register: { name: register.name, meta: register.meta }, statusLabels: labels, program: PROGRAM }, "ru");
    const header = s.cells[s.meta.firstRow - 3];
    expect(header.slice(0, 7)).toEqual([
      "Муниципальное образование", "Количество школ (всего оценено)", "Количество школ, включённых в программу",
      "Количество школ, имеющих низкие результаты обучения (НРО)", "Количество школ, функционирующих в неблагоприятных социальных условиях (ФНСУ)",
      "Количество школ, НРО и ФНСУ", "Из них в кризисной ситуации",
    ]);
    expect(s.cells[s.meta.firstRow - 2].slice(0, 7)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(s.charts?.[0].series.map((x) => x.name)).toEqual(["НРО", "ФНСУ", "НРО и ФНСУ"]);
  });

  it("matches municipality names with * and ? exactly", () => {
    const r = result(2024, [
      school("1", "Школа 1", "Район *", "low_results", "risk", {}), school("2", "Школа 2", "Район 1", "low_results", "risk", {}),
      school("3", "Школа 3", "Район 2", "none", "none", {}),
    ]);
    const reg = buildRegisterSheet({ result: r, program: PROGRAM }, "ru").plan;
    const s = buildSummarySheet({ result: r, register: { name: reg.name, meta: reg.meta }, statusLabels: LABELS, program: PROGRAM }, "ru");
    const star = dataRows(s)[0];
    expect(star[0]).toBe("Район *");
    expect((star[col(s, "schools")] as { formula: string }).formula).toContain(`SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(A6,"~","~~"),"*","~*"),"?","~?")`);
    expect(expectSameAsCached([reg, s])).toBeGreaterThan(0);
    expect(value(star[col(s, "schools")])).toBe(1);
  });

  it("charts the three statuses per municipality as stacked columns below the table", () => {
    expect(summary.charts).toEqual([{
      type: "columnStacked", title: "Школы, включённые в программу, по статусам", categories: "A6:A9",
      series: [{ name: "ШНОР", values: "D6:D9" }, { name: "ШНСУ", values: "E6:E9" }, { name: "ШНОР и ШНСУ", values: "F6:F9" }],
      // 4 municipalities at most 2 schools each: whole steps of one school.
      anchor: { from: "A12", to: "H26" }, yTitle: "Количество школ", yMajorUnit: 1, yFormat: "0",
    }]);
  });

  it("has only a zero total row when there are no schools", () => {
    const empty = result(2024, []);
    const reg = buildRegisterSheet({ result: empty, program: PROGRAM }, "ru").plan;
    const s = buildSummarySheet({ result: empty, register: { name: reg.name, meta: reg.meta }, statusLabels: LABELS, program: PROGRAM }, "ru");
    expect(dataRows(s).map((r) => r.slice(0, 7))).toEqual([["Итого", 0, 0, 0, 0, 0, 0]]);
    expect(s.charts).toBeUndefined();
  });

  it("matches its golden snapshot", () => {
    expect({ ...describePlan(summary), charts: summary.charts }).toMatchSnapshot();
  });
});

describe("from the classification engine", () => {
  // 6 schools × 2022–2024: the first two fail the 30% rule in two procedures, the third in one two years running.
  const records = [["Школа № 1", "Альфинский район"], ["Школа № 2", "Альфинский район"], ["Школа № 3", "Бетинский район"],
    ["Школа № 4", "Бетинский район"], ["Школа № 5", "г. Гамма"], ["Школа № 6", "г. Гамма"]].flatMap(([name, mun], i) =>
    [2022, 2023, 2024].map((year) => ({
      school: name, key: `k${i}`, municipality: mun, year, sources: [],
      values: {
        ege_below_min_russian: i < 2 ? 0.35 : 0.05, ege_below_min_math_profile: i < 3 ? 0.4 : 0.1, ege_mean_russian: 50 + i * 3 + (year - 2022),
        knowledge_quality: 0.3 + i * 0.05, share_low_income: 0.1 + i * 0.05, share_single_parent: 0.2 + (i % 3) * 0.1,
        share_on_register: 0.01 * i, share_parents_higher_ed: 0.3 - i * 0.03,
      },
    })));
  const settings = defaultSettings(2024);
  const classified = classify({ records, columns: [] }, settings);

  it("lists every classified school with its reasons, and the summary counts them", () => {
    const { plan } = buildRegisterSheet({ result: classified, program: settings.program }, "ru");
    expect(plan.meta.lastRow - plan.meta.firstRow + 1).toBe(6);
    const statuses = dataRows(plan).map((r) => r[col(plan, "statusCode")]);
    expect(statuses.slice(0, 2)).toEqual(["low_results", "low_results"]);
    expect(dataRows(plan).every((r) => typeof r[col(plan, "reasons")] === "string" && /^[+−?] /.test(r[col(plan, "reasons")] as string))).toBe(true);
    const summary = buildSummarySheet({ result: classified, register: { name: plan.name, meta: plan.meta }, statusLabels: settings.statusLabels, program: settings.program }, "ru");
    const total = dataRows(summary).at(-1) as PlanCell[];
    expect(value(total[col(summary, "schools")])).toBe(6);
    expect(value(total[col(summary, "inProgram")])).toBe(6 - classified.counts.none);
    expect(expectSameAsCached([plan, summary])).toBeGreaterThan(0);
  });
});
