/**
 * Named rule sets, as districts use them (DOMAIN.md §4, seeds 000, 002, 004). A preset switches rules on
 * and off and sets the parameters that define its method to their shipped values; everything else (the
 * social-index factors, labels, crisis settings, the biased-results mode) is kept from `base`, so a
 * department's own tuning survives a change of preset.
 */
import { UserError } from "../errors";
import { t, type MessageKey } from "../../i18n";
import { DEFAULT_CLASSIFICATION } from "../settings";
import type { ClassificationSettings } from "./settings";

export const PRESET_NAMES = ["default", "federal-30", "stably-low", "cluster", "blocks-004", "social-index", "direct-flags"] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

type RuleSwitch = "lowResults" | "stablyLow" | "cluster" | "blocks" | "socialIndex";

interface PresetSpec {
  on: RuleSwitch[];
  /** Sets the parameters that define the preset's method. */
  tune?: (c: ClassificationSettings) => void;
  override?: boolean;
}

const D = DEFAULT_CLASSIFICATION;
const SPECS: Record<PresetName, PresetSpec> = {
  default: {
    on: ["lowResults", "stablyLow", "socialIndex"],
    tune: (c) => {
      c.lowResults = { ...D.lowResults };
      c.stablyLow = { ...D.stablyLow };
    },
  },
  "federal-30": { on: ["lowResults", "socialIndex"], tune: (c) => (c.lowResults = { ...D.lowResults, mode: "or" }) },
  "stably-low": { on: ["stablyLow", "socialIndex"], tune: (c) => (c.stablyLow = { ...D.stablyLow }) },
  cluster: { on: ["cluster", "socialIndex"], tune: (c) => (c.cluster = { ...D.cluster }) },
  "blocks-004": { on: ["blocks", "socialIndex"], tune: (c) => (c.blocks = { ...D.blocks }) },
  "social-index": { on: ["socialIndex"], tune: (c) => (c.socialIndex = { ...c.socialIndex, quantile: D.socialIndex.quantile }) },
  "direct-flags": { on: [], override: true },
};

export interface PresetInfo {
  name: PresetName;
  /** Russian (or English) title for the settings list. */
  readonly title: string;
  readonly description: string;
}

/** The presets with their titles, in the order a settings list shows them. */
export const PRESETS: readonly PresetInfo[] = PRESET_NAMES.map((name) => ({
  name,
  get title() {
    return t(`class.preset.${name}.title` as MessageKey);
  },
  get description() {
    return t(`class.preset.${name}.description` as MessageKey);
  },
}));

export function isPresetName(name: string): name is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(name);
}

/**
 * Settings of a preset over `base` (default: the shipped defaults). Does not modify `base`.
 * Throws an Error naming the known presets for an unknown name (the CLI shows it as is).
 * `applyPreset("stably-low").stablyLow.enabled` -> true.
 */
export function applyPreset(name: string, base: ClassificationSettings = DEFAULT_CLASSIFICATION): ClassificationSettings {
  if (!isPresetName(name)) throw new UserError(t("class.preset.unknown", { name, known: PRESET_NAMES.join(", ") }));
  const spec = SPECS[name];
  const out = structuredClone(base);
  spec.tune?.(out);
  const switches: RuleSwitch[] = ["lowResults", "stablyLow", "cluster", "blocks", "socialIndex"];
  for (const rule of switches) out[rule].enabled = spec.on.includes(rule);
  out.directFlags = { enabled: true, override: spec.override ?? false };
  out.preset = name;
  return out;
}
