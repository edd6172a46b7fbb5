/**
 * Columns of the classification register (register.ts) and the helpers the register, the municipal
 * summary, the diagnostics and the monitoring sheet share: indicator headers and formats, municipality
 * names, school order, sheet references and COUNTIFS criteria that match text exactly.
 *
 * Hidden columns right of «Примечание»: key (school key, meta.keyColumn), statusCode and levelCode
 * (stable codes, so the summary's COUNTIFS do not depend on the labels in the settings).
 */
import { indicatorById } from "../core/catalogue";
import type { Unit } from "../core/catalogue/types";
import type { StatusCode } from "../core/classification/rules";
import type { Level } from "../core/classification/types";
import { inputTitle } from "../core/classification/reasons";
import { t, type Locale, type MessageKey } from "../i18n";
import { FILL, KEY, type ColumnSpec, type RowModel } from "./layout";
import type { CellStyle } from "./sheetPlan";
import { unitFormat } from "./formulas";

export const STATUS_CODES: readonly StatusCode[] = ["low_results", "adverse_social", "both", "none"];
export const LEVELS: readonly Exclude<Level, "none">[] = ["crisis", "risk"];

/** Status fills: orange low results, blue adverse conditions, red both, green none. */
export const STATUS_COLOURS: Record<StatusCode, { fill: string; fontColor: string }> = {
  low_results: { fill: "FCE4D6", fontColor: "843C0C" },
  adverse_social: { fill: "DDEBF7", fontColor: "1F4E78" },
  both: { fill: "FFC7CE", fontColor: "9C0006" },
  none: { fill: "E2EFDA", fontColor: "375623" },
};
export const LEVEL_COLOURS: Record<Exclude<Level, "none">, { fill: string; fontColor: string; bold?: boolean }> = {
  crisis: { fill: "C00000", fontColor: "FFFFFF", bold: true },
  risk: { fill: "FFEB9C", fontColor: "7F6000" },
};

export const tr = (key: MessageKey, locale: Locale, params: Record<string, string | number> = {}): string => t(key, params, locale);

const collator = new Intl.Collator("ru", { numeric: true, sensitivity: "base" });
export const compareText = (a: string, b: string): number => collator.compare(a, b);

/** A school's municipality as every sheet writes it: the blank one gets a visible placeholder. */
export const municipalityName = (m: string | null | undefined, locale: Locale): string =>
  m && m.trim() ? m.trim() : tr("registers.noMunicipality", locale);

/** Municipality names in order, the placeholder for schools without one last. */
export function compareMunicipalities(a: string, b: string, locale: Locale): number {
  const none = tr("registers.noMunicipality", locale);
  return Number(a === none) - Number(b === none) || compareText(a, b);
}

/** Schools by municipality, then name, then key: the order of every per-school sheet. */
export function bySchool<T extends { municipality: string | null; school: string; key: string }>(list: readonly T[], locale: Locale): T[] {
  // compareMunicipalities with the names and the placeholder looked up once, not per comparison.
  const none = tr("registers.noMunicipality", locale);
  const names = new Map(list.map((s) => [s, municipalityName(s.municipality, locale)]));
  return [...list].sort((a, b) => {
    const ma = names.get(a) as string;
    const mb = names.get(b) as string;
    return Number(ma === none) - Number(mb === none) || compareText(ma, mb) ||
      compareText(a.school, b.school) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  });
}

/** Sheet name as a formula prefix, always quoted (names with spaces, brackets, Cyrillic): 'Классификация (2)'!. */
export const sheetRef = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

/** Absolute A1 reference: $B$7:$B$30. */
export const absolute = (range: string): string => range.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

/**
 * A COUNTIFS criterion that matches `text` exactly: "="&cell, so a name starting with < > or = is not
 * read as a comparison, with the wildcards * ? ~ escaped when the text holds them (Excel and
 * LibreOffice both apply them).
 */
export function exactCriterion(cell: string, text: string): string {
  if (!/[*?~]/.test(text)) return `"="&${cell}`;
  return `"="&SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(${cell},"~","~~"),"*","~*"),"?","~?")`;
}

