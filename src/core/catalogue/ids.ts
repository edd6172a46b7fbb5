/**
 * Ids of the indicators that code refers to by name (classification inputs, identity fields, program
 * targets). The catalogue (catalogue/indicators*.ts, behind catalogue/index.ts) must define every one of them; a test checks it.
 * Exam indicators are per subject: `examId("ege_mean", "russian")` -> "ege_mean_russian".
 */
import type { ExamSubject } from "../minscores";

/** Identity and grouping fields of a school record. */
export const ID = {
  school: "school",
  municipality: "municipality",
  year: "year",
  /** городская / сельская */
  cluster: "cluster",
  /** СОШ / ООШ / НОШ / гимназия … */
  schoolType: "school_type",
  smallSchool: "small_school",
  pupils: "pupils_total",
  /** The department's own marks. */
  flagLowResults: "flag_low_results",
  flagAdverse: "flag_adverse_social",
  /** Признаки необъективности результатов (ФИОКО). */
  flagBiased: "flag_biased",

  knowledgeQuality: "knowledge_quality",
  academicSuccess: "academic_success",
  retention: "retention",
  noCertificate9: "no_certificate_9",
  noCertificate11: "no_certificate_11",

  olympMunicipal: "olymp_municipal_winners",
  olympRegional: "olymp_regional_winners",
  sportSections: "sport_sections_share",
  creativeClubs: "creative_clubs_share",

  parentsHigherEd: "share_parents_higher_ed",
  singleParent: "share_single_parent",
  lowIncome: "share_low_income",
  unemployedParents: "share_unemployed_parents",
  onRegister: "share_on_register",
  ovz: "share_ovz",
  nonNative: "share_non_native",

  teacherVacancies: "teacher_vacancies",
  teachersHigherEd: "share_teachers_higher_ed",
  teachersCategories: "share_teachers_categories",
  teachersMeanAge: "teachers_mean_age",
} as const;

export type ExamMeasure =
  | "ege_mean" // mean ЕГЭ test score
  | "ege_below_min" // share of participants below the minimum
  | "ege_participants" // number of participants
  | "ege_below_min_count" // number below the minimum
  | "oge_mean" // mean ОГЭ mark
  | "oge_below_min" // share with mark «2»
  | "vpr_below_min"; // share with mark «2» in ВПР

export function examId(measure: ExamMeasure, subject: ExamSubject): string {
  return `${measure}_${subject}`;
}

/** ФИОКО risk factors (DOMAIN.md §4), in ФИОКО's order; values are «высокий» / «средний» / «низкий». */
export const RISK_FACTORS = [
  "risk_equipment",
  "risk_staff_shortage",
  "risk_teacher_competence",
  "risk_adaptivity",
  "risk_no_school_pd",
  "risk_language_barriers",
  "risk_school_climate",
  "risk_failing_pupils",
  "risk_parent_involvement",
  "risk_low_motivation",
] as const;
export type RiskFactorId = (typeof RISK_FACTORS)[number];
