/**
 * Workbook settings: everything a department tunes once and keeps with its workbook (labels, minimum
 * scores, program years, classification parameters, the import mapping). Stored as JSON by both
 * adapters; `readSettings` accepts anything and returns complete, valid settings plus what it fixed.
 */
import type { StatusLabels } from "./classification/rules";
import { checkClassification, type ClassificationSettings } from "./classification/settings";
import type { MinScoreEntry } from "./minscores";
import { DEFAULT_STATUS_LABELS } from "./classification/rules";
import { DEFAULT_MIN_SCORES, SUBJECT_TITLES } from "./minscores";
import { ID } from "./catalogue/ids";

export interface MappingRule {
  /** Normalised header text as the department writes it. */
  header: string;
  /** Indicator id it means, or null to keep the column unmatched (never map it). */
  indicator: string | null;
  /**
   * Written by the importer, not decided by the user: an unmatched header listed so the user can fill
   * it in. Such a rule with indicator null decides nothing, so a better catalogue can still match it.
   */
  auto?: true;
}

/** The importer's mapping as corrected by the user: reused on next year's files. */
export interface MappingProfile {
  name: string;
  rules: MappingRule[];
  /** How shares without a % sign are read when a column is ambiguous: as percent (64) or fraction (0,64). */
  shareScale?: "auto" | "percent" | "fraction";
}

export interface ProgramInfo {
  /** First and last year of the program (target columns, roadmap timeline). */
  fromYear: number;
  toYear: number;
  region: string;
  department: string;
  /** «Приложение № N к …» text over generated sheets; empty for none. */
  appendixTo: string;
  /** Templates the ribbon's one-click builds start from (the task pane lets the user pick others). */
  targetTemplate: string;
  roadmapTemplate: string;
}

export interface Settings {
  version: 1;
  locale: "ru" | "en";
  program: ProgramInfo;
  statusLabels: StatusLabels;
  minScores: MinScoreEntry[];
  classification: ClassificationSettings;
  mapping: MappingProfile | null;
}


export const DEFAULT_CLASSIFICATION: ClassificationSettings = {
  preset: "default",
  lowResults: { enabled: true, cut: 0.3, procedures: 2, mode: "or" },
  stablyLow: { enabled: true, years: 2, kind: "certificate" },
  cluster: { enabled: false, indicator: "ege_mean_russian", groupBy: ID.cluster, basis: "below_mean", ratioCut: 0.9, quantile: 0.25, minGroup: 3 },
  blocks: { enabled: false, qualityCut: 0.5, relativeCut: 0.8, weakBlocksForLow: 2 },
  socialIndex: {
    enabled: true,
    factors: [
      { indicator: ID.parentsHigherEd, sign: 1, weight: 1 },
      { indicator: ID.singleParent, sign: -1, weight: 1 },
      { indicator: ID.lowIncome, sign: -1, weight: 1 },
      { indicator: ID.unemployedParents, sign: -1, weight: 1 },
      { indicator: ID.onRegister, sign: -1, weight: 1 },
      { indicator: ID.ovz, sign: -1, weight: 1 },
      { indicator: ID.nonNative, sign: -1, weight: 1 },
    ],
    quantile: 0.25,
    minFactors: 3,
  },
  directFlags: { enabled: true, override: false },
  biased: "flag",
  level: { crisisYears: 2, crisisWhenBoth: true, crisisYearsAlone: 3, worseningIsRisk: true },
  resilient: { enabled: true, quantile: 0.25, residualSd: 1 },
};

export function defaultSettings(year = new Date().getFullYear()): Settings {
  return {
    version: 1,
    locale: "ru",
    program: {
      fromYear: year, toYear: year + 3, region: "", department: "", appendixTo: "",
      targetTemplate: "seed002-targets", roadmapTemplate: "seed000-plan",
    },
    statusLabels: { ...DEFAULT_STATUS_LABELS },
    minScores: DEFAULT_MIN_SCORES.map((e) => ({ ...e })),
    classification: structuredClone(DEFAULT_CLASSIFICATION),
    mapping: null,
  };
}

