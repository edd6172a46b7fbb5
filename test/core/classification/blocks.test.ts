import { only, rec, reasons, ruleReport, run, school, statuses, summary } from "./helpers";

/*
 * Five schools, 2024. Hand computation (weak = below the cut):
 *   block 1 качество знаний < 0,5:             S1 0,40 and S4 0,45 weak.
 *   block 2 olympiad winners, municipal + regional: S1 0,10; S2 0,32; S3 0,20; S4 0,28; S5 none.
 *     mean 0,90 / 4 = 0,225, cut 0,8 × 0,225 = 0,18 → S1 weak.
 *   block 3 mean of sports and creative shares: S1 0,25; S2 0,55; S3 0,40 (sports only); S4 0,40; S5 0,70.
 *     mean 2,30 / 5 = 0,46, cut 0,368 → S1 weak.
 *   block 4 teachers with categories: 0,40; 0,70; 0,60; 0,30; 0,80. mean 0,56, cut 0,448 → S1, S4 weak.
 * Weak blocks: S1 all four, S4 blocks 1 and 4, others none.
 */
const RECORDS = [
  rec("S1", 2024, { knowledge_quality: 0.4, olymp_municipal_winners: 0.1, olymp_regional_winners: 0, sport_sections_share: 0.2, creative_clubs_share: 0.3, share_teachers_categories: 0.4 }),
  rec("S2", 2024, { knowledge_quality: 0.55, olymp_municipal_winners: 0.3, olymp_regional_winners: 0.02, sport_sections_share: 0.5, creative_clubs_share: 0.6, share_teachers_categories: 0.7 }),
  rec("S3", 2024, { knowledge_quality: 0.6, olymp_municipal_winners: 0.2, sport_sections_share: 0.4, share_teachers_categories: 0.6 }),
  rec("S4", 2024, { knowledge_quality: 0.45, olymp_municipal_winners: 0.25, olymp_regional_winners: 0.03, sport_sections_share: 0.3, creative_clubs_share: 0.5, share_teachers_categories: 0.3 }),
  rec("S5", 2024, { knowledge_quality: 0.7, sport_sections_share: 0.6, creative_clubs_share: 0.8, share_teachers_categories: 0.8 }),
];

describe("the four-block model (seed 004)", () => {
  it.each([
    [2, { S1: "low_results", S2: "none", S3: "none", S4: "low_results", S5: "none" }],
    [3, { S1: "low_results", S2: "none", S3: "none", S4: "none", S5: "none" }],
  ])("weak blocks ≥ %i make low results", (weakBlocksForLow, expected) => {
    expect(statuses(run(RECORDS, only(["blocks"], (c) => (c.blocks.weakBlocksForLow = weakBlocksForLow))))).toEqual(expected);
  });

  it("lists the weak blocks of each school", () => {
    const result = run(RECORDS, only(["blocks"]));
    expect(Object.fromEntries(result.schools.map((s) => [s.key, s.weakBlocks]))).toEqual({
      S1: ["academic", "extracurricular", "conditions", "staffing"], S2: [], S3: [], S4: ["academic", "staffing"], S5: [],
    });
  });

  it("takes its cuts from the settings", () => {
    // qualityCut 0,42: only S1 (0,40) is weak in block 1. relativeCut 0,5: block 2 cut 0,1125 (S1 0,10 weak),
    // block 3 cut 0,23 (S1 0,25 not), block 4 cut 0,28 (S4 0,30 not).
    const result = run(RECORDS, only(["blocks"], (c) => Object.assign(c.blocks, { qualityCut: 0.42, relativeCut: 0.5 })));
    expect(school(result, "S4").weakBlocks).toEqual([]);
    expect(school(result, "S1").weakBlocks).toEqual(["academic", "extracurricular"]);
  });

  it("explains each weak block with its value, the mean and the cut", () => {
    const s4 = school(run(RECORDS, only(["blocks"])), "S4");
    expect(summary(s4, "blocks")).toMatchObject({ met: true, value: 2, threshold: 2 });
    expect(summary(s4, "blocks").text).toBe(
      "Блочная модель, 2024: слабых блоков 2 из 4 с данными (низкие результаты — от 2): 1 «Качество результатов учебной деятельности», 4 «Кадровые условия»",
    );
    const staffing = reasons(s4, "blocks").find((r) => r.indicator === "share_teachers_categories");
    expect(staffing?.threshold).toBeCloseTo(0.448, 12);
    expect(staffing?.text).toBe(
      "Блок 4 «Кадровые условия», 2024: доля педагогов с высшей и первой категорией — 30%, это 0,54 от среднего по школам 56%, меньше 0,8: блок слабый (порог 44,8%)",
    );
    expect(reasons(s4, "blocks").find((r) => r.indicator === "knowledge_quality")?.text).toBe(
      "Блок 1 «Качество результатов учебной деятельности», 2024: качество знаний (доля обучающихся на «4» и «5») — 45%, ниже порога 50%: блок слабый",
    );
  });

  it("reports a block without data and still judges the others", () => {
    const records = RECORDS.map((r) => ({ ...r, values: { knowledge_quality: r.values.knowledge_quality } }));
    const result = run(records, only(["blocks"], (c) => (c.blocks.weakBlocksForLow = 1)));
    const report = ruleReport(result, "blocks");
    expect(report.applied).toBe(true);
    expect(report.missing).toHaveLength(3);
    expect(report.missing[2]).toBe("блок 4 «Кадровые условия»: нет данных за 2024 год — «доля педагогов с высшей и первой категорией» (share_teachers_categories)");
    expect(statuses(result)).toEqual({ S1: "low_results", S2: "none", S3: "none", S4: "low_results", S5: "none" });
  });

  it("is not applied when no block has data", () => {
    const result = run([rec("A", 2024, { ege_mean_russian: 50 })], only(["blocks"]));
    expect(ruleReport(result, "blocks").applied).toBe(false);
    expect(ruleReport(result, "blocks").missing).toHaveLength(4);
  });
});
