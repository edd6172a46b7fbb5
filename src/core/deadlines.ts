/**
 * Deadlines as roadmaps write them («сентябрь – октябрь 2020г.», «18–19.10.», «До 2021 года») read
 * into a start and an end date. Text that is not fully understood is #N/A, never a silent guess.
 *
 * Decisions on ambiguous forms:
 * - «в течение учебного года», «2020-2021 уч. год»: 1 September – 31 May (the school plan's year);
 *   a single year («2020 уч. год») is ambiguous and unreadable.
 * - «в течение года», «постоянно» and a bare «Ежегодно»/«Ежеквартально»/«ежемесячно»: the whole
 *   defaultYear (recurrence null for «постоянно»: ongoing work, not a repeated event).
 * - A missing year is taken from a later period («ноябрь – февраль 2021» -> Nov 2020), else from an
 *   earlier one («сентябрь 2020 – май» -> May 2021), else defaultYear (later months roll forward).
 * - «До X», «по X», «к X», «не позднее X» at the start: open, start = 1 Jan of defaultYear (1 Jan of
 *   X's year if no defaultYear or it is later than the end); yearAssumed refers to X only.
 * - Years outside 1900–2199 are unreadable (a stray number is not a year).
 */
import { CellError, type Result } from "./errors";
import { t } from "../i18n";

export interface DayDate { year: number; month: number; day: number }
export type Recurrence = "monthly" | "quarterly" | "yearly" | null;
export interface Deadline {
  start: DayDate;
  end: DayDate;
  /** true when the year came from defaultYear rather than the text */
  yearAssumed: boolean;
  recurrence: Recurrence;
  /** "until": «До 2021 года» (start unknown: start = 1 Jan of defaultYear if given, else 1 Jan of the end year) */
  open: boolean;
}

const MIN_YEAR = 1900, MAX_YEAR = 2199;

type Tok =
  | { k: "month"; m: number }
  | { k: "num"; v: number; ordinal: boolean }
  | { k: "roman"; v: number }
  | { k: "date"; d: number; m: number; y: number | null }
  | { k: "year"; y: number }
  | { k: "sep"; s: "range" | "list" }
  | { k: "until" | "from" | "yearWord" | "filler" | "not" | "later" }
  | { k: "part"; size: 3 | 6 }
  | { k: "rec"; r: Recurrence };

/** One period of the text: months (sm..em), a date, a bare day («18» of «18–19.10.») or a whole year. */
interface Part { kind: "months" | "date" | "day" | "year"; sm: number; sd: number; em: number; y: number | null; assumed: boolean }

const WORDS = new Map<string, Tok>();
// Stems and endings give every case (сентябрь/сентября/сентябре...); short forms are abbreviations.
const MONTHS: [string, string[], string[]][] = [
  ["январ", ["ь", "я", "е", "ю", "ем", "ём"], ["янв"]], ["феврал", ["ь", "я", "е", "ю", "ем", "ём"], ["фев", "февр"]],
  ["март", ["", "а", "е", "у", "ом"], ["мар"]], ["апрел", ["ь", "я", "е", "ю", "ем"], ["апр"]],
  ["ма", ["й", "я", "е", "ю", "ем"], []], ["июн", ["ь", "я", "е", "ю", "ем"], []], ["июл", ["ь", "я", "е", "ю", "ем"], []],
  ["август", ["", "а", "е", "у", "ом"], ["авг"]], ["сентябр", ["ь", "я", "е", "ю", "ем", "ём"], ["сен", "сент"]],
  ["октябр", ["ь", "я", "е", "ю", "ем", "ём"], ["окт"]], ["ноябр", ["ь", "я", "е", "ю", "ем", "ём"], ["ноя", "нояб"]],
  ["декабр", ["ь", "я", "е", "ю", "ем", "ём"], ["дек"]],
];
MONTHS.forEach(([stem, endings, short], i) => {
  for (const w of [...endings.map((e) => stem + e), ...short]) WORDS.set(w, { k: "month", m: i + 1 });
});
const words = (list: string, tok: Tok) => list.split(" ").forEach((w) => WORDS.set(w, tok));
// «к 1 сентября» and «не позднее» mean "by"; a lone «позднее» ("later than") would invert it.
words("до по к", { k: "until" });
words("не", { k: "not" });
words("позднее позже", { k: "later" });
words("с со c", { k: "from" });
words("г гг год года году годы годов", { k: "yearWord" });
words("в во течение теч конца концу", { k: "filler" });
words("и", { k: "sep", s: "list" });
words("квартал квартала квартале кв", { k: "part", size: 3 });
words("полугодие полугодия полугодии полугодье", { k: "part", size: 6 });
words("ежемесячно", { k: "rec", r: "monthly" });
words("ежеквартально", { k: "rec", r: "quarterly" });
words("ежегодно", { k: "rec", r: "yearly" });
["i", "ii", "iii", "iv"].forEach((w, i) => WORDS.set(w, { k: "roman", v: i + 1 }));
const DASH: Tok = { k: "sep", s: "range" }, COMMA: Tok = { k: "sep", s: "list" };

