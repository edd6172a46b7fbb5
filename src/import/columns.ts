/** Shared by table and passport extraction: a header -> ColumnMatch, its report lines, drafts per year. */
import { ID } from "../core/catalogue/ids";
import type { Unit } from "../core/catalogue/types";
import type { ImportIssue, RecordValue, SourceRef } from "../core/records";
import type { MappingProfile } from "../core/settings";
import type { HeaderMatcher } from "./headers";
import { normaliseHeader } from "./headers";
import { issue, type Place } from "./issues";
import type { ColumnMatch, Draft } from "./model";
import { yearIn } from "./text";
import type { ReadUnit } from "./values";

export interface ExtractContext {
  file: string;
  matcher: HeaderMatcher;
  profile: MappingProfile | null;
  defaultYear: number | null;
  /** The catalogue's unit of an indicator id. */
  unitOf: (id: string) => Unit | undefined;
  /** The catalogue's Russian title of an indicator id (for messages). */
  titleOf: (id: string) => string;
}

export const IDENTITY = new Set<string>([ID.school, ID.municipality, ID.year]);

/** Matches a header; `column` is the letter (table) or label cell (passport) named in messages. */
export function matchColumn(ctx: ExtractContext, header: string, column: string): ColumnMatch {
  const m = ctx.matcher.match(header, ctx.profile);
  const normalised = normaliseHeader(header);
  const key = m.indicatorId ?? `col:${normalised || column.toLowerCase()}`;
  return {
    column, header, normalised, key, indicatorId: m.indicatorId, year: yearIn(header),
    confidence: m.confidence, by: m.by, candidate: m.candidate, ambiguous: m.ambiguous,
  };
}

/** Turns a column into an unmatched one (a second school-name column, a duplicate of another column). */
export function unmatch(m: ColumnMatch, suffix = ""): ColumnMatch {
  return { ...m, key: `col:${m.normalised || m.column.toLowerCase()}${suffix}`, indicatorId: null, by: "none" };
}

/** Report lines for a column: kept unmatched (with a suggestion), ambiguous, a row-number column. */
export function columnIssues(ctx: ExtractContext, place: Place, m: ColumnMatch): ImportIssue[] {
  const at = { ...place, cell: m.column };
  if (m.by === "rownumber") return [issue("info", "column", at, "import.column.rowNumbers", { header: m.header })];
  if (m.indicatorId !== null) return [];
  if (m.ambiguous && m.candidate) {
    return [issue("warning", "column", at, "import.column.ambiguous", {
      header: m.header, key: m.key, title: ctx.titleOf(m.candidate.indicatorId), id: m.candidate.indicatorId, normalised: m.normalised,
    })];
  }
  if (m.by === "profile") return [issue("info", "column", at, "import.column.keptByProfile", { header: m.header, key: m.key })];
  if (m.candidate) {
    return [issue("info", "column", at, "import.column.unmatchedSuggest", {
      header: m.header, key: m.key, title: ctx.titleOf(m.candidate.indicatorId), id: m.candidate.indicatorId,
      confidence: Math.round(m.candidate.confidence * 100), normalised: m.normalised,
    })];
  }
  return [issue("info", "column", at, "import.column.unmatched", { header: m.header, key: m.key, normalised: m.normalised })];
}

export function unitFor(ctx: ExtractContext, m: ColumnMatch): ReadUnit {
  if (m.indicatorId === null || IDENTITY.has(m.indicatorId)) return "raw";
  return ctx.unitOf(m.indicatorId) ?? "raw";
}

/** A year cell: 2021, «2021», «2020/2021», «2021 г.». */
export function yearFromCell(value: unknown): number | null {
  if (typeof value === "number") return Number.isInteger(value) && value >= 1990 && value <= 2099 ? value : null;
  return typeof value === "string" ? yearIn(value) : null;
}

/** Drafts of one source row or form, one per year. `locate` gives the cell of a value by year and key. */
export class RowDrafts {
  private readonly byYear = new Map<number | null, Draft>();

  constructor(
    private readonly school: string,
    private readonly municipality: string | null,
    private readonly ref: SourceRef,
    private readonly locate: (year: number | null, key: string) => string,
  ) {}

  set(year: number | null, key: string, value: RecordValue): void {
    this.draft(year).values[key] = value;
  }

  /** Makes sure the school appears for the year even when all its values are missing. */
  draft(year: number | null): Draft {
    let d = this.byYear.get(year);
    if (!d) {
      d = { school: this.school, municipality: this.municipality, year, values: {}, cellOf: (key) => this.locate(year, key), ref: this.ref };
      this.byYear.set(year, d);
    }
    return d;
  }

  all(): Draft[] {
    return [...this.byYear.values()];
  }
}

/** Keeps the first column per (key, year); later ones become unmatched, with a warning. */
export function dedupeColumns(ctx: ExtractContext, place: Place, columns: ColumnMatch[], issues: ImportIssue[]): ColumnMatch[] {
  const seen = new Map<string, ColumnMatch>();
  return columns.map((m) => {
    if (m.by === "rownumber") return m;
    const slot = `${m.key}@${m.year ?? ""}`;
    const first = seen.get(slot);
    if (!first) {
      seen.set(slot, m);
      return m;
    }
    let n = 2;
    while (seen.has(`col:${m.normalised || m.column.toLowerCase()} (${n})@${m.year ?? ""}`)) n++;
    const out = unmatch(m, ` (${n})`);
    seen.set(`${out.key}@${m.year ?? ""}`, out);
    if (m.indicatorId !== null) {
      issues.push(issue("warning", "column", { ...place, cell: m.column }, "import.column.duplicate", {
        header: m.header, other: first.column, title: IDENTITY.has(m.indicatorId) ? m.indicatorId : ctx.titleOf(m.indicatorId), key: out.key,
      }));
    }
    return out;
  });
}
