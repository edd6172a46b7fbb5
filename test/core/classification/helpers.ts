/** Small invented datasets for the classification tests. */
import { classify } from "../../../src/core/classification/engine";
import type { ClassificationSettings } from "../../../src/core/classification/settings";
import type { ClassificationResult, Reason, RuleId, SchoolClassification } from "../../../src/core/classification/types";
import type { Dataset, RecordValue, SchoolRecord } from "../../../src/core/records";
import { defaultSettings, type Settings } from "../../../src/core/settings";

export type Values = Record<string, RecordValue>;

export function rec(key: string, year: number | null, values: Values, municipality = "Ярцевский район"): SchoolRecord {
  return { key, school: `Школа ${key}`, municipality, year, values, sources: [] };
}

export function data(records: SchoolRecord[]): Dataset {
  return { records, columns: [] };
}

type Switch = "lowResults" | "stablyLow" | "cluster" | "blocks" | "socialIndex" | "directFlags" | "resilient";

/** Settings with only the named rules on (direct flags and resilience included), then `tweak`. */
export function only(rules: Switch[], tweak?: (c: ClassificationSettings) => void): Settings {
  const settings = defaultSettings(2024);
  const c = settings.classification;
  for (const rule of ["lowResults", "stablyLow", "cluster", "blocks", "socialIndex"] as const) c[rule].enabled = rules.includes(rule);
  c.directFlags.enabled = rules.includes("directFlags");
  c.resilient.enabled = rules.includes("resilient");
  tweak?.(c);
  return settings;
}

export function run(records: SchoolRecord[], settings: Settings, year?: number): ClassificationResult {
  return classify(data(records), settings, year === undefined ? {} : { year });
}

export function school(result: ClassificationResult, key: string): SchoolClassification {
  const found = result.schools.find((s) => s.key === key);
  if (!found) throw new Error(`no school ${key}`);
  return found;
}

export function reasons(s: SchoolClassification, rule: RuleId): Reason[] {
  return s.reasons.filter((r) => r.rule === rule);
}

/** The rule's summary reason (the one with no indicator). */
export function summary(s: SchoolClassification, rule: RuleId): Reason {
  const found = s.reasons.find((r) => r.rule === rule && r.indicator === null);
  if (!found) throw new Error(`no ${rule} summary for ${s.key}: ${s.reasons.map((r) => r.text).join(" | ")}`);
  return found;
}

export function ruleReport(result: ClassificationResult, id: RuleId): ClassificationResult["rules"][number] {
  const found = result.rules.find((r) => r.id === id);
  if (!found) throw new Error(`rule ${id} not reported`);
  return found;
}

/** Status of every school, by key. */
export function statuses(result: ClassificationResult): Record<string, string> {
  return Object.fromEntries(result.schools.map((s) => [s.key, s.status]));
}
