/**
 * The indicator catalogue: every indicator the product knows, with lookups. Built once at load; ids are
 * unique (a test checks), so the index is a plain map.
 */
import type { Indicator, IndicatorGroup } from "./types";
import { IDENTITY_INDICATORS } from "./indicatorsIdentity";
import { RESULTS_INDICATORS } from "./indicatorsResults";
import { EXAM_INDICATORS } from "./indicatorsExams";
import { SOCIAL_INDICATORS } from "./indicatorsSocial";
import { STAFF_INDICATORS } from "./indicatorsStaff";
import { EXTRACURRICULAR_INDICATORS } from "./indicatorsExtra";
import { PROGRAM_INDICATORS } from "./indicatorsProgram";
import { RISK_INDICATORS } from "./indicatorsRisk";

export { RISK_FACTOR_TITLES } from "./indicatorsRisk";

export const CATALOGUE: readonly Indicator[] = [
  ...IDENTITY_INDICATORS,
  ...RESULTS_INDICATORS,
  ...EXAM_INDICATORS,
  ...EXTRACURRICULAR_INDICATORS,
  ...SOCIAL_INDICATORS,
  ...STAFF_INDICATORS,
  ...PROGRAM_INDICATORS,
  ...RISK_INDICATORS,
];

const BY_ID = new Map<string, Indicator>(CATALOGUE.map((indicator) => [indicator.id, indicator]));

/** `indicatorById("knowledge_quality")?.unit` -> "percent"; undefined for an id the catalogue lacks. */
export function indicatorById(id: string): Indicator | undefined {
  return BY_ID.get(id);
}

/** For ids written in code (ids.ts): an unknown one is a programming error, so it throws. */
export function requireIndicator(id: string): Indicator {
  const indicator = BY_ID.get(id);
  if (!indicator) throw new Error(`Unknown indicator id: ${id}`);
  return indicator;
}

/** Indicators of one group, in catalogue order. */
export function indicatorsByGroup(group: IndicatorGroup): Indicator[] {
  return CATALOGUE.filter((indicator) => indicator.group === group);
}
