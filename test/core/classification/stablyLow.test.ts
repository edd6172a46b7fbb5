import type { ClassificationSettings } from "../../../src/core/classification/settings";
import { only, rec, reasons, ruleReport, run, school, summary } from "./helpers";

/** One school's mean ЕГЭ scores in one subject by year (null: no exam that year). */
function means(subject: string, byYear: Record<number, number | null>, tweak?: (c: ClassificationSettings) => void) {
  const records = Object.entries(byYear).map(([year, value]) => rec("A", Number(year), { [`ege_mean_${subject}`]: value }));
  const result = run(records, only(["stablyLow"], tweak));
  return { result, school: school(result, "A") };
}

describe("stably low against the minimum (seed 000)", () => {
  // Minimums (certificate): русский 24, обществознание 39 in 2014, 42 in 2016–2026, none for 2015.
  it.each([
    ["the last two years below 24", "russian", { 2022: 30, 2023: 22, 2024: 23 }, 2, true],
    ["only the last year below", "russian", { 2022: 20, 2023: 30, 2024: 23 }, 2, false],
    ["three years asked, two below", "russian", { 2022: 30, 2023: 22, 2024: 23 }, 3, false],
    ["three years asked, three below", "russian", { 2022: 22, 2023: 23, 2024: 20 }, 3, true],
    ["a year without the exam is skipped (years with data count)", "russian", { 2022: 22, 2023: null, 2024: 23 }, 2, true],
    ["equal to the minimum is not below", "russian", { 2023: 24, 2024: 24 }, 2, false],
    ["one year of data is not 'stably'", "russian", { 2024: 10 }, 2, false],
    // 2014: 38 < 39; 2015 has no minimum and is skipped; 2016: 41 < 42 (the minimum changed).
    ["the minimum of each year (обществознание 39 → 42)", "social", { 2014: 38, 2015: 30, 2016: 41 }, 2, true],
    ["40,5 above 2014's 39, then 40,2 below 2016's 42", "social", { 2014: 40.5, 2016: 40.2 }, 2, false],
  ])("%s", (_name, subject, byYear, years, expected) => {
    const { school: s } = means(subject, byYear, (c) => (c.stablyLow.years = years));
    expect(s.status).toBe(expected ? "low_results" : "none");
    expect(summary(s, "stablyLow").met).toBe(expected);
  });

  it("reads the minimums from the settings' table, which the department can edit", () => {
    // 29 is above the shipped 24 but below an edited 30.
    expect(means("russian", { 2023: 29, 2024: 29 }).school.status).toBe("none");
    const records = [rec("A", 2023, { ege_mean_russian: 29 }), rec("A", 2024, { ege_mean_russian: 29 })];
    const settings = only(["stablyLow"]);
    settings.minScores = settings.minScores.map((e) => (e.subject === "russian" ? { ...e, certificate: 30 } : e));
    expect(run(records, settings).schools[0].status).toBe("low_results");
  });

  it("uses the university minimum when asked (русский 36)", () => {
    const byYear = { 2023: 35, 2024: 30 };
    expect(means("russian", byYear).school.status).toBe("none");
    expect(means("russian", byYear, (c) => (c.stablyLow.kind = "university")).school.status).toBe("low_results");
  });

  it("explains the years, scores and minimums", () => {
    const { school: s } = means("russian", { 2022: 30, 2023: 22, 2024: 23 });
    const detail = reasons(s, "stablyLow").find((r) => r.indicator === "ege_mean_russian");
    expect(detail).toMatchObject({ met: true, value: 23, threshold: 24, year: 2024 });
    expect(detail?.text).toBe("ЕГЭ, русский язык: средний балл ниже минимума 2 года подряд (2023: 22 < 24; 2024: 23 < 24)");
    expect(summary(s, "stablyLow").text).toBe("Стабильно низкие результаты, 2024: средний балл ЕГЭ ниже минимума 2 года подряд — по 1 из 1 предмета");
  });

  it("explains a single low year as not yet 'stably'", () => {
    const { school: s } = means("russian", { 2023: 40, 2024: 20.5 });
    expect(reasons(s, "stablyLow").find((r) => r.indicator)?.text).toBe("ЕГЭ, русский язык 2024: средний балл 20,5 ниже минимума 24, но не 2 года подряд");
  });

  it("is not applied when the data has fewer years than N, and says which years it has", () => {
    const { result } = means("russian", { 2024: 10 });
    expect(ruleReport(result, "stablyLow")).toMatchObject({ applied: false, missing: ["нужно не меньше 2 лет со средними баллами ЕГЭ, в данных: 2024"] });
  });

  it("is not applied without any mean score and names the input", () => {
    const result = run([rec("A", 2024, { ege_below_min_russian: 0.5 })], only(["stablyLow"]));
    expect(ruleReport(result, "stablyLow").applied).toBe(false);
    expect(ruleReport(result, "stablyLow").missing[0]).toMatch(/^нет данных ни по одной школе за 2024 год: .*ege_mean_<предмет>/);
  });

  it("reports years the minimum table does not cover", () => {
    const { result } = means("social", { 2014: 38, 2015: 30, 2016: 41 });
    expect(ruleReport(result, "stablyLow").missing).toContain("нет минимального балла в таблице: обществознание 2015 — эти годы не учитываются");
  });
});