// Groups: 1-3 date dd.mm[.yy[yy]][.], 4 year, 5 day or ordinal («1-й»), 6 ordinal suffix, 7 dash,
// 8 comma, 9 word. Whitespace and stray dots are skipped.
const TOKEN =
  /\s+|\.|(\d{1,2})\.(\d{1,2})(?:\.(\d{4}|\d{2}))?(?!\d)\.?|(\d{4})(?!\d)|(\d{1,2})(-(?:й|я|е|ое|ый|ого|го))?(?![\dа-я])|([-‐‑‒–—―−])|([,;])|([a-zа-я]+)\.?/y;
// «в течение [учебного] года», «2020-2021 уч. год», «2020/21 учебный год».
const ACADEMIC =
  /^(?:(?:в\s*)?(?:течение|теч\.?)\s*)?(?:(\d{4})\s*[-–—/]\s*(\d{4}|\d{2})\s*(?:гг?\.?)?\s*)?(?:уч\.?|учебн(?:ый|ого|ом))\s*(?:г\.?|год[ау]?)\.?$/;
const WHOLE_YEAR = /^(?:(?:в\s*)?(?:течение|теч\.?)\s*(?:всего\s+)?(?:календарного\s+)?года|постоянно)\.?$/;

const isLeap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const daysInMonth = (y: number, m: number) => (m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1]);
const key = (d: DayDate) => d.year * 10000 + d.month * 100 + d.day;
const YO = /ё/g;
const validYear = (y: number) => Number.isInteger(y) && y >= MIN_YEAR && y <= MAX_YEAR;

function tokenize(s: string): Tok[] | null {
  const toks: Tok[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < s.length) {
    const g = TOKEN.exec(s);
    if (!g) return null;
    if (g[1] !== undefined) {
      const y = g[3] === undefined ? null : g[3].length === 2 ? 2000 + Number(g[3]) : Number(g[3]);
      const [d, m] = [Number(g[1]), Number(g[2])];
      if (m < 1 || m > 12 || d < 1 || d > 31 || (y !== null && !validYear(y))) return null;
      toks.push({ k: "date", d, m, y });
    } else if (g[4] !== undefined) {
      const y = Number(g[4]);
      if (!validYear(y)) return null;
      toks.push({ k: "year", y });
    } else if (g[5] !== undefined) toks.push({ k: "num", v: Number(g[5]), ordinal: g[6] !== undefined });
    else if (g[7] !== undefined) toks.push(DASH);
    else if (g[8] !== undefined) toks.push(COMMA);
    else if (g[9] !== undefined) {
      const tok = WORDS.get(g[9]);
      if (!tok) return null;
      toks.push(tok);
    }
  }
  return toks;
}

type Failure = "unreadable" | "noYear";

function wholeYear(year: number | null, recurrence: Recurrence): Deadline | Failure {
  if (year === null) return "noYear";
  return { start: { year, month: 1, day: 1 }, end: { year, month: 12, day: 31 }, yearAssumed: true, recurrence, open: false };
}

function academic(s: string, defaultYear: number | null): Deadline | Failure | null {
  const g = ACADEMIC.exec(s);
  if (!g) return null;
  let year = defaultYear;
  if (g[1] !== undefined) {
    year = Number(g[1]);
    const next = g[2].length === 2 ? (year + 1) % 100 : year + 1;
    if (Number(g[2]) !== next || !validYear(year + 1)) return "unreadable";
  } else if (year === null) return "noYear";
  return { start: { year, month: 9, day: 1 }, end: { year: year + 1, month: 5, day: 31 }, yearAssumed: g[1] === undefined, recurrence: null, open: false };
}

