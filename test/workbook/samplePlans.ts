/**
 * SheetPlans for the writer tests and the benchmark: a targets-like sheet using every plan feature, with
 * school names that Excel would misread if they were not written as text.
 */
import type { PlanCell, SheetPlan } from "../../src/reports/sheetPlan";
import { rangeOf } from "../../src/reports/sheetPlan";

/** Names that must stay text in both writers. */
export const TRICKY_NAMES = ['=HYPERLINK("http://evil.example","click")', "-10%", "+7", "@x", "001", "'quoted", "TRUE", "01.02.2024", "Школа № 5"];

export const STATUSES = ["достигнут", "улучшение", "без изменений", "ухудшение"];
export const HEADER_ROW = 4;
export const FIRST_ROW = 5;

export interface SampleOptions {
  rows: number;
  /** Extra numeric columns after the standard eight (for wider benchmark plans). */
  extraColumns?: number;
  name?: string;
  table?: boolean;
  chart?: boolean;
}

/**
 * Columns: A №, B school, C base, D actual, E target, F progress (formula), G status (list), H key
 * (hidden), then extra numeric columns. Rows from FIRST_ROW.
 */
export function samplePlan(options: SampleOptions): SheetPlan {
  const { rows, extraColumns = 0, name = "Цели 2024", table = false, chart = true } = options;
  const width = 8 + extraColumns;
  const last = FIRST_ROW + rows - 1;
  const cells: PlanCell[][] = [
    ["Достижение целевых показателей", ...Array<PlanCell>(width - 1).fill(null)],
    ["Муниципалитет: г. Примерный", ...Array<PlanCell>(width - 1).fill(null)],
    Array<PlanCell>(width).fill(null),
    ["№", "Школа", "База", "Факт", "Цель", "Прогресс", "Статус", "Ключ", ...Array.from({ length: extraColumns }, (_, i) => `Показатель ${i + 1}`)],
  ];
  for (let i = 0; i < rows; i++) {
    const r = FIRST_ROW + i;
    const school = i < TRICKY_NAMES.length ? TRICKY_NAMES[i] : `МБОУ «Средняя общеобразовательная школа № ${i + 1}»`;
    const base = 40 + (i % 7);
    cells.push([
      i + 1,
      school,
      base,
      base + (i % 5),
      base + 4,
      { formula: `=IFERROR((D${r}-C${r})/(E${r}-C${r}),"")` },
      STATUSES[i % STATUSES.length],
      `school:${i + 1}`,
      ...Array.from({ length: extraColumns }, (_, j) => Math.round(((i * 7 + j * 13) % 100) * 10) / 10),
    ]);
  }
  const lastColumn = rangeOf(1, width, 1, width).split(":")[0].replace(/\d+/, "");
  const plan: SheetPlan = {
    name,
    cells,
    styles: [
      { range: "A1:A1", style: { bold: true, fontSize: 14 } },
      { range: rangeOf(HEADER_ROW, 1, HEADER_ROW, width), style: { bold: true, fill: "DDEBF7", hAlign: "center", vAlign: "middle", wrap: true, border: "thin" } },
      { range: rangeOf(FIRST_ROW, 1, last, width), style: { border: "thin", vAlign: "top" } },
      { range: rangeOf(FIRST_ROW, 2, last, 2), style: { wrap: true } },
      { range: rangeOf(FIRST_ROW, 6, last, 6), style: { numberFormat: "0.0%" } },
      { range: rangeOf(FIRST_ROW, 7, last, 7), style: { input: true, fill: "FFF2CC" } },
    ],
    merges: table ? [] : [`A1:${lastColumn}1`],
    columnWidths: [6, 40, 10, 10, 10, 12, 16, 12, ...Array<number>(extraColumns).fill(11)],
    hiddenColumns: ["H"],
    rowHeights: { 1: 24, [HEADER_ROW]: 30 },
    conditionalFormats: [{ range: rangeOf(FIRST_ROW, 7, last, 7), formula: `$G${FIRST_ROW}="достигнут"`, style: { fill: "C6EFCE", fontColor: "006100", bold: true } }],
    validations: [{ range: rangeOf(FIRST_ROW, 7, last, 7), values: STATUSES, error: "Выберите статус из списка" }],
    freeze: { rows: HEADER_ROW, columns: 2 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: `${HEADER_ROW}:${HEADER_ROW}`, footer: "Страница &P из &N" },
    names: [{ name: "sq_targets_values", range: rangeOf(FIRST_ROW, 3, last, 5) }],
    tabColor: "2E75B6",
    meta: {
      kind: "targets",
      version: 1,
      keyColumn: 8,
      columns: [{ key: "status", column: 7, input: true }],
      firstRow: FIRST_ROW,
      lastRow: last,
      params: { year: 2024 },
    },
  };
  if (table) plan.tables = [{ name: "sq_targets", range: rangeOf(HEADER_ROW, 1, last, width), style: "TableStyleLight9" }];
  else plan.autoFilter = rangeOf(HEADER_ROW, 1, last, width);
  if (chart) {
    const chartRows = Math.min(rows, 12);
    plan.charts = [{
      type: "columnClustered",
      title: "База и факт по школам",
      categories: rangeOf(FIRST_ROW, 1, FIRST_ROW + chartRows - 1, 1),
      series: [
        { name: "База", values: rangeOf(FIRST_ROW, 3, FIRST_ROW + chartRows - 1, 3) },
        { name: "Факт", values: rangeOf(FIRST_ROW, 4, FIRST_ROW + chartRows - 1, 4) },
      ],
      anchor: { from: `J${HEADER_ROW}`, to: `Q${HEADER_ROW + 18}` },
      xTitle: "Школа (№ по списку)",
      yTitle: "Балл",
    }];
  }
  return plan;
}
