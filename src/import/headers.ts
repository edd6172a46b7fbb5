/**
 * Column headers -> indicator ids. A header is normalised (case, ё, punctuation, «%», units and years
 * removed; the year is kept apart), then read in this order: a mapping-profile rule for exactly that
 * normalised text; a row-number column («№ п/п»); an exam header by structure (exams.ts); the best
 * synonym of the catalogue by weighted token overlap. Below MATCH_THRESHOLD, or when the runner-up is
 * within AMBIGUITY_MARGIN of the best, the column stays unmatched and keeps its own `col:` key.
 */
import type { Indicator, Unit } from "../core/catalogue/types";
import type { MappingProfile } from "../core/settings";
import { matchExamHeader } from "./exams";
import { coverage, expandAbbreviations, stripYears, tokens } from "./text";

/** Score at or above which a synonym match is accepted. */
export const MATCH_THRESHOLD = 0.7;
/** A runner-up this close to the best makes the header ambiguous: it is reported, not guessed. */
export const AMBIGUITY_MARGIN = 0.05;
/** Below the threshold but at least this: reported as a possible match for the user to confirm. */
export const SUGGEST_THRESHOLD = 0.5;

export type UnitHint = "percent" | "count" | "score" | null;

export interface HeaderMatch {
  indicatorId: string | null;
  /** 0..1: 1 for a profile rule; for an unmatched column, the best candidate's score. */
  confidence: number;
  by: "profile" | "exam" | "synonym" | "rownumber" | "none";
  /** The best candidate when the column stayed unmatched, or the runner-up of a match. */
  candidate: { indicatorId: string; confidence: number } | null;
  ambiguous: boolean;
}

/**
 * The text a mapping rule and a `col:` key use: «ЕГЭ 2016, рус. яз. (%)» -> «егэ рус яз».
 */