/**
 * Widens columns so no word of a (bold) header is broken across lines: at least the longest word, by the
 * same measure as the row-height estimate (formulas.ts wrappedLines), bold taken as 10% wider.
 */
export function fitColumns(columns: readonly ColumnSpec[]): ColumnSpec[] {
  return columns.map((c) => {
    const longest = Math.max(0, ...c.header.split(/\s+/).map((w) => w.length));
    return { ...c, width: Math.max(c.width, Math.ceil((longest * 1.1 + 1) / 0.95)) };
  });
}

export const unitOfIndicator = (id: string): Unit | null => indicatorById(id)?.unit ?? null;

/** Short header of an indicator column: the catalogue's short title, else its title, else the data's. */
export function indicatorHeader(id: string, locale: Locale): string {
  const indicator = indicatorById(id);
  if (!indicator) return inputTitle(id);
  return locale === "ru" ? indicator.short ?? indicator.title.ru : indicator.title.en;
}

/** Number format of an indicator's values (percent for shares); undefined for text. */
export const indicatorFormat = (id: string): string | undefined => unitFormat(unitOfIndicator(id));

export interface RegisterParams {
  year: number;
  /** Indicator ids shown, in order. */
  indicators: readonly string[];
  socialIndex: boolean;
  blocks: boolean;
  locale: Locale;
}

const CENTER: CellStyle = { hAlign: "center" };

export function registerColumns(p: RegisterParams): ColumnSpec[] {
  const L = p.locale;
  const group = tr("registers.register.indicators", L, { year: p.year });
  return fitColumns([
    { key: "no", header: tr("reports.no", L), width: 5, style: CENTER },
    { key: "municipality", header: tr("registers.municipality", L), width: 18 },
    { key: "school", header: tr("registers.school", L), width: 32 },
    ...p.indicators.map((id): ColumnSpec => {
      const format = indicatorFormat(id);
      return { key: `ind:${id}`, header: indicatorHeader(id, L), group, width: 11, style: format ? { numberFormat: format, hAlign: "right" } : CENTER };
    }),
    ...(p.socialIndex ? [{ key: "socialIndex", header: tr("registers.register.socialIndex", L), width: 12, style: { numberFormat: "0.00" } }] : []),
    { key: "status", header: tr("registers.register.status", L), width: 13, style: { ...CENTER, bold: true } },
    { key: "level", header: tr("registers.register.level", L), width: 10, style: CENTER },
    { key: "biased", header: tr("registers.register.biased", L), width: 13, style: CENTER },
    { key: "resilient", header: tr("registers.register.resilient", L), width: 12, style: CENTER },
    ...(p.blocks ? [{ key: "blocks", header: tr("registers.register.blocks", L), width: 18 }] : []),
    { key: "reasons", header: tr("registers.register.reasons", L), width: 70 },
    { key: "decision", header: tr("registers.register.decision", L), width: 16, input: true, style: { fill: FILL.input } },
    { key: "note", header: tr("reports.note", L), width: 24, input: true, style: { fill: FILL.input } },
    { key: KEY, header: tr("reports.key", L), width: 14, hidden: true },
    { key: "statusCode", header: tr("registers.register.statusCode", L), width: 12, hidden: true },
    { key: "levelCode", header: tr("registers.register.levelCode", L), width: 10, hidden: true },
  ]);
}

/** Rebuilds keep «Решение» and «Примечание» by school key; every other cell comes from the classification. */
export function registerModel(p: RegisterParams): RowModel {
  return { columns: registerColumns(p), computed: new Set(), compute: () => ({ cells: {} }) };
}

/** Register params from a sheet's meta.params (for a rebuild). */
export function registerParamsOf(params: Record<string, unknown> | undefined): RegisterParams {
  const p = params ?? {};
  const year = Number(p.year);
  if (!Number.isInteger(year) || !Array.isArray(p.indicators)) throw new Error("Register meta without year or indicators");
  return {
    year, indicators: p.indicators.map(String), socialIndex: p.socialIndex === true, blocks: p.blocks === true,
    locale: p.locale === "en" ? "en" : "ru",
  };
}