function parse(s: string, defaultYear: number | null): Deadline | Failure {
  if (WHOLE_YEAR.test(s)) return wholeYear(defaultYear, null);
  const acad = academic(s, defaultYear);
  if (acad) return acad;
  const toks = tokenize(s);
  if (!toks) return "unreadable";

  const parts: Part[] = [];
  const seps: ("range" | "list")[] = [];
  let pending: "range" | "list" | null = null;
  let until = false;
  let from = false;
  let rec: Recurrence = null;
  let afterYear = false; // «г.», «года» may only follow a year
  const add = (p: Part): boolean => {
    if (parts.length > 0) {
      if (!pending) return false; // two periods with nothing between them
      seps.push(pending);
    }
    pending = null;
    parts.push(p);
    return true;
  };
  const months = (sm: number, em: number): Part => ({ kind: "months", sm, sd: 1, em, y: null, assumed: false });

  for (let i = 0; i < toks.length; i++) {
    const tk = toks[i];
    let ok = true;
    switch (tk.k) {
      case "filler": break;
      case "yearWord": ok = afterYear; break;
      case "part": ok = false; break;
      case "rec": ok = rec === null; rec = tk.r; break;
      case "from": ok = !parts.length && !until && !from; from = true; break;
      case "not": ok = toks[i + 1]?.k === "later"; break;
      case "later": // only as «не позднее»
      case "until":
        if (tk.k === "later" && toks[i - 1]?.k !== "not") ok = false;
        else if (parts.length) { ok = !pending; pending = "range"; }
        else { ok = !until && !from; until = true; }
        break;
      case "sep":
        // «Ежегодно, сентябрь»: a comma after a leading recurrence word is harmless.
        if (!parts.length) ok = rec !== null && tk.s === "list" && !until && !from;
        else { ok = !pending; pending = tk.s; }
        break;
      case "year": {
        const last = parts[parts.length - 1];
        // «сентябрь 2021», and with a comma before the year, «сентябрь, 2021»: the year of that period.
        const commaBefore = pending === "list" && toks[i - 1] === COMMA;
        if (last && (!pending || commaBefore) && last.y === null && (last.kind === "months" || last.kind === "date")) {
          last.y = tk.y;
          pending = null;
        } else ok = add({ kind: "year", sm: 1, sd: 1, em: 12, y: tk.y, assumed: false });
        break;
      }
      case "month": ok = add(months(tk.m, tk.m)); break;
      case "date": ok = add({ kind: "date", sm: tk.m, sd: tk.d, em: tk.m, y: tk.y, assumed: false }); break;
      case "roman":
      case "num": {
        // «I квартал», «2-е полугодие», «15 сентября», «1-го сентября», or a bare day («18» of «18–19.10.»).
        const next = toks[i + 1];
        if (next?.k === "part") {
          i++;
          ok = tk.v >= 1 && tk.v <= 12 / next.size && add(months((tk.v - 1) * next.size + 1, tk.v * next.size));
        } else if (tk.k === "roman" || tk.v < 1 || tk.v > 31) ok = false;
        else if (next?.k === "month") {
          i++;
          ok = add({ kind: "date", sm: next.m, sd: tk.v, em: next.m, y: null, assumed: false });
        } else ok = !tk.ordinal && add({ kind: "day", sm: 0, sd: tk.v, em: 0, y: null, assumed: false });
        break;
      }
    }
    if (!ok) return "unreadable";
    afterYear = tk.k === "year" || (tk.k === "date" && tk.y !== null);
  }
  if (pending) return "unreadable";
  if (!parts.length) return rec !== null && !until && !from ? wholeYear(defaultYear, rec) : "unreadable";
  if ((until && parts.length !== 1) || (from && (parts.length !== 2 || seps[0] !== "range"))) return "unreadable";

  // «18–19.10.»: a bare day takes the month of the date after the dash.
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.kind !== "day") continue;
    const next = parts[i + 1];
    if (!next || next.kind !== "date" || seps[i] !== "range" || p.sd > next.sd) return "unreadable";
    p.sm = p.em = next.sm;
  }
  // A year written later applies to the periods before it, stepping back when months run backwards.
  let carry: Part | null = null;
  for (let i = parts.length - 1; i >= 0; i--) {
    const p = parts[i];
    if (p.kind === "year") carry = null;
    else if (p.y !== null) carry = p;
    else if (carry && carry.y !== null) {
      p.y = carry.y - (p.sm * 100 + p.sd > carry.sm * 100 + carry.sd ? 1 : 0);
      carry = p;
    }
  }
  // Otherwise an earlier year applies, or defaultYear; later months that run backwards roll forward.
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.y !== null) continue;
    const prev = parts[i - 1];
    if (prev && prev.y !== null) [p.y, p.assumed] = [prev.y + (p.sm * 100 + p.sd < prev.sm * 100 + prev.sd ? 1 : 0), prev.assumed];
    else if (defaultYear !== null) [p.y, p.assumed] = [defaultYear, true];
    else return "noYear";
    if (!validYear(p.y)) return "unreadable";
  }

  let start: DayDate | null = null;
  let end: DayDate = { year: 0, month: 0, day: 0 };
  let lastFrom = 0;
  for (const p of parts) {
    const y = p.y as number;
    const single = p.kind === "date" || p.kind === "day";
    if (single && p.sd > daysInMonth(y, p.sm)) return "unreadable";
    const pStart = { year: y, month: p.sm, day: p.sd };
    const pEnd = { year: y, month: p.em, day: single ? p.sd : daysInMonth(y, p.em) };
    if (key(pStart) < lastFrom || key(pEnd) < key(end)) return "unreadable"; // periods must run forwards
    lastFrom = key(pStart);
    start ??= pStart;
    end = pEnd;
  }
  if (until) start = { year: defaultYear !== null && defaultYear <= end.year ? defaultYear : end.year, month: 1, day: 1 };
  if (!start) return "unreadable";
  return { start, end, yearAssumed: parts.some((p) => p.assumed), recurrence: rec, open: until };
}

