/**
 * Parameters of the classification rules (DOMAIN.md §4). Every rule is a preset with parameters stored
 * in the workbook settings, because every district defends its own list.
 */
import type { ThresholdKind } from "../minscores";

export interface LowResultsRule {
  enabled: boolean;
  /** Share of participants below the minimum that counts: share ≥ cut (default 0.3). */
  cut: number;
  /** How many procedures of the current year must reach the cut (default 2). */
  procedures: number;
  /** "or": many procedures or the same one two years running; "and": both. */
  mode: "or" | "and";
}

export interface StablyLowRule {
  enabled: boolean;
  /** Consecutive years with data with the mean strictly below the minimum (default 2; some districts use 3). */
  years: number;
  kind: ThresholdKind;
}

export interface ClusterRule {
  enabled: boolean;
  /** Indicator compared within the group (default: ЕГЭ mean in Russian as a ratio to the group mean). */
  indicator: string;
  /** Record key that defines the group: "cluster" (urban/rural), "school_type" (СОШ/ООШ) or a `col:` key. */
  groupBy: string;
  /** "below_mean": below the group mean by `ratioCut`; "bottom_quantile": in the group's bottom `quantile`. */
  basis: "below_mean" | "bottom_quantile";
  /** School value ÷ group mean strictly below this is low (default 0.9). */
  ratioCut: number;
  /** Bottom share of the group: value ≤ PERCENTILE.INC(group, quantile) and below the group's maximum. */
  quantile: number;
  /** Groups with fewer schools with the value are not compared (default 3). */
  minGroup: number;
}

export interface BlocksRule {
  enabled: boolean;
  /** Block 1: качество знаний strictly below this is weak (default 0.5). */
  qualityCut: number;
  /** Blocks 2–4: a value strictly below this share of the mean over all schools of the year is weak (default 0.8). */
  relativeCut: number;
  /** How many weak blocks make a school low-results (default 2). */
  weakBlocksForLow: number;
}

export interface SocialFactor {
  indicator: string;
  /** +1: a higher share is better; −1: worse. */
  sign: 1 | -1;
  weight: number;
}

export interface SocialIndexRule {
  enabled: boolean;
  factors: SocialFactor[];
  /** Schools in the bottom `quantile` of the index (≤ PERCENTILE.INC) are ШНСУ (default 0.25). */
  quantile: number;
  /** Minimum number of factors a school must have for an index (default 3). */
  minFactors: number;
}

export interface ClassificationSettings {
  /** Name of the preset the parameters started from (informational; the parameters are what count). */
  preset: string;
  lowResults: LowResultsRule;
  stablyLow: StablyLowRule;
  cluster: ClusterRule;
  blocks: BlocksRule;
  socialIndex: SocialIndexRule;
  /** Use the department's own НРО/ФНСУ marks when the data has them. */
  directFlags: { enabled: boolean; override: boolean };
  /** Schools flagged for biased results: "flag" keeps them in the rules and marks them; "exclude" leaves them out of the results rules. */
  biased: "flag" | "exclude";
  /**
   * Crisis vs risk (seed 004): crisis = low results `crisisYears` years running and adverse conditions
   * (when `crisisWhenBoth`), or low results `crisisYearsAlone` years running; risk = any criterion met,
   * or results worsening (when `worseningIsRisk`).
   */
  level: { crisisYears: number; crisisWhenBoth: boolean; crisisYearsAlone: number; worseningIsRisk: boolean };
  /** Bottom `quantile` of the index with top `quantile` of results, or a residual ≥ `residualSd` SDs. */
  resilient: { enabled: boolean; quantile: number; residualSd: number };
}

const fraction = (v: unknown): boolean => typeof v === "number" && v >= 0 && v <= 1;
const positive = (v: unknown): boolean => typeof v === "number" && v > 0;
const count = (v: unknown): boolean => Number.isInteger(v) && (v as number) >= 1;
const oneOf = (...values: string[]) => (v: unknown): boolean => typeof v === "string" && values.includes(v);
const factor = (v: unknown): boolean => {
  const f = v as Partial<SocialFactor> | null;
  return typeof f === "object" && f !== null && typeof f.indicator === "string" && f.indicator !== ""
    && (f.sign === 1 || f.sign === -1) && typeof f.weight === "number" && Number.isFinite(f.weight) && f.weight > 0;
};

// Values the rules divide by, compare with shares or count with: anything else is a hand edit gone wrong.
const CHECKS: [path: string, ok: (v: unknown) => boolean][] = [
  ["lowResults.cut", fraction], ["lowResults.procedures", count], ["lowResults.mode", oneOf("or", "and")],
  ["stablyLow.years", count], ["stablyLow.kind", oneOf("certificate", "university")],
  ["cluster.basis", oneOf("below_mean", "bottom_quantile")], ["cluster.ratioCut", positive], ["cluster.quantile", fraction], ["cluster.minGroup", count],
  ["blocks.qualityCut", fraction], ["blocks.relativeCut", positive], ["blocks.weakBlocksForLow", count],
  ["socialIndex.quantile", fraction], ["socialIndex.minFactors", count],
  ["biased", oneOf("flag", "exclude")],
  ["level.crisisYears", count], ["level.crisisYearsAlone", count],
  ["resilient.quantile", fraction], ["resilient.residualSd", positive],
];

/**
 * Classification settings read from a workbook or a file, made safe for the rules: a value out of its
 * range or not one of its choices is replaced by the default, a malformed social-index factor is
 * dropped; the dotted paths of what changed go to `fixed` (prefixed with `classification.`).
 */
export function checkClassification(c: ClassificationSettings, defaults: ClassificationSettings, fixed: string[]): ClassificationSettings {
  const out = { ...c } as unknown as Record<string, unknown>;
  const base = defaults as unknown as Record<string, unknown>;
  for (const [path, ok] of CHECKS) {
    const [group, key] = path.split(".");
    const holder = key === undefined ? out : (out[group] = { ...(out[group] as object) }) as Record<string, unknown>;
    const name = key ?? group;
    if (ok(holder[name])) continue;
    holder[name] = key === undefined ? base[group] : (base[group] as Record<string, unknown>)[key];
    fixed.push(`classification.${path}`);
  }
  const social = out.socialIndex as SocialIndexRule;
  const factors = social.factors.filter(factor);
  if (factors.length !== social.factors.length) fixed.push("classification.socialIndex.factors");
  out.socialIndex = { ...social, factors };
  return out as unknown as ClassificationSettings;
}
