/**
 * «Классификация»: the register of the classification (DOMAIN §4), one row per school, sorted by
 * municipality then school: the indicators the rules read, the social index, status, crisis / risk,
 * flags, weak blocks and the reasons, so a methodologist can defend the list; «Решение» and
 * «Примечание» are the user's and kept on rebuild. Status and level cells are coloured, shares shown as
 * percent, and an autofilter covers the table. The summary (summary.ts) counts this sheet's hidden code
 * columns, whose positions are in meta.columns and in `refs`.
 */
import { ID } from "../core/catalogue/ids";
import type { ClassificationResult, Reason, SchoolClassification } from "../core/classification/types";
import type { RecordValue } from "../core/records";
import type { ProgramInfo } from "../core/settings";
import { getLocale, type Locale, type MessageKey } from "../i18n";
import { ref, str } from "./formulas";
import { FormBuilder, KEY, programSubtitle } from "./layout";
import {
  absolute, bySchool, LEVEL_COLOURS, LEVELS, municipalityName, registerModel, STATUS_CODES, STATUS_COLOURS, tr, type RegisterParams,
} from "./registerModel";
import { rangeOf, type CellValue, type SheetPlan } from "./sheetPlan";

export interface RegisterInput {
  result: ClassificationResult;
  program: ProgramInfo;
  /** Title; «Реестр образовательных организаций: классификация по данным N года» when empty. */
  heading?: string;
  /** Indicator ids to show, in order (default: what the rules read, the department's own marks aside). */
  indicators?: readonly string[];
  /** "all" (default): every reason, met criteria first; "met": the met ones (or the level's reason when none is). */
  reasons?: "all" | "met";
}

/** Absolute ranges of the register's data block (no sheet name: the workbook may rename the sheet). */
export interface RegisterRefs {
  municipality: string;
  status: string;
  statusCode: string;
  levelCode: string;
  firstRow: number;
  lastRow: number;
}

export interface RegisterSheet {
  plan: SheetPlan;
  refs: RegisterRefs;
}

/** The department's own marks are shown as the status and the flags, not as indicator columns. */
const OWN_MARKS = new Set<string>([ID.flagLowResults, ID.flagAdverse, ID.flagBiased]);

/** Indicators any school has a value for, in the engine's order (the order of the first school that has each). */
export function registerIndicators(result: ClassificationResult): string[] {
  const ids: string[] = [];
  const seen = new Set<string>();
  for (const s of result.schools) {
    for (const [id, value] of Object.entries(s.indicators)) {
      if (seen.has(id) || OWN_MARKS.has(id) || value === null || value === "") continue;
      seen.add(id);
      ids.push(id);
    }
  }
  return ids;
}

const MET_ORDER = (r: Reason): number => (r.met === true ? 0 : r.met === false ? 1 : 2);

/** Messages without parameters, looked up once per sheet rather than once per school and reason. */
function messages(locale: Locale): (key: MessageKey) => string {
  const cache = new Map<MessageKey, string>();
  return (key) => {
    let text = cache.get(key);
    if (text === undefined) cache.set(key, (text = tr(key, locale)));
    return text;
  };
}

/** Reason lines, met criteria first (stable within each kind), each marked +, − or ?. */
export function reasonsText(reasons: readonly Reason[], mode: "all" | "met", locale: Locale, text = messages(locale)): string {
  const mark = (r: Reason) => text(r.met === true ? "registers.mark.met" : r.met === false ? "registers.mark.notMet" : "registers.mark.unknown");
  let shown = [...reasons].sort((a, b) => MET_ORDER(a) - MET_ORDER(b));
  if (mode === "met") {
    const met = shown.filter((r) => r.met === true);
    const level = reasons.filter((r) => r.rule === "level");
    shown = met.length ? met : level.slice(-1);
  }
  return shown.map((r) => `${mark(r)} ${r.text}`).join("\n");
}

const cellOf = (value: RecordValue | undefined, text: (key: MessageKey) => string): CellValue => {
  if (typeof value === "boolean") return text(value ? "registers.yes" : "registers.no");
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  return value ?? null;
};

function schoolRow(s: SchoolClassification, n: number, p: RegisterParams, mode: "all" | "met", text: (key: MessageKey) => string): Record<string, CellValue> {
  const L = p.locale;
  const yes = text("registers.yes");
  const row: Record<string, CellValue> = {
    no: n,
    municipality: municipalityName(s.municipality, L),
    school: s.school,
    status: s.label,
    level: text(`registers.level.${s.level}`),
    biased: s.biased ? yes : null,
    resilient: s.resilient ? yes : null,
    reasons: reasonsText(s.reasons, mode, L, text) || null,
    decision: null,
    note: null,
    [KEY]: s.key,
    statusCode: s.status,
    levelCode: s.level,
  };
  for (const id of p.indicators) row[`ind:${id}`] = cellOf(s.indicators[id], text);
  if (p.socialIndex) row.socialIndex = s.socialIndex;
  if (p.blocks) row.blocks = s.weakBlocks.map((b) => text(`registers.block.${b}`)).join(", ") || null;
  return row;
}

export function buildRegisterSheet(input: RegisterInput, locale: Locale = getLocale()): RegisterSheet {
  const { result } = input;
  const mode = input.reasons ?? "all";
  const p: RegisterParams = {
    year: result.year,
    indicators: [...(input.indicators ?? registerIndicators(result))],
    socialIndex: result.schools.some((s) => s.socialIndex !== null),
    blocks: result.rules.some((r) => r.id === "blocks" && r.applied),
    locale,
  };
  const model = registerModel(p);
  const b = new FormBuilder(model.columns);
  b.title(input.heading?.trim() || tr("registers.register.title", locale, { year: result.year }))
    .subtitle(programSubtitle(input.program))
    .gap()
    .header()
    .columnNumbers();
  const text = messages(locale);
  bySchool(result.schools, locale).forEach((s, i) => b.modelRow(model, schoolRow(s, i + 1, p, mode, text)));

  const first = b.firstRow;
  const code = ref(b.col("statusCode"), first);
  for (const status of STATUS_CODES) {
    b.conditionals.push({ range: b.dataRange("status"), formula: `${code}=${str(status)}`, style: STATUS_COLOURS[status] });
  }
  const level = ref(b.col("levelCode"), first);
  for (const l of LEVELS) b.conditionals.push({ range: b.dataRange("level"), formula: `${level}=${str(l)}`, style: LEVEL_COLOURS[l] });
  b.validations.push({
    range: b.dataRange("decision"),
    values: (["include", "exclude", "review"] as const).map((k) => tr(`registers.register.${k}`, locale)),
    error: tr("registers.register.decisionError", locale),
    strict: false,
  });

  const refs: RegisterRefs = {
    municipality: absolute(b.dataRange("municipality")),
    status: absolute(b.dataRange("status")),
    statusCode: absolute(b.dataRange("statusCode")),
    levelCode: absolute(b.dataRange("levelCode")),
    firstRow: first,
    lastRow: b.lastRow,
  };
  const plan = b.build({
    name: tr("registers.register.sheet", locale),
    kind: "register",
    freezeColumns: 3,
    locale,
    params: { ...p, indicators: [...p.indicators], reasons: mode, refs },
  });
  // The filter row is the row of column numbers, so the header text stays readable above it.
  plan.autoFilter = rangeOf(first - 1, 1, Math.max(b.lastRow, first), b.lastVisible);
  return { plan, refs };
}
