import { only, rec, reasons, ruleReport, run, school, statuses } from "./helpers";

/*
 * Social passports (year-less) and a 2024 record per school. Three factors carry the same ranking:
 * low income (−) and single parent (−) 0,1 / 0,2 / 0,3 / 0,4, parents with higher education (+)
 * 0,4 / 0,3 / 0,2 / 0,1. Each column: mean 0,25, population SD 0,1·√1,25, z = ∓3/√5, ∓1/√5, so the index
 * (equal weights) is A 3/√5 = 1,342, B 1/√5, C −1/√5, D −3/√5. E has two factors plus a flat one.
 * ОВЗ is 0,05 everywhere: it ranks nobody and is dropped, which leaves E with 2 < 3 factors.
 * Bottom quartile: PERCENTILE.INC(index, 0,25) = −3/√5 + 0,75 · 2/√5 = −1,5/√5 = −0,671 → D.
 */
const SHARES: Record<string, [number, number, number] | [number, number]> = {
  A: [0.1, 0.1, 0.4], B: [0.2, 0.2, 0.3], C: [0.3, 0.3, 0.2], D: [0.4, 0.4, 0.1], E: [0.5, 0.5],
};
const RECORDS = Object.entries(SHARES).flatMap(([key, [low, single, higher]]) => [
  rec(key, null, { share_low_income: low, share_single_parent: single, share_parents_higher_ed: higher ?? null, share_ovz: 0.05 }),
  rec(key, 2024, { ege_mean_russian: 60 }),
]);
const R5 = Math.sqrt(5);

describe("adverse social conditions by the social well-being index", () => {
  it("computes the index over the year's schools (z-scores, signs, equal weights)", () => {
    const result = run(RECORDS, only(["socialIndex"]));
    const index = Object.fromEntries(result.schools.map((s) => [s.key, s.socialIndex]));
    expect(index.A).toBeCloseTo(3 / R5, 12);
    expect(index.B).toBeCloseTo(1 / R5, 12);
    expect(index.C).toBeCloseTo(-1 / R5, 12);
    expect(index.D).toBeCloseTo(-3 / R5, 12);
    expect(index.E).toBeNull();
  });

  it.each([
    [0.25, { A: "none", B: "none", C: "none", D: "adverse_social", E: "none" }],
    // Median of ±1/√5, ±3/√5 is 0 → C and D.
    [0.5, { A: "none", B: "none", C: "adverse_social", D: "adverse_social", E: "none" }],
  ])("the bottom %p of the index is adverse", (quantile, expected) => {
    expect(statuses(run(RECORDS, only(["socialIndex"], (c) => (c.socialIndex.quantile = quantile))))).toEqual(expected);
  });

  it("explains the index, the cut-off and how many factors it rests on", () => {
    const d = school(run(RECORDS, only(["socialIndex"])), "D");
    expect(reasons(d, "socialIndex")).toEqual([expect.objectContaining({ met: true, year: 2024 })]);
    expect(reasons(d, "socialIndex")[0].threshold).toBeCloseTo(-1.5 / R5, 12);
    expect(reasons(d, "socialIndex")[0].text).toBe(
      "Индекс социального благополучия, 2024: −1,34 — в нижних 25% (граница −0,67; факторов 3 из 7): неблагоприятные социальные условия",
    );
    expect(reasons(school(run(RECORDS, only(["socialIndex"])), "E"), "socialIndex")[0]).toMatchObject({
      met: null, text: "Индекс социального благополучия, 2024: не рассчитан — факторов с данными 2 из 7 (нужно не меньше 3)",
    });
  });

  it("reports absent factors, a flat factor and schools without an index", () => {
    expect(ruleReport(run(RECORDS, only(["socialIndex"])), "socialIndex")).toEqual({
      id: "socialIndex", title: "Индекс социального благополучия школы (ИСБШ)", applied: true,
      missing: [
        "нет данных ни по одной школе за 2024 год: «доля семей с неработающими родителями» (share_unemployed_parents), " +
        "«доля обучающихся, состоящих на учёте» (share_on_register), «доля обучающихся, для которых русский язык не родной» (share_non_native)",
        "фактор «доля обучающихся с ОВЗ» (share_ovz): у всех школ одинаковое значение — не учитывается",
        "у 1 школы из 5 меньше 3 факторов — индекс не рассчитан",
      ],
    });
  });

  it("uses the configured factors, signs and minimum number of factors", () => {
    // One factor, low income (−): index = −z; E (0,5) now counts: values 0,1…0,5, mean 0,3, SD 0,1·√2.
    const result = run(RECORDS, only(["socialIndex"], (c) => Object.assign(c.socialIndex, { factors: [{ indicator: "share_low_income", sign: -1, weight: 1 }], minFactors: 1 })));
    expect(school(result, "E").socialIndex).toBeCloseTo(-Math.SQRT2, 12);
    expect(school(result, "A").socialIndex).toBeCloseTo(Math.SQRT2, 12);
    // PERCENTILE.INC at 0,25 over −√2, −1/√2, 0, 1/√2, √2 is −1/√2: D and E.
    expect(statuses(result)).toEqual({ A: "none", B: "none", C: "none", D: "adverse_social", E: "adverse_social" });
  });

  it("is not applied when no school has any factor", () => {
    const result = run([rec("A", 2024, { ege_mean_russian: 60 }), rec("B", 2024, { ege_mean_russian: 50 })], only(["socialIndex"]));
    expect(ruleReport(result, "socialIndex").applied).toBe(false);
    expect(ruleReport(result, "socialIndex").missing[0]).toContain("(share_parents_higher_ed)");
    expect(result.schools.map((s) => s.socialIndex)).toEqual([null, null]);
  });
});
