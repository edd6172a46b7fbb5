/**
 * Columns and row formulas of the roadmap sheet, shared by the builder (roadmap.ts) and the rebuild.
 * The timeline is one narrow column per month of the program years; each cell is 1 when the row's
 * start/end dates overlap the month (a formula, so editing a date moves the bar) and conditional
 * formats paint it with the font in the fill colour.
 *
 * Hidden columns between «Примечание» and the timeline: key (meta.keyColumn) and recurrence
 * ("monthly" | "quarterly" | "yearly" | blank), which paints recurring measures in a lighter colour.
 */
import { formatDayDate, fromExcelSerial, toExcelSerial } from "../core/deadlines";
import { t, type Locale } from "../i18n";
import { num, ref } from "./formulas";
import { FILL, KEY, type ColumnSpec, type RowCells, type RowModel } from "./layout";
import type { CellStyle, CellValue, PlanCell } from "./sheetPlan";

export interface RoadmapParams {
  fromYear: number;
  toYear: number;
  locale: Locale;
}

export const DATE_FORMAT = "dd.mm.yyyy";
const MONTH_HEADER: CellStyle = { fontSize: 8, bold: false, wrap: false };
export const STATUS_KEYS = ["planned", "inProgress", "done", "cancelled"] as const;
export const statusLabels = (locale: Locale): string[] => STATUS_KEYS.map((k) => t(`reports.roadmap.${k}`, {}, locale));

export interface Month { year: number; month: number; key: string }

export function months(p: Pick<RoadmapParams, "fromYear" | "toYear">): Month[] {
  const out: Month[] = [];
  for (let year = p.fromYear; year <= p.toYear; year++) {
    for (let month = 1; month <= 12; month++) out.push({ year, month, key: `m:${year}-${String(month).padStart(2, "0")}` });
  }
  return out;
}

export function roadmapColumns(p: RoadmapParams): ColumnSpec[] {
  const tr = (key: Parameters<typeof t>[0]) => t(key, {}, p.locale);
  const date: CellStyle = { fill: FILL.input, numberFormat: DATE_FORMAT, hAlign: "center" };
  const abbr = tr("reports.roadmap.months").split(",");
  return [
    { key: "no", header: tr("reports.no"), width: 5, style: { hAlign: "center" } },
    { key: "title", header: tr("reports.roadmap.measure"), width: 38 },
    { key: "executor", header: tr("reports.roadmap.executor"), width: 21 },
    { key: "deadline", header: tr("reports.roadmap.deadline"), width: 15 },
    { key: "start", header: tr("reports.roadmap.start"), group: tr("reports.roadmap.dates"), width: 11, input: true, style: date },
    { key: "end", header: tr("reports.roadmap.end"), group: tr("reports.roadmap.dates"), width: 11, input: true, style: date },
    { key: "result", header: tr("reports.roadmap.result"), width: 24 },
    { key: "format", header: tr("reports.roadmap.format"), width: 15 },
    { key: "status", header: tr("reports.roadmap.status"), width: 13, input: true, style: { fill: FILL.input, hAlign: "center" } },
    { key: "note", header: tr("reports.note"), width: 14, input: true, style: { fill: FILL.input } },
    { key: KEY, header: tr("reports.key"), width: 14, hidden: true },
    { key: "recurrence", header: tr("reports.roadmap.recurrence"), width: 10, hidden: true },
    ...months(p).map((m) => ({
      key: m.key, header: abbr[m.month - 1], group: t("reports.year", { year: m.year }, p.locale), width: 3.2, unnumbered: true,
      style: { hAlign: "center", fontSize: 8, wrap: false } as CellStyle, headerStyle: MONTH_HEADER,
    })),
  ];
}

/** Section (stage) rows span the table columns, not the timeline. */
export const ROADMAP_SPAN = 10;
const DATE_TEXT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/** A date cell as read back: a serial, or "dd.mm.yyyy" text (the ExcelJS reader's form) as a serial. */
export function dateSerial(value: CellValue): CellValue {
  if (typeof value !== "string") return value;
  const g = DATE_TEXT.exec(value.trim());
  if (!g) return value;
  const date = { year: Number(g[3]), month: Number(g[2]), day: Number(g[1]) };
  try {
    const serial = toExcelSerial(date);
    return formatDayDate(fromExcelSerial(serial)) === formatDayDate(date) ? serial : value; // 31.02 is not a date
  } catch {
    return value;
  }
}

export function roadmapModel(p: RoadmapParams): RowModel {
  const columns = roadmapColumns(p);
  const index = new Map(columns.map((c, i) => [c.key, i + 1]));
  const ms = months(p);

  function compute(row: number, lit: ReadonlyMap<string, CellValue>): RowCells {
    const S = ref(index.get("start") as number, row);
    const E = ref(index.get("end") as number, row);
    const start = num(lit.get("start"));
    const startRaw = lit.get("start");
    const startIsText = typeof startRaw === "string" && startRaw.trim() !== "";
    const end = num(lit.get("end"));
    const cells: Record<string, PlanCell> = {};
    for (const m of ms) {
      const next = m.month === 12 ? { y: m.year + 1, m: 1 } : { y: m.year, m: m.month + 1 };
      const first = toExcelSerial({ year: m.year, month: m.month, day: 1 });
      const after = toExcelSerial({ year: next.y, month: next.m, day: 1 });
      // end ≥ first day of this month and start < first day of the next. Days are serial numbers and N()
      // turns a blank or text end into 0: a 2,000-measure plan has 96,000 of these cells, and the short
      // form keeps Excel's requests and recalculation small. A blank start means «since the program
      // began» (blank reads as 0); a text start compares greater than any number, so it shows no bar.
      const formula = `IF(AND(N(${E})>=${first},${S}<${after}),1,"")`;
      const on = end !== null && end >= first && (start === null ? !startIsText : start < after);
      cells[m.key] = { formula, result: on ? 1 : "" };
    }
    return { cells };
  }

  return {
    columns,
    sectionSpan: ROADMAP_SPAN,
    computed: new Set(ms.map((m) => m.key)),
    compute,
    readInput: (key, value) => (key === "start" || key === "end" ? dateSerial(value) : value),
    // Dates typed over a deadline stay while the deadline text is the same; a new deadline brings new dates.
    keepInput: (key, old, fresh) =>
      (key !== "start" && key !== "end") || String(old.get("deadline") ?? "").trim() === String(fresh.get("deadline") ?? "").trim(),
  };
}
