/**
 * What the classification engine returns (DOMAIN.md §4): per school a status, a level, flags and the
 * reasons behind them, plus which rules could be applied and what input they lacked.
 */
import type { StatusCode } from "./rules";
import type { RecordValue } from "../records";

/** Rules and checks that leave reasons. Ids are stable (sheets and tests refer to them). */
export type RuleId =
  | "lowResults" // the 30% rule
  | "stablyLow" // mean ЕГЭ score below the minimum N years running
  | "cluster" // low within a group of comparable schools
  | "blocks" // the four-block model of seed 004
  | "socialIndex" // ИСБШ, bottom quantile → adverse conditions
  | "directFlags" // the department's own marks
  | "biased" // признаки необъективности
  | "resilient"
  | "level"; // crisis / risk

export type Level = "crisis" | "risk" | "none";

/** Blocks of seed 004, in the seed's order. */
export type BlockId = "academic" | "extracurricular" | "conditions" | "staffing";

/** One evaluated criterion, phrased so a methodologist can read it aloud to a director. */
export interface Reason {
  rule: RuleId;
  /** Indicator the criterion read (e.g. "ege_below_min_russian"); null for a rule's summary. */
  indicator: string | null;
  /** true: met; false: not met; null: could not be evaluated for this school (no data, excluded). */
  met: boolean | null;
  value: number | string | null;
  threshold: number | string | null;
  year: number | null;
  /** Russian (or English) text with the value, the threshold and the year. */
  text: string;
}

export interface RuleReport {
  id: RuleId;
  title: string;
  /** false when no school had the inputs (the rule decided nothing rather than "none" for everyone). */
  applied: boolean;
  /** What was missing, as readable text naming indicator ids and years. */
  missing: string[];
}

export interface SchoolClassification {
  key: string;
  school: string;
  municipality: string | null;
  status: StatusCode;
  /** settings.statusLabels[status]. */
  label: string;
  level: Level;
  reasons: Reason[];
  biased: boolean;
  resilient: boolean;
  weakBlocks: BlockId[];
  socialIndex: number | null;
  /** The values the rules read for the evaluation year, keyed by indicator id (null when absent). */
  indicators: Record<string, RecordValue>;
}

export interface ClassificationResult {
  year: number;
  schools: SchoolClassification[];
  rules: RuleReport[];
  counts: Record<StatusCode, number>;
}