/**
 * Reads a deadline written as text. `parseDeadline("сентябрь – октябрь 2020г.", null)` ->
 * { start: 2020-09-01, end: 2020-10-31, yearAssumed: false, recurrence: null, open: false };
 * `parseDeadline("по мере необходимости", 2021)` -> #N/A «Не удалось прочитать срок …».
 */
export function parseDeadline(text: string, defaultYear: number | null): Result<Deadline> {
  if (defaultYear !== null && !validYear(defaultYear)) {
    return new CellError("VALUE", t("deadline.badDefaultYear", { min: MIN_YEAR, max: MAX_YEAR, year: defaultYear }));
  }
  const trimmed = text.trim();
  const result = parse(trimmed.toLowerCase().replace(YO, "е"), defaultYear);
  if (result === "unreadable") return new CellError("NA", t("deadline.unreadable", { text: trimmed }));
  if (result === "noYear") return new CellError("NA", t("deadline.yearMissing", { text: trimmed }));
  return result;
}

const DAY_MS = 86_400_000;
const EPOCH = Date.UTC(1899, 11, 30);

/**
 * Excel 1900 date system serial: `toExcelSerial({ year: 2020, month: 9, day: 1 })` -> 44075.
 * Excel counts a fictitious 29.02.1900 (serial 60), so dates before March 1900 are one less.
 */
export function toExcelSerial(date: DayDate): number {
  if (date.year < 1900 || date.year > 9999) throw new RangeError(`No Excel serial before 1900 or after 9999: ${date.year}`);
  const serial = Math.round((Date.UTC(date.year, date.month - 1, date.day) - EPOCH) / DAY_MS);
  return serial < 61 ? serial - 1 : serial;
}

/**
 * The day of an Excel serial (time of day ignored): `fromExcelSerial(44075)` -> 2020-09-01.
 * Serial 60 gives 29.02.1900, as Excel shows it. Serials below 1 are a programming error.
 */
export function fromExcelSerial(serial: number): DayDate {
  if (!Number.isFinite(serial) || serial < 1) throw new RangeError(`Not an Excel date serial: ${serial}`);
  const whole = Math.floor(serial);
  if (whole === 60) return { year: 1900, month: 2, day: 29 };
  const d = new Date(EPOCH + (whole < 60 ? whole + 1 : whole) * DAY_MS);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Russian date text: `formatDayDate({ year: 2020, month: 9, day: 1 })` -> "01.09.2020". */
export function formatDayDate(date: DayDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return `${pad(date.day, 2)}.${pad(date.month, 2)}.${pad(date.year, 4)}`;
}
