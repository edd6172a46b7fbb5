import type { ClassificationSettings } from "../../../src/core/classification/settings";
import { only, rec, reasons, run, school, type Values } from "./helpers";

// Low by the 30% rule in a year: two procedures at or above 30%.
const LOW = { ege_below_min_russian: 0.4, oge_below_min_russian: 0.35 };
const FINE = { ege_below_min_russian: 0.05, oge_below_min_russian: 0.05 };
const ADVERSE = { flag_adverse_social: "да" };

const RECORDS = [
  // K1: low 2023–2024, adverse → crisis (low 2 years and adverse).
  rec("K1", 2023, LOW), rec("K1", 2024, LOW), rec("K1", null, ADVERSE),
  // K2: low 2022–2024, not adverse → crisis (low 3 years).
  rec("K2", 2022, LOW), rec("K2", 2023, LOW), rec("K2", 2024, LOW),
  // K3: low in 2024 only, adverse → risk.
  rec("K3", 2023, FINE), rec("K3", 2024, LOW), rec("K3", null, ADVERSE),
  // K4: adverse only → risk.
  rec("K4", 2024, FINE), rec("K4", null, ADVERSE),
  // K5: no criterion, but 2 of 3 comparable results worse than in 2023 → risk (worsening).
  rec("K5", 2023, { ege_mean_russian: 60, ege_mean_math_profile: 50, knowledge_quality: 0.5 }),
  rec("K5", 2024, { ege_mean_russian: 55, ege_mean_math_profile: 45, knowledge_quality: 0.55 }),
  // K6: nothing → none.
  rec("K6", 2023, FINE), rec("K6", 2024, FINE),
  // K7: a year-less low mark counts for 2024 only → risk, not a 3-year run.
  rec("K7", 2022, FINE), rec("K7", 2023, FINE), rec("K7", 2024, FINE), rec("K7", null, { flag_low_results: "да" }),
  // K8: the department marked it low in each of 2022–2024 → crisis.
  rec("K8", 2022, { flag_low_results: "да" }), rec("K8", 2023, { flag_low_results: "да" }), rec("K8", 2024, { flag_low_results: "да" }),
];

const levels = (tweak: (c: ClassificationSettings) => void = () => undefined): Record<string, string> =>
  Object.fromEntries(run(RECORDS, only(["lowResults", "directFlags"], tweak)).schools.map((s) => [s.key, s.level]));

describe("crisis vs risk (seed 004)", () => {
  it.each([
    ["defaults (crisis: low 2 years and adverse, or low 3 years)", () => undefined,
      { K1: "crisis", K2: "crisis", K3: "risk", K4: "risk", K5: "risk", K6: "none", K7: "risk", K8: "crisis" }],
    ["crisisYears 3: two low years with adverse conditions are a risk", (c: ClassificationSettings) => (c.level.crisisYears = 3),
      { K1: "risk", K2: "crisis", K3: "risk", K4: "risk", K5: "risk", K6: "none", K7: "risk", K8: "crisis" }],
    ["crisisWhenBoth off", (c: ClassificationSettings) => (c.level.crisisWhenBoth = false),
      { K1: "risk", K2: "crisis", K3: "risk", K4: "risk", K5: "risk", K6: "none", K7: "risk", K8: "crisis" }],
    ["crisisYearsAlone 4: three low years are a risk", (c: ClassificationSettings) => (c.level.crisisYearsAlone = 4),
      { K1: "crisis", K2: "risk", K3: "risk", K4: "risk", K5: "risk", K6: "none", K7: "risk", K8: "risk" }],
    ["worsening is not a risk when switched off", (c: ClassificationSettings) => (c.level.worseningIsRisk = false),
      { K1: "crisis", K2: "crisis", K3: "risk", K4: "risk", K5: "none", K6: "none", K7: "risk", K8: "crisis" }],
  ])("%s", (_name, tweak, expected) => {
    expect(levels(tweak)).toEqual(expected);
  });

  it("explains the level", () => {
    const result = run(RECORDS, only(["lowResults", "directFlags"]));
    const text = (key: string): string => reasons(school(result, key), "level").map((r) => r.text).join(" | ");
    expect(text("K1")).toBe("Кризисная ситуация: низкие результаты 2 года подряд (2023–2024) и неблагоприятные социальные условия");
    expect(text("K2")).toBe("Кризисная ситуация: низкие результаты 3 года подряд (2022–2024)");
    expect(text("K4")).toBe("Зона риска: выполнен критерий (ШНСУ)");
    expect(text("K5")).toBe(
      "Динамика 2023→2024: хуже 2 из 3 показателей (ухудшение — больше половины и не меньше 2 сравнимых): " +
      "средний балл ЕГЭ, русский язык, средний балл ЕГЭ, математика (профильная) | Зона риска: результаты 2024 года хуже, чем годом раньше",
    );
    expect(text("K6")).toBe("2024: ни один критерий не выполнен — не в зоне риска");
  });

  it.each([
    // Worsening: more than half of the comparable measures worse, and at least 2 comparable.
    ["2 of 3 worse", { ege_mean_russian: 60, ege_mean_social: 50, knowledge_quality: 0.5 }, { ege_mean_russian: 55, ege_mean_social: 45, knowledge_quality: 0.6 }, "risk"],
    ["2 of 4 worse is not most", { ege_mean_russian: 60, ege_mean_social: 50, knowledge_quality: 0.5, ege_mean_history: 40 }, { ege_mean_russian: 55, ege_mean_social: 45, knowledge_quality: 0.6, ege_mean_history: 45 }, "none"],
    ["a single comparable measure is not a trend", { ege_mean_russian: 60 }, { ege_mean_russian: 40 }, "none"],
    ["a share below the minimum rising is worse", { ege_below_min_russian: 0.1, ege_mean_russian: 60 }, { ege_below_min_russian: 0.2, ege_mean_russian: 58 }, "risk"],
    ["unchanged is not worse", { ege_mean_russian: 60, ege_mean_social: 50 }, { ege_mean_russian: 60, ege_mean_social: 50 }, "none"],
  ])("worsening: %s", (_name, before: Values, now: Values, expected) => {
    const result = run([rec("A", 2023, before), rec("A", 2024, now)], only([]));
    expect(result.schools[0].level).toBe(expected);
  });
});
