/**
 * The roadmap sheet (DOMAIN §6–7; seeds 000, 002, 004, 001 table 4): №, measure, executor, deadline as
 * written, start and end dates read from it (editable), expected result, report format, status (a
 * drop-down) and note, with stage rows spanning the table and a month timeline to the right.
 *
 * Deadlines are read by core/deadlines; text it cannot read gets blank dates and a highlighted deadline
 * cell and is listed in the result, never guessed. A bare recurring deadline («Ежегодно»,
 * «Ежеквартально») covers every program year, since the measure repeats through the program.
 */
import { parseDeadline, toExcelSerial, type DayDate, type Deadline } from "../core/deadlines";
import { isCellError } from "../core/errors";
import type { ProgramInfo } from "../core/settings";
import type { RoadmapMeasure, RoadmapStage } from "../core/templates/types";
import { getLocale, t, type Locale } from "../i18n";
import { ref, str } from "./formulas";
import { appendixText, FILL, FormBuilder, KEY, programSubtitle } from "./layout";
import { months, roadmapModel, statusLabels, type RoadmapParams } from "./roadmapModel";
import { address, type CellValue, type SheetPlan } from "./sheetPlan";

export interface RoadmapSheetInput {
  /** Template id for meta.params.source; "generated" for roadmaps made from data (risk profile). */
  templateId?: string;
  stages: readonly RoadmapStage[];
  /** Year taken for deadlines written without one. */
  year: number;
  fromYear: number;
  toYear: number;
  program: ProgramInfo;
  /** Title; «План мероприятий (дорожная карта)» when empty. */
  heading: string;
  /** When given, the result lists measures whose end date is before it. */
  today?: DayDate;
  /** N of «Приложение № N» (default 2: the plan follows the targets in the seed programs). */
  appendixNo?: number;
}

export interface UnreadableDeadline {
  key: string;
  title: string;
  deadline: string;
  message: string;
}

export interface RoadmapSheet {
  plan: SheetPlan;
  /** Deadlines that could not be read: their dates are blank and the deadline cell is highlighted. */
  unreadable: UnreadableDeadline[];
  /** Keys of measures ending before `today` (none when today is not given). */
  overdue: string[];
}

const BAR = "4472C4";
const RECURRING_BAR = "9DC3E6";
const TODAY_TINT = "FFF2CC";
const OVERDUE = { fill: "FFC7CE", fontColor: "9C0006" };

const isWholeYear = (d: Deadline): boolean =>
  d.start.year === d.end.year && d.start.month === 1 && d.start.day === 1 && d.end.month === 12 && d.end.day === 31;

/** Dates of a measure's deadline, or the reason it has none. */
function readDeadline(m: RoadmapMeasure, input: RoadmapSheetInput): { start: number; end: number; recurrence: string | null } | string | null {
  if (!m.deadline.trim()) return null;
  const d = parseDeadline(m.deadline, input.year);
  if (isCellError(d)) return d.message;
  let { start, end } = d;
  if (d.recurrence && d.yearAssumed && isWholeYear(d)) {
    start = { year: Math.min(input.fromYear, start.year), month: 1, day: 1 };
    end = { year: Math.max(input.toYear, end.year), month: 12, day: 31 };
  }
  return { start: toExcelSerial(start), end: toExcelSerial(end), recurrence: d.recurrence };
}

export function buildRoadmapSheet(input: RoadmapSheetInput, locale: Locale = getLocale()): RoadmapSheet {
  if (!Number.isInteger(input.fromYear) || !Number.isInteger(input.toYear) || input.toYear < input.fromYear) {
    throw new RangeError(`Bad program years ${input.fromYear}–${input.toYear}`);
  }
  const params: RoadmapParams = { fromYear: input.fromYear, toYear: input.toYear, locale };
  const model = roadmapModel(params);
  const b = new FormBuilder(model.columns, model.sectionSpan);
  b.appendix(appendixText(input.program.appendixTo, input.appendixNo ?? 2, locale))
    .title(input.heading.trim() || t("reports.roadmap.title", {}, locale))
    .subtitle(programSubtitle(input.program))
    .gap()
    .header()
    .columnNumbers();

  const unreadable: UnreadableDeadline[] = [];
  const overdue: string[] = [];
  const today = input.today ? toExcelSerial(input.today) : null;
  let n = 0;
  for (const stage of input.stages) {
    if (stage.title.trim()) b.section(stage.title);
    for (const m of stage.measures) {
      const dates = readDeadline(m, input);
      if (typeof dates === "string") unreadable.push({ key: m.key, title: m.title, deadline: m.deadline, message: dates });
      const ok = dates !== null && typeof dates !== "string" ? dates : null;
      if (ok && today !== null && ok.end < today) overdue.push(m.key);
      const literals: Record<string, CellValue> = {
        no: ++n, title: m.title, executor: m.executor, deadline: m.deadline, start: ok?.start ?? null, end: ok?.end ?? null,
        result: m.result, format: m.reportFormat, status: null, note: null, [KEY]: m.key, recurrence: ok?.recurrence ?? null,
      };
      b.modelRow(model, literals);
    }
  }
  addFormats(b, input, locale);
  const plan = b.build({
    name: t("reports.roadmap.sheet", {}, locale),
    kind: "roadmap",
    freezeColumns: 2,
    locale,
    params: { source: input.templateId ?? "generated", year: input.year, fromYear: input.fromYear, toYear: input.toYear, locale },
  });
  return { plan, unreadable, overdue };
}

/** Overdue rows, unread deadlines, timeline bars, the current month, and the status drop-down. */
function addFormats(b: FormBuilder, input: RoadmapSheetInput, locale: Locale): void {
  const row = b.firstRow;
  const [S, E, D, St, R] = ["start", "end", "deadline", "status", "recurrence"].map((k) => ref(b.col(k), row));
  const [, , done, cancelled] = statusLabels(locale);
  const ms = months(input);
  const first = ms[0].key;
  const last = ms[ms.length - 1].key;
  const cell = address(row, b.col(first)); // relative: each timeline cell tests itself
  const c0 = b.col(first);
  b.conditionals.push(
    { range: b.dataRange(first, last), formula: `AND(${cell}=1,${R}="")`, style: { fill: BAR, fontColor: BAR } },
    { range: b.dataRange(first, last), formula: `AND(${cell}=1,${R}<>"")`, style: { fill: RECURRING_BAR, fontColor: RECURRING_BAR } },
    {
      range: b.dataRange(first, last),
      formula: `AND(TODAY()>=DATE(${input.fromYear},COLUMN()-${c0 - 1},1),TODAY()<DATE(${input.fromYear},COLUMN()-${c0 - 2},1))`,
      style: { fill: TODAY_TINT },
    },
    {
      range: b.dataRange("no", "note"),
      formula: `AND(ISNUMBER(${E}),${E}<TODAY(),${St}<>${str(done)},${St}<>${str(cancelled)})`,
      style: OVERDUE,
    },
    { range: b.dataRange("deadline"), formula: `AND(${D}<>"",OR(NOT(ISNUMBER(${S})),NOT(ISNUMBER(${E}))))`, style: { fill: FILL.warn } },
  );
  b.validations.push({ range: b.dataRange("status"), values: statusLabels(locale), error: t("reports.roadmap.statusError", {}, locale) });
}
