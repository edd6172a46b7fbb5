/**
 * Pieces of reason and missing-input texts: numbers as a Russian reader expects them (decimal comma,
 * percent), procedure and indicator names. Titles come from the data sheet's columns when the data has
 * the column, otherwise from this module's own messages, so no text ever shows a bare id alone.
 */
import { getLocale, t, type MessageKey } from "../../i18n";
import { ru as classMessages } from "../../i18n/messages/classification";
import { SUBJECT_TITLES, type ExamSubject } from "../minscores";
import type { Frame } from "./frame";

export type Exam = "ege" | "oge" | "vpr";

const templates = new Map<string, string[]>();

/**
 * t() for texts built once per school and criterion (a million in a country-wide run): the template is
 * taken from t() once per locale and key and split at its placeholders, so each call is a concatenation
 * instead of a regular-expression replace. Same output as t().
 */
export function tx(key: MessageKey, params: Record<string, string | number> = {}): string {
  const locale = getLocale();
  const cacheKey = `${locale}\u0000${key}`;
  let parts = templates.get(cacheKey);
  if (!parts) templates.set(cacheKey, (parts = t(key, {}, locale).split(/\{(\w+)\}/)));
  // join() gives one flat string; += would keep a rope of pieces alive in every stored reason.
  const out: string[] = new Array(parts.length);
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) out[i] = parts[i];
    else out[i] = Object.prototype.hasOwnProperty.call(params, parts[i]) ? String(params[parts[i]]) : `{${parts[i]}}`;
  }
  return out.join("");
}

/** A number rounded to `decimals`, with a decimal comma in Russian and a real minus sign. */
export function fmt(value: number, decimals = 2): string {
  const scale = 10 ** decimals;
  const rounded = Math.round(value * scale) / scale;
  // String() of a rounded number has no binary noise; exponent notation only starts at 1e21.
  let text = String(rounded);
  if (getLocale() === "ru" && text.includes(".")) text = text.replace(".", ",");
  return rounded < 0 ? `−${text.slice(1)}` : text;
}

/** A share as percent: 0.35 -> "35%", 1/3 -> "33,3%". */
export function pct(share: number): string {
  return `${fmt(share * 100, 1)}%`;
}

/** «год» / «года» / «лет» after a number. */
export function yearsWord(n: number): string {
  const mod10 = n % 10;
  const mod100 = n % 100;
  if (mod10 === 1 && mod100 !== 11) return tx("class.word.year1");
  if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return tx("class.word.year2");
  return tx("class.word.year5");
}

/** A noun after «из N» / «у N»: genitive singular after 1, 21…, genitive plural otherwise. */
export function ofCount(n: number, noun: "procedure" | "subject" | "school" | "measure" | "year"): string {
  const one = n % 10 === 1 && n % 100 !== 11;
  return tx(`class.of.${noun}${one ? "1" : "N"}` as MessageKey);
}

const lowerFirst = (text: string): string => text.charAt(0).toLowerCase() + text.slice(1);

export function subjectName(subject: ExamSubject, exam?: Exam): string {
  // ОГЭ and ВПР have one mathematics; «профильная» belongs to ЕГЭ only.
  if (subject === "math_profile" && exam && exam !== "ege") return getLocale() === "ru" ? lowerFirst(tx("class.subject.math")) : tx("class.subject.math");
  const name = tx(`class.subject.${subject}` as MessageKey);
  // «ЕГЭ, русский язык» in Russian; English keeps the capital («ЕГЭ, Russian»).
  return getLocale() === "ru" ? lowerFirst(name) : name;
}

const procedureTitles = new Map<string, string>();

/** «ЕГЭ, русский язык». */
export function procedureTitle(exam: Exam, subject: ExamSubject): string {
  const key = `${getLocale()}\u0000${exam}\u0000${subject}`;
  let title = procedureTitles.get(key);
  if (title === undefined) procedureTitles.set(key, (title = `${tx(`class.exam.${exam}` as MessageKey)}, ${subjectName(subject, exam)}`));
  return title;
}

const EXAM_ID = /^(ege_mean|ege_below_min_count|ege_below_min|ege_participants|oge_mean|oge_below_min|vpr_below_min)_(\w+)$/;

/** Russian title of an indicator id: the data sheet's column title, a known input, or an exam id. */
export function inputTitle(id: string, frame?: Frame): string {
  const fromData = frame?.titles.get(id);
  if (fromData) return fromData;
  const cacheKey = `${getLocale()}\u0000${id}`;
  let title = ownTitles.get(cacheKey);
  if (title === undefined) ownTitles.set(cacheKey, (title = ownTitle(id)));
  return title;
}

const ownTitles = new Map<string, string>();

function ownTitle(id: string): string {
  const own = `class.input.${id}`;
  if (own in classMessages) return tx(own as MessageKey);
  const exam = EXAM_ID.exec(id);
  if (exam && exam[2] in SUBJECT_TITLES) {
    const procedure = exam[1].startsWith("oge") ? "oge" : exam[1].startsWith("vpr") ? "vpr" : "ege";
    return `${t(`class.measure.${exam[1]}` as MessageKey)}, ${subjectName(exam[2] as ExamSubject, procedure)}`;
  }
  return id.startsWith("col:") ? id.slice(4) : id;
}

/** «качество знаний (knowledge_quality), …» — at most `limit` named, the rest counted. */
export function inputList(ids: readonly string[], frame?: Frame, limit = 8): string {
  const named = ids.slice(0, limit).map((id) => `«${inputTitle(id, frame)}» (${id})`);
  if (ids.length > limit) named.push(tx("class.more", { n: ids.length - limit }));
  return named.join(", ");
}

/** Joins up to `limit` items and counts the rest. */
export function shortList(items: readonly string[], limit = 5): string {
  const shown = items.slice(0, limit);
  if (items.length > limit) shown.push(tx("class.more", { n: items.length - limit }));
  return shown.join(", ");
}
