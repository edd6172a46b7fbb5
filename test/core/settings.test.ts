import { classify } from "../../src/core/classification/engine";
import { applyPreset, PRESET_NAMES } from "../../src/core/classification/presets";
import { defaultSettings, readSettings } from "../../src/core/settings";

describe("readSettings", () => {
  it("takes the defaults and every preset as they are", () => {
    expect(readSettings(defaultSettings(2024)).fixed).toEqual([]);
    for (const name of PRESET_NAMES) {
      const stored = { ...defaultSettings(2024), classification: applyPreset(name) };
      expect({ name, fixed: readSettings(stored).fixed }).toEqual({ name, fixed: [] });
    }
  });

  it("replaces hand edits the rules cannot work with, naming each, and keeps the rest", () => {
    const stored = defaultSettings(2024) as unknown as { classification: Record<string, Record<string, unknown>> };
    const c = stored.classification;
    c.lowResults = { ...c.lowResults, cut: 30, mode: "xor", procedures: 3 };
    c.stablyLow = { ...c.stablyLow, kind: "bogus" };
    c.socialIndex = { ...c.socialIndex, factors: [null, { indicator: "share_low_income", sign: -1, weight: 1 }, { indicator: "x", sign: 2, weight: 1 }] };
    const { settings, fixed } = readSettings(stored);
    expect(fixed.sort()).toEqual([
      "classification.lowResults.cut", "classification.lowResults.mode", "classification.socialIndex.factors", "classification.stablyLow.kind",
    ]);
    const defaults = defaultSettings(2024).classification;
    expect(settings.classification.lowResults).toEqual({ ...defaults.lowResults, procedures: 3 });
    expect(settings.classification.stablyLow.kind).toBe(defaults.stablyLow.kind);
    expect(settings.classification.socialIndex.factors).toEqual([{ indicator: "share_low_income", sign: -1, weight: 1 }]);
    // What was a crash in the social-index rule is now a classification that runs.
    const dataset = { records: [{ school: "Школа", key: "k", municipality: null, year: 2024, values: { share_low_income: 0.2 }, sources: [] }], columns: [] };
    expect(classify(dataset, settings).schools).toHaveLength(1);
  });

  it("gives a blank status label its default back, so sheets and STATUS name every status alike", () => {
    const stored = { ...defaultSettings(2024), statusLabels: { ...defaultSettings(2024).statusLabels, low_results: "ШНРО", none: "  " } };
    const { settings, fixed } = readSettings(stored);
    expect(fixed).toEqual(["statusLabels.none"]);
    expect(settings.statusLabels).toEqual({ ...defaultSettings(2024).statusLabels, low_results: "ШНРО" });
  });
});
