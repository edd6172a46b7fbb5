/**
 * Exam headers read by structure rather than by synonym lists: an exam word (ЕГЭ, ОГЭ, ГИА-9/11, ВПР),
 * a subject in any spelling the minimum-score table knows (or an inflected form of its title), and a
 * measure («средний балл», «не преодолели минимальный порог», «участники»). «ЕГЭ 2016, рус. яз.»
 * -> ege_mean_russian: a department writes every subject × year, and no synonym list covers them all.
 */
import { examId, type ExamMeasure } from "../core/catalogue/ids";
import { SUBJECT_TITLES, subjectFromText, type ExamSubject } from "../core/minscores";
import { expandAbbreviations, stripYears, tokenSimilarity } from "./text";

export interface ExamMatch {
  indicatorId: string;
  confidence: number;
}

type Exam = "ege" | "oge" | "vpr";

const L = "а-яa-z";
const has = (text: string, body: string): boolean => new RegExp(`(?<![${L}])(?:${body})`).test(text);

function examOf(text: string): Exam | null {
  if (has(text, "егэ|гиа\\s?-?\\s?11")) return "ege";
  if (has(text, "огэ|гиа\\s?-?\\s?9")) return "oge";
  if (has(text, "впр")) return "vpr";
  return null;
}

const EXAM_WORDS = new Set(["егэ", "огэ", "гиа", "впр", "11", "9"]);

/** The subject named somewhere in the words: exact spellings first (longest phrase wins), then titles. */
export function subjectOf(words: readonly string[]): ExamSubject | null {
  for (let n = Math.min(4, words.length); n >= 1; n--) {
    for (let i = 0; i + n <= words.length; i++) {
      const subject = subjectFromText(words.slice(i, i + n).join(" "));
      if (subject) return subject;
    }
  }
  // Inflected titles: «по русскому языку», «математике профильного уровня».
  for (const [subject, title] of Object.entries(SUBJECT_TITLES) as [ExamSubject, string][]) {
    const titleWords = title.toLowerCase().replace(/[()]/g, " ").split(/\s+/).filter(Boolean);
    if (titleWords.every((w) => words.some((h) => tokenSimilarity(w, h) >= 0.8))) return subject;
  }
  return null;
}

const BELOW = "не\\s?преодол|ниже\\s(?:установленного\\s)?(?:минимальн|порог|мин)|не\\sнабрал|не\\sсдал|неудовлетвор|не\\sсправил|получивш\\S*\\s(?:отметку\\s)?2|на\\s2|двоек|двойк|доля\\s2(?![\\d,.])";
const PARTICIPANTS = "участник|сдавав|сдавш|писавш|выпускник";
const MEAN = "средн|балл|отметк|оценк";
const COUNT = "количеств|число|чел";
const PERCENT = "доля|процент|%";

/**
 * Reads an exam header. Returns null when the header names no exam or no subject, or when the
 * catalogue has no such indicator (`exists`).
 * `matchExamHeader("ЕГЭ 2016, рус. яз.", has)` -> { indicatorId: "ege_mean_russian", confidence: 0.8 }.
 */
export function matchExamHeader(header: string, exists: (id: string) => boolean): ExamMatch | null {
  const text = expandAbbreviations(stripYears(header));
  const exam = examOf(text);
  if (!exam) return null;
  const words = text.replace(/[^a-zа-я0-9]+/g, " ").split(" ").filter((w) => w && !EXAM_WORDS.has(w));
  const subject = subjectOf(words);
  if (!subject) return null;

  const counted = has(text, COUNT) && !text.includes("%") && !has(text, "доля|процент");
  let measure: ExamMeasure | null;
  let confidence = 0.9;
  if (has(text, BELOW)) measure = exam === "ege" && counted ? "ege_below_min_count" : `${exam}_below_min`;
  else if (exam === "ege" && (has(text, PARTICIPANTS) || (counted && !has(text, MEAN)))) measure = "ege_participants";
  else if (exam !== "vpr" && has(text, MEAN) && !has(text, PERCENT)) measure = `${exam}_mean`;
  else if (exam !== "vpr" && !has(text, PERCENT) && !counted) {
    measure = `${exam}_mean`; // «ЕГЭ, рус. яз.» with no measure: the mean score is what such columns hold
    confidence = 0.8;
  } else measure = null;
  if (!measure) return null;
  const id = examId(measure, subject);
  if (!exists(id)) return null;
  return { indicatorId: id, confidence };
}
