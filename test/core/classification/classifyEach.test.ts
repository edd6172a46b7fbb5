/** Several years over one indexing of the data, and the lean runs the monitoring rounds use. */
import { classifyWithRounds } from "../../../src/app/classify";
import { classify, classifyEach } from "../../../src/core/classification/engine";
import { applyPreset } from "../../../src/core/classification/presets";
import type { SchoolRecord } from "../../../src/core/records";
import { defaultSettings, type Settings } from "../../../src/core/settings";
import { data, rec, type Values } from "./helpers";

/** 40 schools × 3 years with passports, marks and every rule's inputs, from a fixed seed. */
function district(): SchoolRecord[] {
  let seed = 11;
  const rnd = (): number => ((seed = (seed * 1664525 + 1013904223) >>> 0) / 2 ** 32);
  const records: SchoolRecord[] = [];
  for (let i = 0; i < 40; i++) {
    const key = `s${i}`;
    const municipality = i % 3 ? "Ярцевский район" : "Сафоновский район";
    records.push(rec(key, null, {
      cluster: i % 2 ? "сельская" : "городская", share_low_income: rnd() * 0.4, share_single_parent: rnd() * 0.4,
      share_parents_higher_ed: rnd() * 0.5, share_unemployed_parents: rnd() * 0.2, flag_biased: i === 7 ? "да" : null,
    }, municipality));
    for (const year of [2022, 2023, 2024]) {
      const values: Values = {
        ege_below_min_russian: rnd() * 0.5, oge_below_min_russian: rnd() * 0.5, oge_below_min_math_profile: rnd() * 0.5,
        ege_mean_russian: 50 + rnd() * 30, ege_mean_math_profile: 30 + rnd() * 30, knowledge_quality: rnd(),
        olymp_municipal_winners: rnd() * 0.3, sport_sections_share: rnd(), creative_clubs_share: rnd(), share_teachers_categories: rnd(),
      };
      if (i === 3 && year === 2024) values.flag_low_results = "да";
      records.push(rec(key, year, values, municipality));
    }
  }
  return records;
}

function everyRule(): Settings {
  const settings = defaultSettings(2024);
  settings.classification = applyPreset("default");
  settings.classification.cluster.enabled = true;
  settings.classification.blocks.enabled = true;
  return settings;
}

describe("classifyEach", () => {
  const dataset = data(district());
  const settings = everyRule();

  it("gives for each run what classify gives alone", () => {
    expect(classify(dataset, settings).schools.some((s) => s.level === "crisis")).toBe(true);
    const runs = [{}, { year: 2023 }, { year: 2022 }, { year: 2024, allDetails: true }];
    const shared = classifyEach(dataset, settings, runs);
    runs.forEach((options, i) => expect(shared[i]).toEqual(classify(dataset, settings, options)));
  });

  it("without reasons keeps statuses, levels, flags and rule reports; indicators can be narrowed", () => {
    for (const year of [2022, 2023, 2024]) {
      const full = classify(dataset, settings, { year });
      const lean = classify(dataset, settings, { year, reasons: false, indicators: ["ege_below_min_russian", "knowledge_quality", "absent"] });
      expect(new Set(full.schools.map((s) => s.status)).size).toBeGreaterThan(2);
      expect(lean.schools.every((s) => s.reasons.length === 0)).toBe(true);
      expect(lean).toEqual({
        ...full,
        schools: full.schools.map((s) => ({
          ...s, reasons: [], indicators: { ege_below_min_russian: s.indicators.ege_below_min_russian, knowledge_quality: s.indicators.knowledge_quality },
        })),
      });
    }
  });

  it("classifyWithRounds: the evaluation year in full, the other rounds lean, restricted alike", () => {
    const { result, rounds } = classifyWithRounds(dataset, settings, { municipality: "Сафоновский район" }, [2022, 2023, 2024]);
    expect(rounds[2]).toBe(result);
    expect(result.schools.every((s) => s.municipality === "Сафоновский район" && s.reasons.length > 0)).toBe(true);
    const alone = classify(dataset, settings, { year: 2022 });
    expect(rounds[0].schools.map((s) => [s.key, s.status, s.level])).toEqual(
      alone.schools.filter((s) => s.municipality === "Сафоновский район").map((s) => [s.key, s.status, s.level]));
  });
});
