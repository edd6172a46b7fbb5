import { only, rec, reasons, ruleReport, run, school, statuses } from "./helpers";

// A is low by the 30% rule (two procedures ≥ 30%); B, C, D, E are not, but the department marks B and C.
const LOW = { ege_below_min_russian: 0.4, oge_below_min_russian: 0.35 };
const FINE = { ege_below_min_russian: 0.05 };
const MARKED = [
  rec("A", 2024, { ...LOW }),
  rec("B", 2024, { ...FINE, flag_low_results: "да" }),
  rec("C", 2024, { ...FINE, flag_low_results: 1, flag_adverse_social: "ИСТИНА" }),
  rec("D", 2024, { ...FINE, flag_low_results: "нет" }),
  rec("E", 2024, { ...FINE }),
];

describe("the department's own marks", () => {
  it.each([
    ["combined with the computed result (OR)", false, { A: "low_results", B: "low_results", C: "both", D: "none", E: "none" }],
    // The marks decide alone: A is computed low but not marked (blank = not marked once the column exists).
    ["replacing the computed result", true, { A: "none", B: "low_results", C: "both", D: "none", E: "none" }],
  ])("%s", (_name, override, expected) => {
    const result = run(MARKED, only(["lowResults", "directFlags"], (c) => (c.directFlags.override = override)));
    expect(statuses(result)).toEqual(expected);
  });

  it("falls back to the computed result when the data has no mark column, even with override", () => {
    const records = [rec("A", 2024, { ...LOW }), rec("B", 2024, { ...FINE })];
    const result = run(records, only(["lowResults", "directFlags"], (c) => (c.directFlags.override = true)));
    expect(statuses(result)).toEqual({ A: "low_results", B: "none" });
    expect(ruleReport(result, "directFlags")).toMatchObject({ applied: false });
    expect(ruleReport(result, "directFlags").missing[0]).toContain("(flag_low_results)");
  });

  it("says whether a mark replaces or adds to the computation", () => {
    const combined = run(MARKED, only(["lowResults", "directFlags"]));
    expect(reasons(school(combined, "B"), "directFlags")).toEqual([{
      rule: "directFlags", indicator: "flag_low_results", met: true, value: "да", threshold: null, year: 2024,
      text: "Отметка отдела образования, 2024: школа с низкими образовательными результатами (отметка дополняет расчётные критерии)",
    }]);
    // Unmarked schools get a reason only when the marks decide alone.
    expect(reasons(school(combined, "A"), "directFlags")).toEqual([]);
    const replaced = run(MARKED, only(["lowResults", "directFlags"], (c) => (c.directFlags.override = true)));
    expect(reasons(school(replaced, "A"), "directFlags").map((r) => r.text)).toEqual([
      "Отметка отдела образования, 2024: отметки о низких результатах нет (отметка заменяет расчётные критерии)",
      "Отметка отдела образования, 2024: отметки о неблагоприятных условиях нет (отметка заменяет расчётные критерии)",
    ]);
  });

  it("reports marks it cannot read and treats them as not marked", () => {
    const records = [...MARKED, rec("F", 2024, { ...FINE, flag_low_results: "может быть" })];
    const result = run(records, only(["lowResults", "directFlags"]));
    expect(school(result, "F").status).toBe("none");
    expect(ruleReport(result, "directFlags").missing).toEqual([
      "«отметка отдела: ШНОР» (flag_low_results): не прочитано отметок — 1 (Школа F: «может быть»); такие школы считаются неотмеченными",
    ]);
  });

  it("ignores the marks when switched off", () => {
    expect(statuses(run(MARKED, only(["lowResults"])))).toEqual({ A: "low_results", B: "none", C: "none", D: "none", E: "none" });
  });
});

describe("biased results (признаки необъективности)", () => {
  // Rural group, ЕГЭ русский: B (biased) 110, others 63, 70, 77.
  // Kept in: mean 320 / 4 = 80 → 63/80 = 0,79 and 70/80 = 0,875 below 0,9; 110/80 not.
  // Left out: mean 210 / 3 = 70 → 63/70 = 0,9 exactly, not below; nobody low. B is not judged.
  const records = [
    rec("B", 2024, { cluster: "сельская", ege_mean_russian: 110, flag_biased: "да", ...LOW }),
    rec("X", 2024, { cluster: "сельская", ege_mean_russian: 63 }),
    rec("Y", 2024, { cluster: "сельская", ege_mean_russian: 70 }),
    rec("Z", 2024, { cluster: "сельская", ege_mean_russian: 77 }),
  ];

  it.each([
    ["flag: marked and kept in the rules and in the group mean", "flag" as const, { B: "low_results", X: "low_results", Y: "low_results", Z: "none" }],
    ["exclude: left out of the results rules and of the group mean", "exclude" as const, { B: "none", X: "none", Y: "none", Z: "none" }],
  ])("%s", (_name, biased, expected) => {
    const result = run(records, only(["lowResults", "cluster"], (c) => (c.biased = biased)));
    expect(statuses(result)).toEqual(expected);
    expect(result.schools.map((s) => s.biased)).toEqual([true, false, false, false]);
  });

  it("says why a school was left out", () => {
    const b = school(run(records, only(["lowResults", "cluster"], (c) => (c.biased = "exclude"))), "B");
    expect(b.reasons.map((r) => r.rule)).toEqual(["biased", "level"]);
    expect(reasons(b, "biased")[0].text).toBe(
      "2024: у результатов есть признаки необъективности — школа не оценивается по правилам результатов (правило 30%, стабильно низкие, кластер, блоки, резильентность)",
    );
  });

  it("still lets a department mark count for a left-out school", () => {
    const marked = [rec("B", 2024, { flag_biased: "да", flag_low_results: "да", ...LOW })];
    expect(run(marked, only(["lowResults", "directFlags"], (c) => (c.biased = "exclude"))).schools[0].status).toBe("low_results");
  });

  it("reports when the data has no biased-results column", () => {
    expect(ruleReport(run([rec("A", 2024, LOW)], only(["lowResults"])), "biased")).toMatchObject({
      applied: false, missing: ["нет данных ни по одной школе за 2024 год: «признаки необъективности результатов» (flag_biased)"],
    });
  });
});
