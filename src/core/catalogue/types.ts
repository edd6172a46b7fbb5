/**
 * The indicator catalogue's vocabulary. An indicator is what a column of a department workbook or a row
 * of a target sheet measures; its id is stable (saved profiles, data-sheet keys and settings refer to it).
 */
import type { TrendDirection } from "../formulas";
import type { ExamSubject } from "../minscores";

/** How a value is stored and shown. Shares are fractions 0..1 shown as percent. */
export type Unit =
  | "percent" // доля / процент: stored 0..1
  | "count" // единица, штук: whole, ≥ 0
  | "people" // человек: whole, ≥ 0
  | "score" // балл ЕГЭ/ОГЭ: 0..100
  | "mark" // отметка 2..5
  | "ratio" // коэффициент: ≥ 0
  | "years" // лет (mean teacher age)
  | "hours" // часов
  | "rubles" // рублей
  | "flag" // да/нет
  | "level" // высокий / средний / низкий (ФИОКО risk levels)
  | "text";

/** Which part of the school's picture the indicator describes (the four blocks of seed 004 and more). */
export type IndicatorGroup =
  | "identity" // school name, municipality, cluster, type
  | "results" // exams, grades, ВПР
  | "extracurricular" // olympiads, clubs, sections
  | "social" // families, registers, ОВЗ, language
  | "staff" // teachers, vacancies, qualifications
  | "conditions" // equipment, hours, specialists
  | "program" // program-level targets (share of schools …)
  | "risk"; // ФИОКО risk factors

/**
 * "none" for indicators that are context, not a goal (counts of pupils); "up"/"down" say which way is
 * better, as targets and dynamics need it.
 */
export type Direction = TrendDirection | "none";

export interface Indicator {
  /** ASCII, stable: `ege_mean_russian`, `share_low_income`. */
  id: string;
  title: { ru: string; en: string };
  /** Short Russian title for narrow column headers. */
  short?: string;
  unit: Unit;
  direction: Direction;
  group: IndicatorGroup;
  /** Header spellings seen in department workbooks, compared after normalisation (see catalogue/match). */
  synonyms: string[];
  /** For exam indicators: the subject and the procedure. */
  subject?: ExamSubject;
  exam?: "ege" | "oge" | "vpr";
  /** Seed documents the indicator comes from ("000", "001:1.3" = seed 001 table 1 row 3). */
  sources?: string[];
  /** Time-varying data (exam results per year) as opposed to a school attribute (municipality). */
  yearly?: boolean;
}
