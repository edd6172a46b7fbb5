import { classify } from "../../../src/core/classification/engine";
import { data, only, rec, reasons, ruleReport, run, school, summary, type Values } from "./helpers";
import type { ClassificationSettings } from "../../../src/core/classification/settings";

/** One school, 2023 and 2024 records; only the 30% rule on. */
function classifyOne(now: Values, before: Values | null, tweak?: (c: ClassificationSettings) => void) {
  const records = [rec("A", 2024, now)];
  if (before) records.push(rec("A", 2023, before));
  return school(run(records, only(["lowResults"], tweak)), "A");
}

describe("the 30% rule", () => {
  // Shares ≥ cut count; "or": ≥ 2 procedures this year, or the same procedure both years; "and": both.
  it.each([
    ["two procedures at or above 30% (30% itself counts)", { ege_below_min_russian: 0.35, oge_below_min_math_profile: 0.3 }, null, {}, "low_results"],
    ["one procedure only", { ege_below_min_russian: 0.35, ege_below_min_math_profile: 0.29 }, null, {}, "none"],
    ["the same procedure two years running ('or')", { ege_below_min_russian: 0.35 }, { ege_below_min_russian: 0.31 }, {}, "low_results"],
    ["two years running is not enough in 'and' mode", { ege_below_min_russian: 0.35 }, { ege_below_min_russian: 0.31 }, { mode: "and" }, "none"],
    ["both conditions in 'and' mode", { ege_below_min_russian: 0.35, ege_below_min_math_profile: 0.4 }, { ege_below_min_russian: 0.31 }, { mode: "and" }, "low_results"],
    ["a different procedure failed last year", { ege_below_min_russian: 0.35, ege_below_min_math_profile: 0.1 }, { ege_below_min_math_profile: 0.5 }, {}, "none"],
    ["ЕГЭ, ОГЭ and ВПР are separate procedures", { ege_below_min_russian: 0.3, oge_below_min_russian: 0.3, vpr_below_min_russian: 0.1 }, null, {}, "low_results"],
    // 7 of 20 = 35%, ВПР 30%: two procedures.
    ["a share computed from participants and counts", { ege_participants_russian: 20, ege_below_min_count_russian: 7, vpr_below_min_russian: 0.3 }, null, {}, "low_results"],
    // 5 of 20 = 25% < 30%.
    ["a computed share below the cut", { ege_participants_russian: 20, ege_below_min_count_russian: 5, vpr_below_min_russian: 0.3 }, null, {}, "none"],
    ["a custom cut of 25%", { ege_below_min_russian: 0.26, oge_below_min_russian: 0.27 }, null, { cut: 0.25 }, "low_results"],
    ["three procedures required", { ege_below_min_russian: 0.5, oge_below_min_russian: 0.5, vpr_below_min_russian: 0.1 }, null, { procedures: 3 }, "none"],
    ["blanks and «н/д» are skipped, not failures", { ege_below_min_russian: null, oge_below_min_russian: "н/д", vpr_below_min_russian: 0.5 }, null, {}, "none"],
    ["Russian number text is read («35%», «0,31»)", { ege_below_min_russian: "35%", oge_below_min_russian: "0,31" }, null, {}, "low_results"],
  ])("%s", (_name, now, before, rule, expected) => {
    const s = classifyOne(now as Values, before as Values | null, (c) => Object.assign(c.lowResults, rule));
    expect(s.status).toBe(expected);
    expect(summary(s, "lowResults").met).toBe(expected === "low_results");
  });

  it("says which procedure, which year, the share and the cut, as a methodologist reads it", () => {
    const s = classifyOne({ ege_below_min_russian: 0.35 }, { ege_below_min_russian: 0.31 });
    const detail = reasons(s, "lowResults").find((r) => r.indicator === "ege_below_min_russian");
    expect(detail).toMatchObject({ met: true, value: 0.35, threshold: 0.3, year: 2024 });
    expect(detail?.text).toBe("ЕГЭ, русский язык 2024: 35% участников ниже минимума (порог 30%); 2023: 31%");
    expect(summary(s, "lowResults")).toMatchObject({ met: true, value: 1, threshold: 2, year: 2024 });
    expect(summary(s, "lowResults").text).toBe(
      "Правило 30%, 2024: доля участников ниже минимума 30% и больше — в 1 из 1 процедуры (нужно не меньше 2); " +
      "или два года подряд (2023 и 2024): ЕГЭ, русский язык",
    );
  });

  it("names the counts a computed share came from", () => {
    const s = classifyOne({ ege_participants_russian: 20, ege_below_min_count_russian: 7 }, null);
    expect(reasons(s, "lowResults").find((r) => r.indicator === "ege_below_min_russian")?.text)
      .toBe("ЕГЭ, русский язык 2024: 35% участников ниже минимума (7 из 20; порог 30%)");
  });

  it("lists unmet procedures only when all details are asked for", () => {
    const now = { ege_below_min_russian: 0.35, ege_below_min_math_profile: 0.1 };
    expect(reasons(classifyOne(now, null), "lowResults").map((r) => r.indicator)).toEqual([null, "ege_below_min_russian"]);
    const detailed = school(classify(data([rec("A", 2024, now)]), only(["lowResults"]), { allDetails: true }), "A");
    expect(reasons(detailed, "lowResults").map((r) => [r.indicator, r.met])).toEqual([
      [null, false], ["ege_below_min_russian", true], ["ege_below_min_math_profile", false],
    ]);
  });

  it("treats zero participants as no procedure and counts above participants as an error, not a share", () => {
    const none = classifyOne({ ege_participants_russian: 0, ege_below_min_count_russian: 0 }, null);
    expect(summary(none, "lowResults").met).toBeNull();
    const bad = classifyOne({ ege_participants_russian: 5, ege_below_min_count_russian: 7, oge_below_min_russian: 0.5 }, null);
    const invalid = reasons(bad, "lowResults").find((r) => r.indicator === "ege_below_min_russian");
    expect(invalid).toMatchObject({ met: null, value: null });
    expect(invalid?.text).toContain("7 / 5");
    expect(bad.status).toBe("none");
  });
});