export function normaliseHeader(text: string): string {
  return expandAbbreviations(stripYears(text))
    .replace(/%/g, " ")
    .replace(/\((?:в\s)?(?:процент\S*|чел\.?|человек|ед\.?|единиц\S*|шт\.?|руб\.?|лет|час\S*)\)/g, " ")
    .replace(/,\s*(?:в\s)?(?:процент\S*|чел\.?|человек|ед\.?|единиц\S*|шт\.?|руб\.?|лет|час\S*)\s*$/g, " ")
    .replace(/[^a-zа-я0-9№]+/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

/** What the header says about the unit: «%», «доля» -> percent; «кол-во», «чел.» -> count. */
export function unitHint(text: string): UnitHint {
  const t = expandAbbreviations(text);
  if (t.includes("%") || /(?<![а-я])(доля|процент)/.test(t)) return "percent";
  if (/(?<![а-я])(количеств|число|чел(\.|овек|\s|$)|ед\.|шт)/.test(t)) return "count";
  if (/балл/.test(t)) return "score";
  return null;
}

/** Identity headers as departments write them, added to the catalogue's own synonyms. */
export const IDENTITY_SYNONYMS: Record<string, string[]> = {
  school: [
    "наименование оо", "наименование образовательной организации", "образовательная организация", "оо", "оу",
    "школа", "наименование школы", "наименование учреждения", "учреждение", "наименование", "название оо",
    "краткое наименование оо", "полное наименование оо", "наименование общеобразовательной организации",
    "общеобразовательная организация", "наименование оу",
  ],
  municipality: [
    "муниципальное образование", "мо", "муниципалитет", "район", "муниципальный район", "городской округ",
    "территория", "ате", "наименование мо", "муниципальный район городской округ", "мр го", "муниципальный округ",
  ],
  year: ["год", "учебный год", "отчетный год"],
};

const ROW_NUMBER = /^(№|n|no|номер)?\s?(пп|по порядку)?$/;

interface Candidate {
  id: string;
  unit: Unit;
  words: string[];
}

const stem = (word: string): string => word.slice(0, 5);

// Units say how a value is written, not what it measures: they are hints (unitHint), not content.
const UNIT_WORDS = new Set(["чел", "человек", "ед", "единиц", "шт", "руб", "рублей"]);
const contentWords = (text: string): string[] => tokens(stripYears(text).replace(/%/g, " ")).filter((w) => !UNIT_WORDS.has(w));

export class HeaderMatcher {
  private readonly candidates: Candidate[] = [];
  private readonly weights = new Map<string, number>();
  private readonly defaultWeight: number;
  private readonly ids: Set<string>;
  private readonly cache = new Map<string, HeaderMatch>();
  /** Candidates by the first three letters of each of their words: only those can score above 0. */
  private readonly byPrefix = new Map<string, Set<Candidate>>();

  constructor(indicators: readonly Indicator[]) {
    this.ids = new Set(indicators.map((i) => i.id));
    for (const indicator of indicators) {
      const texts = [indicator.title.ru, ...(indicator.short ? [indicator.short] : []), ...indicator.synonyms, ...(IDENTITY_SYNONYMS[indicator.id] ?? [])];
      for (const text of texts) this.add(indicator.id, indicator.unit, text);
    }
    for (const [id, synonyms] of Object.entries(IDENTITY_SYNONYMS)) {
      if (!this.ids.has(id)) for (const text of synonyms) this.add(id, "text", text);
      this.ids.add(id);
    }
    // Inverse document frequency by stem: «доля», «количество» say little, «малоимущих» a lot.
    const df = new Map<string, Set<string>>();
    for (const c of this.candidates) for (const w of c.words) (df.get(stem(w)) ?? df.set(stem(w), new Set()).get(stem(w))!).add(c.id);
    const n = this.ids.size;
    for (const [s, set] of df) this.weights.set(s, 1 + Math.log(n / set.size));
    this.defaultWeight = 1 + Math.log(n);
    // tokenSimilarity is 0 unless two words are equal or share their first three letters.
    for (const c of this.candidates) {
      for (const w of c.words) (this.byPrefix.get(w.slice(0, 3)) ?? this.byPrefix.set(w.slice(0, 3), new Set()).get(w.slice(0, 3))!).add(c);
    }
  }

  /** Whether the catalogue (or the identity fields) has this id. */
  has(id: string): boolean {
    return this.ids.has(id);
  }

  /**
   * Matches a flattened header («ЕГЭ / Русский язык / средний балл»). Profile rules win; the rest is
   * cached per header text, since every file of a department repeats the same headers.
   */
  match(header: string, profile?: MappingProfile | null): HeaderMatch {
    const normalised = normaliseHeader(header);
    // An importer-listed unmatched header (auto, null) is no decision: match it as if it were absent.
    const rule = profile?.rules.find((r) => r.header === normalised && !(r.auto && r.indicator === null));
    if (rule && (rule.indicator === null || this.ids.has(rule.indicator))) {
      return { indicatorId: rule.indicator, confidence: 1, by: "profile", candidate: null, ambiguous: false };
    }
    const cached = this.cache.get(header);
    if (cached) return cached;
    const result = this.matchUncached(header, normalised);
    this.cache.set(header, result);
    return result;
  }

  private matchUncached(header: string, normalised: string): HeaderMatch {
    if (ROW_NUMBER.test(normalised) && normalised !== "") {
      return { indicatorId: null, confidence: 1, by: "rownumber", candidate: null, ambiguous: false };
    }
    const exam = matchExamHeader(header, (id) => this.ids.has(id));
    if (exam) return { indicatorId: exam.indicatorId, confidence: exam.confidence, by: "exam", candidate: null, ambiguous: false };

    // Score the whole header and its tails: a parent header («Социальный паспорт / …») is context that
    // the catalogue's synonyms do not repeat.
    const parts = header.split(" / ");
    const hint = unitHint(header);
    const best = new Map<string, number>();
    for (let from = 0; from < parts.length; from++) {
      const words = contentWords(parts.slice(from).join(" "));
      if (words.length === 0) continue;
      const reachable = new Set<Candidate>();
      for (const w of words) for (const c of this.byPrefix.get(w.slice(0, 3)) ?? []) reachable.add(c);
      for (const c of reachable) {
        const score = this.score(words, c, hint);
        if (score > (best.get(c.id) ?? 0)) best.set(c.id, score);
      }
    }
    const ranked = [...best.entries()].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    const round = (x: number): number => Math.round(x * 100) / 100;
    if (!first || first[1] < MATCH_THRESHOLD) {
      const candidate = first && first[1] >= SUGGEST_THRESHOLD ? { indicatorId: first[0], confidence: round(first[1]) } : null;
      return { indicatorId: null, confidence: first ? round(first[1]) : 0, by: "none", candidate, ambiguous: false };
    }
    const runnerUp = second ? { indicatorId: second[0], confidence: round(second[1]) } : null;
    if (second && first[1] - second[1] < AMBIGUITY_MARGIN) {
      return { indicatorId: null, confidence: round(first[1]), by: "none", candidate: { indicatorId: first[0], confidence: round(first[1]) }, ambiguous: true };
    }
    return { indicatorId: first[0], confidence: round(first[1]), by: "synonym", candidate: runnerUp, ambiguous: false };
  }

  private add(id: string, unit: Unit, text: string): void {
    const words = contentWords(text);
    if (words.length) this.candidates.push({ id, unit, words });
  }

  private weight = (word: string): number => this.weights.get(stem(word)) ?? this.defaultWeight;

  /** Weighted harmonic mean of how much of the synonym the header covers and the other way round. */
  private score(header: readonly string[], c: Candidate, hint: UnitHint): number {
    const covS = this.weightedCoverage(c.words, header);
    if (covS === 0) return 0;
    const covH = this.weightedCoverage(header, c.words);
    let score = (2 * covS * covH) / (covS + covH);
    const countUnit = c.unit === "count" || c.unit === "people";
    // A header that says «%» is not a count, one that says «чел.» is not a share.
    if ((hint === "percent" && countUnit) || (hint === "count" && c.unit === "percent")) score *= 0.7;
    return score;
  }

  private weightedCoverage(from: readonly string[], to: readonly string[]): number {
    let total = 0;
    let covered = 0;
    for (const word of from) {
      const w = this.weight(word);
      total += w;
      covered += w * coverage([word], to);
    }
    return total === 0 ? 0 : covered / total;
  }
}
