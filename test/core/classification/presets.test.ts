import { applyPreset, PRESET_NAMES, PRESETS } from "../../../src/core/classification/presets";
import { DEFAULT_CLASSIFICATION, defaultSettings } from "../../../src/core/settings";
import { rec, run, statuses } from "./helpers";

const rulesOn = (name: string): string[] => {
  const c = applyPreset(name);
  return (["lowResults", "stablyLow", "cluster", "blocks", "socialIndex"] as const).filter((r) => c[r].enabled);
};

describe("presets", () => {
  it.each([
    ["default", ["lowResults", "stablyLow", "socialIndex"], false],
    ["federal-30", ["lowResults", "socialIndex"], false],
    ["stably-low", ["stablyLow", "socialIndex"], false],
    ["cluster", ["cluster", "socialIndex"], false],
    ["blocks-004", ["blocks", "socialIndex"], false],
    ["social-index", ["socialIndex"], false],
    ["direct-flags", [], true],
  ])("%s switches on %j (marks override: %p)", (name, rules, override) => {
    expect(rulesOn(name)).toEqual(rules);
    expect(applyPreset(name).directFlags).toEqual({ enabled: true, override });
    expect(applyPreset(name).preset).toBe(name);
  });

  it("has a Russian title and description for every preset", () => {
    expect(PRESETS.map((p) => p.name)).toEqual([...PRESET_NAMES]);
    for (const p of PRESETS) {
      expect(p.title).toMatch(/[А-Яа-яЁё]/);
      expect(p.description.length).toBeGreaterThan(40);
    }
    expect(PRESETS.find((p) => p.name === "federal-30")?.title).toBe("Федеральное правило 30%");
  });

  it("throws for an unknown name, listing the known ones", () => {
    expect(() => applyPreset("federal-40")).toThrow(
      "Неизвестный набор правил «federal-40». Известны: default, federal-30, stably-low, cluster, blocks-004, social-index, direct-flags",
    );
  });

  it("keeps the department's own tuning and does not modify the base", () => {
    const base = applyPreset("default");
    base.socialIndex.quantile = 0.2;
    base.socialIndex.factors = [{ indicator: "share_low_income", sign: -1, weight: 2 }];
    base.biased = "exclude";
    base.lowResults.cut = 0.25;
    const before = structuredClone(base);
    const out = applyPreset("stably-low", base);
    expect(base).toEqual(before);
    expect(out.socialIndex.factors).toEqual(base.socialIndex.factors);
    expect(out.biased).toBe("exclude");
    // The preset's own method is reset to its shipped parameters; the social index quantile is kept.
    expect(out.stablyLow).toEqual({ ...DEFAULT_CLASSIFICATION.stablyLow, enabled: true });
    expect(out.socialIndex.quantile).toBe(0.2);
    // "social-index" is about the quantile: it restores the shipped bottom quartile.
    expect(applyPreset("social-index", base).socialIndex.quantile).toBe(0.25);
    expect(applyPreset("federal-30", base).lowResults.cut).toBe(0.3);
  });

  it("the default preset is the shipped default", () => {
    expect(applyPreset("default")).toEqual(DEFAULT_CLASSIFICATION);
  });
});

describe("presets on one dataset", () => {
  /*
   * Six schools of one rural group, 2023–2024:
   *   P1 — 30% rule (40% and 35% below the minimum in 2024);
   *   P2 — ЕГЭ русский 20 then 22, below 24 two years running;
   *   cluster (ЕГЭ русский 2024): 60, 22, 45, 62, 64, 66, mean 53,17, cut 0,9 × 53,17 = 47,85 → P2, P3;
   *   P4 — marked low by the department;
   *   social index (three factors, same order): P5 the poorest, then P6. Six schools: PERCENTILE.INC(0,25)
   *     lies between the 2nd and 3rd lowest, so the two lowest (P5, P6) are adverse;
   *   blocks: качество знаний P3 0,30 and P6 0,35 below 0,5; teachers with categories P3 0,20 and P6 0,25
   *     below 0,8 × mean 0,542 = 0,433 → P3 and P6 have 2 weak blocks.
   */
  const social = (share: number) => ({ share_low_income: share, share_single_parent: share, share_on_register: share / 4 });
  const school = (key: string, mean2023: number, mean2024: number, shares: number[], poverty: number, kq: number, categories: number, mark = "") => [
    rec(key, 2023, { ege_mean_russian: mean2023, ege_below_min_russian: 0.05 }),
    rec(key, 2024, {
      cluster: "сельская", ege_mean_russian: mean2024, ege_below_min_russian: shares[0], oge_below_min_russian: shares[1],
      knowledge_quality: kq, share_teachers_categories: categories, flag_low_results: mark,
    }),
    rec(key, null, social(poverty)),
  ];
  const RECORDS = [
    ...school("P1", 60, 60, [0.4, 0.35], 0.1, 0.6, 0.7),
    ...school("P2", 20, 22, [0.05, 0.05], 0.12, 0.6, 0.7),
    ...school("P3", 60, 45, [0.05, 0.05], 0.14, 0.3, 0.2),
    ...school("P4", 60, 62, [0.05, 0.05], 0.16, 0.6, 0.7, "да"),
    ...school("P5", 60, 64, [0.05, 0.05], 0.6, 0.6, 0.7),
    ...school("P6", 60, 66, [0.05, 0.05], 0.5, 0.35, 0.25),
  ];

  it.each([
    ["default", { P1: "low_results", P2: "low_results", P3: "none", P4: "low_results", P5: "adverse_social", P6: "adverse_social" }],
    ["federal-30", { P1: "low_results", P2: "none", P3: "none", P4: "low_results", P5: "adverse_social", P6: "adverse_social" }],
    ["stably-low", { P1: "none", P2: "low_results", P3: "none", P4: "low_results", P5: "adverse_social", P6: "adverse_social" }],
    ["cluster", { P1: "none", P2: "low_results", P3: "low_results", P4: "low_results", P5: "adverse_social", P6: "adverse_social" }],
    ["blocks-004", { P1: "none", P2: "none", P3: "low_results", P4: "low_results", P5: "adverse_social", P6: "both" }],
    ["social-index", { P1: "none", P2: "none", P3: "none", P4: "low_results", P5: "adverse_social", P6: "adverse_social" }],
    ["direct-flags", { P1: "none", P2: "none", P3: "none", P4: "low_results", P5: "none", P6: "none" }],
  ])("%s", (name, expected) => {
    const settings = defaultSettings(2024);
    settings.classification = applyPreset(name);
    expect(statuses(run(RECORDS, settings))).toEqual(expected);
  });
});
