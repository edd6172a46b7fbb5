/**
 * The target-indicator sheet (DOMAIN §6, seeds 000 and 002): №, indicator, unit, base value and year,
 * planned and actual values per program year, then the latest actual value, progress from base,
 * «процент выполнения» and status as live formulas (targetsModel.ts), and a note. Goal rows span the
 * table; status cells are coloured by conditional formats.
 */
import type { ProgramInfo } from "../core/settings";
import type { TargetGoal, TargetItem } from "../core/templates/types";
import { getLocale, t, type Locale } from "../i18n";
import { ref } from "./formulas";
import { appendixText, FormBuilder, KEY, programSubtitle } from "./layout";
import type { CellValue, ConditionalFormat, SheetPlan } from "./sheetPlan";
import { targetModel, unitLabel, years, type TargetMode, type TargetParams } from "./targetsModel";

export interface TargetSheetInput {
  /** Template id recorded in meta.params.source so a rebuild is one click; "custom" when absent. */
  templateId?: string;
  goals: readonly TargetGoal[];
  fromYear: number;
  toYear: number;
  program: ProgramInfo;
  /** Title over the table; «Целевые показатели» when empty. */
  heading: string;
  mode?: TargetMode;
  /** N of «Приложение № N» (default 1, as in the seed programs). */
  appendixNo?: number;
}

/** Status colours: green reached, light green improved, grey unchanged, red worsened. */
const STATUS_COLOURS = {
  reached: { fill: "C6EFCE", fontColor: "006100" },
  improved: { fill: "E2EFDA", fontColor: "375623" },
  unchanged: { fill: "EDEDED", fontColor: "404040" },
  worsened: { fill: "FFC7CE", fontColor: "9C0006" },
} as const;

function itemLiterals(item: TargetItem, n: number, p: TargetParams): Record<string, CellValue> {
  const out: Record<string, CellValue> = {
    no: n,
    title: item.title,
    unit: unitLabel(item.unit, p.locale),
    base: item.base,
    baseYear: item.baseYear,
    note: null,
    [KEY]: item.key,
    dir: item.direction === "up" ? 1 : item.direction === "down" ? -1 : null,
  };
  for (const y of years(p)) {
    out[`plan:${y}`] = item.plan[y] ?? null;
    out[`actual:${y}`] = item.actual?.[y] ?? null;
  }
  return out;
}

/**
 * Builds the target sheet. Values of years outside fromYear..toYear are not shown: the caller shifts a
 * template's years to the program's first.
 */
export function buildTargetSheet(input: TargetSheetInput, locale: Locale = getLocale()): SheetPlan {
  if (!Number.isInteger(input.fromYear) || !Number.isInteger(input.toYear) || input.toYear < input.fromYear) {
    throw new RangeError(`Bad program years ${input.fromYear}–${input.toYear}`);
  }
  const params: TargetParams = { fromYear: input.fromYear, toYear: input.toYear, mode: input.mode ?? "both", locale };
  const model = targetModel(params);
  const b = new FormBuilder(model.columns);
  b.appendix(appendixText(input.program.appendixTo, input.appendixNo ?? 1, locale))
    .title(input.heading.trim() || t("reports.targets.title", {}, locale))
    .subtitle(programSubtitle(input.program))
    .gap()
    .header()
    .columnNumbers();
  let n = 0;
  for (const goal of input.goals) {
    if (goal.title.trim()) b.section(goal.title);
    for (const item of goal.items) b.modelRow(model, itemLiterals(item, ++n, params));
  }
  const status = ref(b.col("status"), b.firstRow);
  for (const [code, style] of Object.entries(STATUS_COLOURS)) {
    const text = t(`target.${code as keyof typeof STATUS_COLOURS}`, {}, locale).replace(/"/g, '""');
    const format: ConditionalFormat = { range: b.dataRange("status"), formula: `${status}="${text}"`, style };
    b.conditionals.push(format);
  }
  return b.build({
    name: t("reports.targets.sheet", {}, locale),
    kind: "targets",
    freezeColumns: 2,
    locale,
    params: { source: input.templateId ?? "custom", fromYear: input.fromYear, toYear: input.toYear, mode: params.mode, locale },
  });
}
