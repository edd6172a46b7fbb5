/**
 * The import engine's entry point: grids of many files -> one Dataset (a record per school and year),
 * the report lines and the effective mapping. Pure: the caller reads the files (src/workbook/files.ts)
 * or the open workbook (src/app/importData.ts).
 */
import { CATALOGUE } from "../core/catalogue";
import type { Indicator } from "../core/catalogue/types";
import type { DataColumn, ImportIssue, SchoolRecord } from "../core/records";
import type { MappingProfile, MappingRule } from "../core/settings";
import { t } from "../i18n";
import type { ExtractContext } from "./columns";
import { IDENTITY } from "./columns";
import { extractTable } from "./extract";
import { SheetView } from "./grid";
import { HeaderMatcher } from "./headers";
import { resolveSchools } from "./identities";
import { append, issue } from "./issues";
import type { Draft, ImportOptions, ImportResult, GridSource, TableSummary } from "./model";
import { detectPassport, extractPassport } from "./passport";
import { detectTables } from "./tables";
import { stripYears } from "./text";
import { mergeRecords } from "./merge";

let defaultMatcher: { catalogue: readonly Indicator[]; matcher: HeaderMatcher } | null = null;

function matcherFor(catalogue: readonly Indicator[]): HeaderMatcher {
  if (defaultMatcher?.catalogue !== catalogue) defaultMatcher = { catalogue, matcher: new HeaderMatcher(catalogue) };
  return defaultMatcher.matcher;
}

/**
 * Reads every grid of every source and consolidates the schools.
 * `consolidate([{ file: "ярцево.xlsx", grids }], { mapping: null })` -> { dataset, issues, mapping, tables }.
 */
export function consolidate(sources: readonly GridSource[], options: ImportOptions = {}, catalogue: readonly Indicator[] = CATALOGUE): ImportResult {
  const matcher = matcherFor(catalogue);
  const byId = new Map(catalogue.map((i) => [i.id, i]));
  const profile = options.mapping ?? null;
  const issues: ImportIssue[] = [];
  const tables: TableSummary[] = [];
  const drafts: Draft[] = [];
  if (profile) checkProfile(profile, matcher, issues);

  for (const source of sources) {
    const ctx: ExtractContext = {
      file: source.file, matcher, profile, defaultYear: options.defaultYear ?? null,
      unitOf: (id) => byId.get(id)?.unit,
      titleOf: (id) => byId.get(id)?.title.ru ?? id,
    };
    for (const grid of source.grids) {
      const sheet = new SheetView(grid);
      const place = { file: source.file, sheet: sheet.name };
      if (!sheet.rows || !grid.values.some((row) => row.some((v) => v !== null && String(v).trim() !== ""))) {
        issues.push(issue("info", "table", place, "import.sheet.empty"));
        continue;
      }
      const passport = detectPassport(sheet, matcher);
      const found = passport ? [extractPassport(sheet, passport, ctx)] : detectTables(sheet).map((table) => extractTable(sheet, table, ctx));
      if (found.length === 0) issues.push(issue("warning", "table", place, "import.sheet.noTable"));
      for (const f of found) {
        append(drafts, f.drafts);
        append(issues, f.issues);
        tables.push(f.summary);
        const year = f.summary.year === null ? t("import.sheet.noYear") : String(f.summary.year);
        issues.push(issue("info", "table", { ...place, cell: f.summary.range }, f.summary.kind === "passport" ? "import.sheet.passport" : "import.sheet.table", {
          rows: f.summary.rows, columns: f.summary.columns.length, year,
        }));
      }
    }
  }

  const identities = resolveSchools(drafts, issues);
  const records = mergeRecords(drafts, identities, issues);
  return { dataset: { records, columns: dataColumns(records, tables, byId) }, issues, mapping: effectiveMapping(profile, tables), tables };
}

function checkProfile(profile: MappingProfile, matcher: HeaderMatcher, issues: ImportIssue[]): void {
  for (const rule of profile.rules) {
    if (rule.indicator !== null && !matcher.has(rule.indicator)) {
      issues.push(issue("warning", "column", { file: profile.name || t("import.mapping.defaultName") }, "import.mapping.unknownIndicator", {
        header: rule.header, id: rule.indicator,
      }));
    }
  }
}

/** Catalogue indicators in catalogue order, then the department's own columns in the order first seen. */
function dataColumns(records: SchoolRecord[], tables: TableSummary[], byId: Map<string, Indicator>): DataColumn[] {
  const keys = new Set<string>();
  const titles = new Map<string, string>();
  for (const table of tables) {
    for (const m of table.columns) {
      if (m.by === "rownumber" || (m.indicatorId !== null && IDENTITY.has(m.indicatorId))) continue;
      keys.add(m.key);
      if (!titles.has(m.key)) titles.set(m.key, tidyTitle(m.header));
    }
  }
  for (const r of records) for (const k of Object.keys(r.values)) keys.add(k);
  const order = new Map([...byId.keys()].map((id, i) => [id, i]));
  const known = [...keys].filter((k) => byId.has(k)).sort((a, b) => order.get(a)! - order.get(b)!);
  const own = [...keys].filter((k) => !byId.has(k));
  return [
    ...known.map((k) => ({ key: k, title: byId.get(k)!.short ?? byId.get(k)!.title.ru, indicatorId: k })),
    ...own.map((k) => ({ key: k, title: titles.get(k) ?? k.replace(/^col:/, ""), indicatorId: null })),
  ];
}

/** A department's header without its year: «Кол-во кружков, 2021» -> «Кол-во кружков». */
function tidyTitle(header: string): string {
  return stripYears(header).replace(/\s+/g, " ").replace(/\s+([,.;:)])/g, "$1").replace(/[\s,.;:/(-]+$/, "").replace(/^[\s,.;:/)-]+/, "").trim() || header;
}

/**
 * The profile's rules, then one rule per header seen (first reading wins), so next year's files read the
 * same. Unmatched headers are listed as `auto` rules for the user to fill in: unlike a «не сопоставлять»
 * rule the user chose, they decide nothing, so a better catalogue can still match them later.
 */
function effectiveMapping(profile: MappingProfile | null, tables: TableSummary[]): MappingProfile {
  const rules: MappingRule[] = profile ? profile.rules.map((r) => ({ ...r })) : [];
  const seen = new Set(rules.map((r) => r.header));
  for (const table of tables) {
    for (const m of table.columns) {
      if (m.by === "rownumber" || m.normalised === "" || seen.has(m.normalised)) continue;
      seen.add(m.normalised);
      rules.push(m.indicatorId === null ? { header: m.normalised, indicator: null, auto: true } : { header: m.normalised, indicator: m.indicatorId });
    }
  }
  const out: MappingProfile = { name: profile?.name || t("import.mapping.defaultName"), rules };
  if (profile?.shareScale) out.shareScale = profile.shareScale;
  return out;
}

