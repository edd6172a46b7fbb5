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
