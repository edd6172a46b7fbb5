/**
 * Text normalisation shared by header matching and school matching: lowercase, ё → е, punctuation to
 * spaces, years pulled out. Token similarity is deliberately forgiving of Russian endings and of
 * abbreviations («рус.» ~ «русский», «обучающихся» ~ «обучающиеся»), since departments write both.
 */

const QUOTES = /[«»"“”„'‘’`]/g;

/** Lowercase, ё → е, quotes removed, whitespace collapsed. Punctuation is kept for the callers. */
export function basicNormalise(text: string): string {
  return text.toLowerCase().replace(/ё/g, "е").replace(QUOTES, " ").replace(/[\s\u00a0\u202f\u2009\u2007]+/g, " ").trim();
}

/** Reporting years that can appear in headers, titles and sheet names. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2099;

const DATE = /(?<!\d)\d{1,2}\.\d{1,2}\.(?:19|20)?\d\d(?!\d)/g;
const SPAN = /(?<!\d)((?:19|20)\d\d)\s*[/\-–—]\s*((?:19|20)?\d\d)(?!\d)/g;
const SINGLE = /(?<!\d)((?:19|20)\d\d)(?!\d)/g;

/**
 * Years written in text, in order, each once: «2016», «2020/2021» and «2020-21» (a school year gives
 * its later year: that is when its exams and year-end results happen). Dates («на 01.09.2023») are not
 * reporting years and are skipped. `yearsIn("ЕГЭ 2016, рус. яз.")` -> [2016].
 */
export function yearsIn(text: string): number[] {
  const found: number[] = [];
  const add = (y: number): void => {
    if (inRange(y) && !found.includes(y)) found.push(y);
  };
  const rest = text.replace(DATE, " ").replace(SPAN, (whole, a: string, b: string) => {
    const first = Number(a);
    const second = b.length === 2 ? Math.floor(first / 100) * 100 + Number(b) : Number(b);
    if (second === first + 1) {
      add(second);
      return " ";
    }
    return whole;
  });
  for (const m of rest.matchAll(SINGLE)) add(Number(m[1]));
  return found;
}

/** The one year a text names, or null when it names none or several («за 2021–2023 годы»). */
export function yearIn(text: string): number | null {
  const years = yearsIn(text);
  return years.length === 1 ? years[0] : null;
}

const inRange = (year: number): boolean => year >= MIN_YEAR && year <= MAX_YEAR;

const YEAR_WORD = String.raw`(?:\s*(?:учебн\S*\s+)?(?:гг?\.|год[а-я]*|уч\.\s?г\.?))?`;
const YEAR_SPAN_STRIP = new RegExp(String.raw`(?<!\d)(?:19|20)\d\d\s*[/\-–—]\s*(?:(?:19|20)?\d\d)(?!\d)` + YEAR_WORD, "g");
const YEAR_STRIP = new RegExp(String.raw`(?<!\d)(?:19|20)\d\d(?!\d)` + YEAR_WORD, "g");

/** Removes dates, years and school years from text, with the «г.»/«год» that follows them. */
export function stripYears(text: string): string {
  return text.replace(DATE, " ").replace(YEAR_SPAN_STRIP, " ").replace(YEAR_STRIP, " ");
}

/** Words that carry no meaning for matching. */
const STOP_WORDS = new Set([
  "в", "во", "по", "на", "из", "с", "со", "и", "или", "от", "для", "до", "за", "к", "о", "об", "при", "их", "том", "числе", "т", "ч",
]);

// Abbreviations written with a hyphen or slash, which punctuation stripping would cut into pieces.
// JavaScript's \b knows only ASCII letters, so word edges are spelled out.
const W = "а-яa-z0-9";
const word = (body: string): RegExp => new RegExp(`(?<![${W}])(?:${body})(?![${W}])`, "g");
const ABBREVIATIONS: [RegExp, string][] = [
  [word("кол-?\\s?во"), "количество"],
  [word("уч-?ся"), "учащихся"],
  [word("обуч-?ся|об-?ся"), "обучающихся"],
  [word("р-о?н"), "район"],
  [word("п\\s?/\\s?п"), "пп"],
  [word("ср\\.\\s?балл"), "средний балл"],
];

/** basicNormalise with hyphenated abbreviations expanded («кол-во» → «количество»). */
export function expandAbbreviations(text: string): string {
  let out = basicNormalise(text);
  for (const [pattern, full] of ABBREVIATIONS) out = out.replace(pattern, full);
  return out;
}

/** Lowercase words and numbers of a text, punctuation and stop words removed. */
export function tokens(text: string): string[] {
  return expandAbbreviations(text)
    .replace(/[^a-zа-я0-9№]+/g, " ")
    .split(" ")
    .filter((w) => w !== "" && !STOP_WORDS.has(w));
}

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * How alike two words are, 0..1. Equal 1; one a prefix of the other (an abbreviation: «рус» of
 * «русский») 0.9; a common stem differing only in an ending of up to three letters 0.8.
 * Numbers must be equal.
 */
export function tokenSimilarity(a: string, b: string): number {
  if (a === b) return 1;
  if (a.charCodeAt(0) !== b.charCodeAt(0) || hasDigit(a) || hasDigit(b)) return 0;
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (short.length >= 3 && long.startsWith(short)) return 0.9;
  let common = 0;
  while (common < short.length && a[common] === b[common]) common++;
  if (common >= 4 && common >= short.length - 3 && common >= long.length - 4) return 0.8;
  return 0;
}

/** For each token of `from`, its best similarity in `to`, averaged: how much of `from` `to` covers. */
export function coverage(from: readonly string[], to: readonly string[]): number {
  if (from.length === 0) return 0;
  let sum = 0;
  for (const a of from) {
    let best = 0;
    for (const b of to) {
      const s = tokenSimilarity(a, b);
      if (s > best) best = s;
      if (best === 1) break;
    }
    sum += best;
  }
  return sum / from.length;
}
