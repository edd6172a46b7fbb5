import { classify } from "../../../src/core/classification/engine";
import { defaultSettings } from "../../../src/core/settings";
import { data, only, rec, ruleReport, run, school, statuses } from "./helpers";

const LOW = { ege_below_min_russian: 0.4, oge_below_min_russian: 0.35 };

describe("classify", () => {
  it("takes labels from the settings and keeps codes stable", () => {
    const settings = only(["lowResults", "directFlags"]);
    settings.statusLabels = { low_results: "ШНРО", adverse_social: "ШФНСУ", both: "НРО и ФНСУ", none: "нет" };
    const result = run([
      rec("A", 2024, LOW), rec("B", 2024, { ...LOW, flag_adverse_social: "да" }),
      rec("C", 2024, { flag_adverse_social: 1 }), rec("D", 2024, {}),
    ], settings);
    expect(result.schools.map((s) => [s.key, s.status, s.label])).toEqual([
      ["A", "low_results", "ШНРО"], ["B", "both", "НРО и ФНСУ"], ["C", "adverse_social", "ШФНСУ"], ["D", "none", "нет"],
    ]);
    expect(result.counts).toEqual({ low_results: 1, adverse_social: 1, both: 1, none: 1 });
  });

  it("is deterministic: the same input in another order gives the same output", () => {
    const records = [
      rec("k10", 2024, LOW, "Сафоновский район"), rec("k2", 2024, {}, "Ярцевский район"), rec("k1", 2024, LOW, "Ярцевский район"),
      rec("k3", 2023, LOW, "Ярцевский район"), rec("k3", 2024, LOW, "Ярцевский район"), rec("k2", null, { share_low_income: 0.3 }, "Ярцевский район"),
    ];
    records[0].school = "МБОУ СОШ № 10";
    records[1].school = "МБОУ СОШ № 2";
    records[2].school = "МБОУ СОШ № 10";
    const settings = defaultSettings(2024);
    const first = classify(data(records), settings);
    expect(JSON.stringify(classify(data(records), settings))).toBe(JSON.stringify(first));
    // The school's name comes from its latest record, so even the record order does not matter.
    const second = classify(data([...records].reverse()), settings);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    // Municipality, then school name with numbers in numeric order (№ 2 before № 10), then key.
    expect(first.schools.map((s) => s.key)).toEqual(["k10", "k2", "k1", "k3"]);
  });

  it("evaluates the latest year by default, or the year asked for", () => {
    const records = [rec("A", 2022, LOW), rec("A", 2023, {}), rec("B", 2023, LOW), rec("B", 2024, {})];
    const latest = run(records, only(["lowResults"]));
    expect(latest.year).toBe(2024);
    // A has no 2024 record and no year-less one: it is not a school of 2024.
    expect(statuses(latest)).toEqual({ B: "none" });
    const asked = run(records, only(["lowResults"]), 2023);
    expect(asked.year).toBe(2023);
    expect(statuses(asked)).toEqual({ A: "none", B: "low_results" });
  });

  it("merges year-less records into every year; the year's own value wins", () => {
    const records = [
      rec("A", null, { cluster: "сельская", ege_below_min_russian: 0.1, oge_below_min_russian: 0.4 }),
      rec("A", 2024, { ege_below_min_russian: 0.35 }),
    ];
    const a = run(records, only(["lowResults"])).schools[0];
    expect(a.status).toBe("low_results"); // 0,35 (2024) and 0,40 (year-less)
    expect(a.indicators).toMatchObject({ cluster: "сельская", ege_below_min_russian: 0.35, oge_below_min_russian: 0.4 });
  });

  it("fills blanks of a school's record from its duplicate, first value kept", () => {
    const records = [rec("A", 2024, { ege_below_min_russian: 0.35, oge_below_min_russian: null }), rec("A", 2024, { ege_below_min_russian: 0.1, oge_below_min_russian: 0.4 })];
    const a = run(records, only(["lowResults"])).schools[0];
    expect(a.indicators).toMatchObject({ ege_below_min_russian: 0.35, oge_below_min_russian: 0.4 });
    expect(a.status).toBe("low_results");
  });

  it("shows the values the rules read, with shares computed from counts", () => {
    const a = run([rec("A", 2024, { ege_participants_russian: 20, ege_below_min_count_russian: 7, ege_mean_russian: 51.5, share_ovz: 0.1, note: "x" })], defaultSettings(2024)).schools[0];
    expect(a.indicators).toEqual({ ege_below_min_russian: 0.35, ege_mean_russian: 51.5, share_ovz: 0.1 });
  });

  it("reports every rule it could not apply instead of calling everyone 'none' silently", () => {
    const result = run([rec("A", 2024, { pupils_total: 120 }), rec("B", 2024, { pupils_total: 300 })], defaultSettings(2024));
    expect(result.rules.map((r) => [r.id, r.applied])).toEqual([
      ["directFlags", false], ["lowResults", false], ["stablyLow", false], ["socialIndex", false], ["biased", false], ["resilient", false],
    ]);
    for (const rule of result.rules) expect(rule.missing.length).toBeGreaterThan(0);
    expect(ruleReport(result, "stablyLow").missing).toEqual(["нет данных ни по одной школе за 2024 год: средние баллы ЕГЭ по предметам (ege_mean_<предмет>)"]);
    expect(result.rules.map((r) => r.title)).toContain("Правило 30%: доля участников ниже минимального порога");
  });

  it("works out of the box with the default settings on data that has the inputs", () => {
    const records = [
      rec("A", 2023, { ege_mean_russian: 22, ege_below_min_russian: 0.31 }), rec("A", 2024, { ege_mean_russian: 23, ege_below_min_russian: 0.35 }),
      rec("B", 2023, { ege_mean_russian: 70, ege_below_min_russian: 0 }), rec("B", 2024, { ege_mean_russian: 72, ege_below_min_russian: 0 }),
      rec("C", 2024, { ege_mean_russian: 65, ege_below_min_russian: 0.02, flag_low_results: "да" }),
    ];
    const result = run(records, defaultSettings(2024));
    expect(statuses(result)).toEqual({ A: "low_results", B: "none", C: "low_results" });
    // A: the 30% rule (two years running) and stably low; low both years by the 30% rule.
    expect(school(result, "A").reasons.filter((r) => r.met && r.indicator === null).map((r) => r.rule)).toEqual(["lowResults", "stablyLow", "level"]);
    expect(school(result, "A").level).toBe("risk");
  });

  it("classifies an empty dataset as nothing, in the program's first year", () => {
    const settings = defaultSettings(2025);
    const result = classify(data([]), settings);
    expect(result).toMatchObject({ year: 2025, schools: [], counts: { low_results: 0, adverse_social: 0, both: 0, none: 0 } });
  });
});
