/**
 * Parameters of the classification rules (DOMAIN.md §4). Every rule is a preset with parameters stored
 * in the workbook settings, because every district defends its own list.
 */
import type { ThresholdKind } from "../minscores";

export interface LowResultsRule {
  enabled: boolean;
  /** Share of participants below the minimum that counts (default 0.3). */
  cut: number;
  /** How many procedures of the current year must reach the cut (default 2). */
  procedures: number;
  /** "or": many procedures or the same one two years running; "and": both. */
  mode: "or" | "and";
}

export interface StablyLowRule {
  enabled: boolean;
  /** Consecutive years with the mean below the minimum (default 2; some districts use 3). */
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
  /** School value ÷ group mean below this is low (default 0.9). */
  ratioCut: number;
  quantile: number;
}

export interface BlocksRule {
  enabled: boolean;
  /** Block 1: качество знаний below this is weak (default 0.5). */
  qualityCut: number;
  /** Blocks 2–4: a value below this share of the municipal mean is weak (default 0.8). */
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
  /** Schools in the bottom `quantile` of the index are ШНСУ (default 0.25). */
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
  /** Crisis vs risk (seed 004). */
  level: { crisisYears: number; crisisWhenBoth: boolean; worseningIsRisk: boolean };
  resilient: { enabled: boolean; quantile: number; residualSd: number };
}