describe("the 30% rule: missing inputs", () => {
  it("is reported as not applied, naming the inputs, when no school has any share", () => {
    const result = run([rec("A", 2024, { ege_mean_russian: 60 }), rec("B", 2024, { knowledge_quality: 0.5 })], only(["lowResults"]));
    const report = ruleReport(result, "lowResults");
    expect(report.applied).toBe(false);
    expect(report.missing[0]).toMatch(/^нет данных ни по одной школе за 2024 год: .*ege_below_min_<предмет>.*ege_participants_<предмет>/);
    expect(result.schools.every((s) => summary(s, "lowResults").met === null)).toBe(true);
  });

  it("counts the schools without data and says the year before is missing", () => {
    const result = run([rec("A", 2024, { ege_below_min_russian: 0.4 }), rec("B", 2024, { ege_mean_russian: 50 }), rec("C", 2024, {})], only(["lowResults"]));
    const report = ruleReport(result, "lowResults");
    expect(report.applied).toBe(true);
    expect(report.missing).toEqual([
      expect.stringMatching(/^у 2 школ из 3 нет данных за 2024 год: /),
      "нет данных за 2023 год: условие «два года подряд» не проверяется",
    ]);
  });

  it("cannot be met in 'and' mode without the year before, and says so", () => {
    const result = run([rec("A", 2024, { ege_below_min_russian: 0.4, oge_below_min_russian: 0.4 })], only(["lowResults"], (c) => (c.lowResults.mode = "and")));
    expect(ruleReport(result, "lowResults").applied).toBe(false);
    expect(ruleReport(result, "lowResults").missing[0]).toContain("в режиме «и» без него правило не выполняется");
    expect(result.schools[0].status).toBe("none");
  });
});
