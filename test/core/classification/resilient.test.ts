import type { ClassificationSettings } from "../../../src/core/classification/settings";
import { only, rec, reasons, ruleReport, run, school } from "./helpers";

/** Social index from low income alone (−), result composite from the ЕГЭ mean in Russian alone. */
function classifyPairs(pairs: [number, number][], tweak: (c: ClassificationSettings) => void = () => undefined) {
  const records = pairs.map(([lowIncome, mean], i) => rec(`S${i + 1}`, 2024, { share_low_income: lowIncome, ege_mean_russian: mean }));
  return run(records, only(["socialIndex", "resilient"], (c) => {
    Object.assign(c.socialIndex, { factors: [{ indicator: "share_low_income", sign: -1, weight: 1 }], minFactors: 1 });
    tweak(c);
  }));
}

const resilientKeys = (result: ReturnType<typeof classifyPairs>): string[] => result.schools.filter((s) => s.resilient).map((s) => s.key);

describe("resilient schools", () => {
  /*
   * Eight schools, low income 0,40 … 0,05 (S1 the poorest), results 80, 40, 45, 50, 55, 60, 65, 70.
   * Bottom quartile of the index: PERCENTILE.INC position 0,25 · 7 = 1,75 → S1 and S2.
   * Top quartile of results: position 5,25 → 65 + 0,25 · 5 = 66,25 → S1 (80) and S8 (70).
   * S1 is in both; S2 is poor with a low result. residualSd 100 switches the regression clause off.
   * Index: low income mean 0,225, SD 0,05·√(63/12) = 0,1146 → S1 −1,53; cut-off −1,091 + 0,75·0,436 = −0,76.
   * Results: mean 58,125, SD √155,86 = 12,48 → S1 (80) 1,75; cut-off (66,25 − 58,125) / 12,48 = 0,65.
   */
  const EIGHT: [number, number][] = [[0.4, 80], [0.35, 40], [0.3, 45], [0.25, 50], [0.2, 55], [0.15, 60], [0.1, 65], [0.05, 70]];

  it("a poor school with top results is resilient (quartile clause)", () => {
    const result = classifyPairs(EIGHT, (c) => (c.resilient.residualSd = 100));
    expect(resilientKeys(result)).toEqual(["S1"]);
    expect(reasons(school(result, "S1"), "resilient")[0].text).toBe(
      "Резильентная школа, 2024: индекс социального благополучия −1,53 — в нижних 25% (до −0,76), а результат 1,75 — в верхних 25% (от 0,65)",
    );
  });

  /*
   * Five schools, low income 0,5 … 0,1 → index x = −√2, −1/√2, 0, 1/√2, √2; results 40, 45, 75, 55, 60:
   * mean 55, SD √150, composite y = (r − 55)/√150. Least squares: slope 1/√3, intercept 0; residuals
   * −0,408 except S3 1,633; residual SD 0,8165 → S3 is 2,0 SD above the line, the others −0,5 SD.
   * No school is both in the bottom index quartile (S1, S2) and the top result quartile (S3, S5).
   */
  const FIVE: [number, number][] = [[0.5, 40], [0.4, 45], [0.3, 75], [0.2, 55], [0.1, 60]];

  it.each([
    [1, ["S3"]],
    [2.5, []],
  ])("a result %p residual SDs above the prediction is resilient", (residualSd, expected) => {
    expect(resilientKeys(classifyPairs(FIVE, (c) => (c.resilient.residualSd = residualSd)))).toEqual(expected);
  });

  it("explains the predicted result and the distance from it", () => {
    const s3 = school(classifyPairs(FIVE), "S3");
    const residual = reasons(s3, "resilient").find((r) => r.threshold === 1);
    expect(residual?.value).toBeCloseTo(2, 9);
    expect(residual?.text).toBe("Резильентная школа, 2024: результат 1,63 выше ожидаемого по индексу социального благополучия (0) на 2 SD (порог 1 SD)");
    expect(reasons(school(classifyPairs(FIVE), "S1"), "resilient")[0].text).toBe(
      "Резильентность, 2024: результат −1,22, ожидаемый по индексу −0,82, отклонение −0,5 SD (порог 1 SD)",
    );
  });

  it("is independent of the status: it is a flag", () => {
    const result = classifyPairs(EIGHT, (c) => (c.resilient.residualSd = 100));
    // S1 is in the bottom quartile of the index (ШНСУ) and resilient at the same time.
    expect(school(result, "S1")).toMatchObject({ status: "adverse_social", resilient: true });
  });

  it("is not applied without results, and says so", () => {
    const records = [rec("A", 2024, { share_low_income: 0.1 }), rec("B", 2024, { share_low_income: 0.3 })];
    const result = run(records, only(["socialIndex", "resilient"], (c) => (c.socialIndex.minFactors = 1)));
    expect(ruleReport(result, "resilient")).toMatchObject({
      applied: false, missing: ["нет результатов ни у одной школы за 2024 год (средние баллы, доли ниже минимума, качество знаний)"],
    });
  });
});
