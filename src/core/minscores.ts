/**
 * ЕГЭ minimum scores by subject and year (DOMAIN.md §5). The table is data, not code: settings can
 * replace it (a department edits it when Rosobrnadzor changes a value), so every lookup takes the table.
 */
import { CellError, type Result } from "./errors";
import { t } from "../i18n";

export type ExamSubject =
  | "russian" | "math_profile" | "math_base" | "social" | "physics" | "chemistry" | "biology"
  | "history" | "literature" | "informatics" | "geography" | "foreign";

/** certificate: the minimum for the school certificate (аттестат); university: for admission (вуз). */
export type ThresholdKind = "certificate" | "university";

export interface MinScoreEntry {
  subject: ExamSubject;
  /** First and last year the value applies to, inclusive. */
  from: number;
  to: number;
  certificate: number | null;
  university: number | null;
}

export const SUBJECT_TITLES: Record<ExamSubject, string> = {
  russian: "Русский язык",
  math_profile: "Математика (профильная)",
  math_base: "Математика (базовая)",
  social: "Обществознание",
  physics: "Физика",
  chemistry: "Химия",
  biology: "Биология",
  history: "История",
  literature: "Литература",
  informatics: "Информатика",
  geography: "География",
  foreign: "Иностранный язык",
};

const LAST_YEAR = 2026;
const current = (subject: ExamSubject, certificate: number | null, university: number | null): MinScoreEntry => ({
  subject, from: 2019, to: LAST_YEAR, certificate, university,
});

/**
 * Shipped values. 2019–2026 from Rosobrnadzor (unchanged in those years); earlier years only where a
 * seed program states them (seed 000: обществознание 39 in 2014, 42 in 2016–2017). Base mathematics is
 * graded by marks: its minimum is the mark «3», and universities do not accept it.
 */
export const DEFAULT_MIN_SCORES: readonly MinScoreEntry[] = [
  current("russian", 24, 36),
  current("math_profile", 27, 27),
  current("math_base", 3, null),
  current("social", 42, 42),
  current("physics", 36, 36),
  current("chemistry", 36, 36),
  current("biology", 36, 36),
  current("history", 32, 32),
  current("literature", 32, 32),
  current("informatics", 40, 40),
  current("geography", 37, 37),
  current("foreign", 22, 22),
  { subject: "social", from: 2014, to: 2014, certificate: 39, university: 39 },
  { subject: "social", from: 2016, to: 2017, certificate: 42, university: 42 },
];

const normalize = (text: string): string =>
  text.toLowerCase().replace(/ё/g, "е").replace(/[().,«»"'\-–—/]/g, " ").replace(/\s+/g, " ").trim();

// Spellings seen in department workbooks and exam exports, compared after normalize().
const SUBJECT_ALIASES: Record<string, ExamSubject> = {};
const alias = (subject: ExamSubject, ...names: string[]): void => {
  for (const name of names) SUBJECT_ALIASES[normalize(name)] = subject;
};
alias("russian", "русский язык", "русский", "рус яз", "рус. яз.", "русск. яз.", "russian", "russian language");
// Plain «математика» in an ЕГЭ table means the scored (profile) exam: base mathematics has no score.
alias("math_profile", "математика профильная", "математика (профильная)", "профильная математика",
  "математика профиль", "математика (профиль)", "мат. проф.", "математика п", "математика", "math", "mathematics",
  "math profile", "mathematics profile", "profile mathematics");
alias("math_base", "математика базовая", "математика (базовая)", "базовая математика", "мат. баз.",
  "математика б", "math base", "basic mathematics", "mathematics basic");
alias("social", "обществознание", "общество", "общ.", "social studies", "social science");
alias("physics", "физика", "physics");
alias("chemistry", "химия", "chemistry");
alias("biology", "биология", "biology");
alias("history", "история", "история россии", "history");
alias("literature", "литература", "literature");
alias("informatics", "информатика", "информатика и икт", "информатика и икт (кегэ)", "кегэ", "информатика (кегэ)",
  "informatics", "computer science");
alias("geography", "география", "geography");
alias("foreign", "иностранный язык", "иностранные языки", "ин. яз.", "иняз", "английский язык", "английский",
  "немецкий язык", "немецкий", "французский язык", "французский", "испанский язык", "испанский",
  "foreign language", "english");

/** Reads a subject as people write it. `subjectFromText("Математика (профильная)")` -> "math_profile". */
export function subjectFromText(text: string): ExamSubject | undefined {
  return SUBJECT_ALIASES[normalize(text)];
}

/** Reads the threshold kind: «аттестат» (default) or «вуз». */
export function thresholdKindFromText(text: string | null | undefined): Result<ThresholdKind> {
  if (text === null || text === undefined || text.trim() === "") return "certificate";
  const key = normalize(text);
  if (["аттестат", "attestat", "certificate", "школа", "1"].includes(key)) return "certificate";
  if (["вуз", "вузы", "university", "поступление", "2"].includes(key)) return "university";
  return new CellError("VALUE", t("minscore.badKind", { text }));
}

/** The last year any entry of the table covers: the default when a year is not given. */
export function latestYear(table: readonly MinScoreEntry[] = DEFAULT_MIN_SCORES): number {
  return table.reduce((max, e) => Math.max(max, e.to), 0);
}

/**
 * Minimum score for a subject in a year. A year after the table's last year takes the last known value
 * (minimums change rarely and the table is editable); a year with no entry is #N/A.
 * `minScore("russian", 2024, "certificate")` -> 24.
 */
export function minScore(
  subject: ExamSubject,
  year: number,
  kind: ThresholdKind = "certificate",
  table: readonly MinScoreEntry[] = DEFAULT_MIN_SCORES,
): Result<number> {
  const entries = table.filter((e) => e.subject === subject);
  const lastTo = entries.reduce((max, e) => Math.max(max, e.to), -Infinity);
  const lookupYear = year > lastTo ? lastTo : year;
  const entry = entries.find((e) => e.from <= lookupYear && lookupYear <= e.to);
  const value = entry ? entry[kind] : null;
  if (value === null) return new CellError("NA", t("minscore.noValue", { subject: SUBJECT_TITLES[subject], year }));
  return value;
}

/** Minimum score from the subject as written. #N/A naming the known subjects when it is unknown. */
export function minScoreFromText(
  subjectText: string,
  year: number,
  kind: ThresholdKind = "certificate",
  table: readonly MinScoreEntry[] = DEFAULT_MIN_SCORES,
): Result<number> {
  const subject = subjectFromText(subjectText);
  if (!subject) {
    const known = Object.values(SUBJECT_TITLES).join(", ");
    return new CellError("NA", t("minscore.unknownSubject", { text: subjectText, known }));
  }
  return minScore(subject, year, kind, table);
}