type Plain = Record<string, unknown>;
const isPlain = (v: unknown): v is Plain => typeof v === "object" && v !== null && !Array.isArray(v);

/**
 * Deep-merges `raw` over `defaults`: a value of the wrong type is replaced by the default and named in
 * `fixed`, unknown keys are dropped. Arrays are taken whole when they are arrays.
 */
function mergeTyped(defaults: unknown, raw: unknown, path: string, fixed: string[]): unknown {
  if (raw === undefined) return defaults;
  if (isPlain(defaults)) {
    if (!isPlain(raw)) {
      fixed.push(path);
      return defaults;
    }
    const out: Plain = {};
    for (const key of Object.keys(defaults)) out[key] = mergeTyped(defaults[key], raw[key], path ? `${path}.${key}` : key, fixed);
    return out;
  }
  if (defaults === null) return raw; // nullable slots (mapping) are checked by their users
  if (Array.isArray(defaults)) {
    if (Array.isArray(raw)) return raw;
    fixed.push(path);
    return defaults;
  }
  if (typeof raw !== typeof defaults || (typeof raw === "number" && !Number.isFinite(raw))) {
    fixed.push(path);
    return defaults;
  }
  return raw;
}

function checkMinScores(entries: unknown[], fixed: string[]): MinScoreEntry[] {
  const out: MinScoreEntry[] = [];
  entries.forEach((e, i) => {
    const ok = isPlain(e) && typeof e.subject === "string" && e.subject in SUBJECT_TITLES
      && Number.isInteger(e.from) && Number.isInteger(e.to) && (e.from as number) <= (e.to as number)
      && (e.certificate === null || typeof e.certificate === "number")
      && (e.university === null || typeof e.university === "number");
    if (ok) out.push(e as unknown as MinScoreEntry);
    else fixed.push(`minScores[${i}]`);
  });
  return out;
}

/**
 * Complete, valid settings from whatever was stored (older versions, hand edits). Never throws:
 * what it had to replace with defaults is listed in `fixed` (dotted paths) for the user to see.
 */
export function readSettings(raw: unknown, year?: number): { settings: Settings; fixed: string[] } {
  const defaults = defaultSettings(year);
  if (raw === null || raw === undefined) return { settings: defaults, fixed: [] };
  const fixed: string[] = [];
  const merged = mergeTyped(defaults, raw, "", fixed) as Settings;
  merged.version = 1;
  if (merged.locale !== "ru" && merged.locale !== "en") {
    merged.locale = "ru";
    fixed.push("locale");
  }
  if (merged.program.toYear < merged.program.fromYear || merged.program.toYear - merged.program.fromYear > 20) {
    merged.program = { ...merged.program, fromYear: defaults.program.fromYear, toYear: defaults.program.toYear };
    fixed.push("program.fromYear");
  }
  // A blank label would leave a status unnamed on every sheet (and STATUS would disagree with them).
  for (const code of Object.keys(defaults.statusLabels) as (keyof StatusLabels)[]) {
    if (merged.statusLabels[code].trim() === "") {
      merged.statusLabels = { ...merged.statusLabels, [code]: defaults.statusLabels[code] };
      fixed.push(`statusLabels.${code}`);
    }
  }
  merged.classification = checkClassification(merged.classification, defaults.classification, fixed);
  merged.minScores = checkMinScores(merged.minScores as unknown[], fixed);
  if (merged.minScores.length === 0) merged.minScores = defaults.minScores;
  const mapping = (raw as Plain | null)?.mapping;
  merged.mapping = isPlain(mapping) && Array.isArray(mapping.rules) ? (mapping as unknown as MappingProfile) : null;
  return { settings: merged, fixed };
}
