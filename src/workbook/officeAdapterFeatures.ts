/**
 * The parts of a SheetPlan beyond cells, as queued Office.js operations: conditional formats, list
 * validations, frozen panes, tab colour, page layout, autofilter, tables, charts and the sheet's custom
 * property. Page layout and autofilter need ExcelApi 1.9: without it they are skipped with a warning.
 */
import { t } from "../i18n";
import type { ChartSpec, SheetPlan } from "../reports/sheetPlan";
import { rangeOf } from "../reports/sheetPlan";
import { bareFormula, footerSections, inlineList, jsonBytes } from "./planStyles";
import { op, targetSheet, type Op, type Target } from "./officeAdapterWrite";

/** Optional requirement sets, checked once per write. */
export interface Support {
  /** ExcelApi 1.8: chart axis number formats. */
  v18: boolean;
  /** ExcelApi 1.9: page layout, print titles, header/footer, autofilter, screen updating. */
  v19: boolean;
  /** ExcelApi 1.12: worksheet custom properties. */
  v112: boolean;
}

const VALIDATION_TITLE_MAX = 32;
const VALIDATION_TEXT_MAX = 255;
/** Office.js chart type names for the plan's chart kinds. */
const CHART_TYPES = {
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  barClustered: "BarClustered",
  barStacked: "BarStacked",
  line: "Line",
  lineMarkers: "LineMarkers",
} as const;

function ruleOps(plan: SheetPlan, target: Target): Op[] {
  const ops: Op[] = [];
  for (const cf of plan.conditionalFormats ?? []) {
    ops.push(op(jsonBytes(cf) + 4 * 200, () => {
      const format = targetSheet(target).getRange(cf.range).conditionalFormats.add("Custom");
      format.custom.rule.formula = `=${bareFormula(cf.formula)}`;
      if (cf.style.fill) format.custom.format.fill.color = `#${cf.style.fill}`;
      if (cf.style.fontColor) format.custom.format.font.color = `#${cf.style.fontColor}`;
      if (cf.style.bold !== undefined) format.custom.format.font.bold = cf.style.bold;
    }));
  }
  for (const v of plan.validations ?? []) {
    const source = inlineList(v.values);
    ops.push(op(jsonBytes(v) + 400, () => {
      const validation = targetSheet(target).getRange(v.range).dataValidation;
      validation.rule = { list: { inCellDropDown: true, source } };
      validation.errorAlert = {
        showAlert: true,
        style: v.strict === false ? "Warning" : "Stop",
        title: t("workbook.validationTitle").slice(0, VALIDATION_TITLE_MAX),
        message: v.error.slice(0, VALIDATION_TEXT_MAX),
      };
    }));
  }
  return ops;
}

function viewOps(plan: SheetPlan, target: Target, support: Support, sheetLabel: string, warnings: string[]): Op[] {
  const ops: Op[] = [];
  const freeze = plan.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    ops.push(op(100, () => {
      const panes = targetSheet(target).freezePanes;
      if (freeze.rows > 0 && freeze.columns > 0) panes.freezeAt(targetSheet(target).getRange(rangeOf(1, 1, freeze.rows, freeze.columns)));
      else if (freeze.rows > 0) panes.freezeRows(freeze.rows);
      else panes.freezeColumns(freeze.columns);
    }));
  }
  if (plan.tabColor) ops.push(op(20, () => { targetSheet(target).tabColor = `#${plan.tabColor}`; }));
  const print = plan.print;
  if (print && !support.v19) warnings.push(t("workbook.skipped.print", { sheet: sheetLabel }));
  if (print && support.v19) {
    ops.push(op(jsonBytes(print) + 5 * 200, () => {
      const layout = targetSheet(target).pageLayout;
      layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
      layout.paperSize = "A4";
      // 0 pages tall means "as many as needed", as fitToHeight="0" in the file format.
      if (print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (print.titleRows) layout.setPrintTitleRows(print.titleRows.split(":").map((r) => `$${r.replace(/\$/g, "")}`).join(":"));
      if (print.footer) {
        const s = footerSections(print.footer);
        const footer = layout.headersFooters.defaultForAllPages;
        if (s.left) footer.leftFooter = s.left;
        if (s.center) footer.centerFooter = s.center;
        if (s.right) footer.rightFooter = s.right;
      }
    }));
  }
  const filter = plan.autoFilter;
  if (filter && !support.v19) warnings.push(t("workbook.skipped.autoFilter", { sheet: sheetLabel }));
  if (filter && support.v19) ops.push(op(60, () => { targetSheet(target).autoFilter.apply(targetSheet(target).getRange(filter)); }));
  if (support.v112) {
    const mark = JSON.stringify({ kind: plan.meta.kind, version: plan.meta.version });
    ops.push(op(mark.length + 40, () => { targetSheet(target).customProperties.add("SchoolQuality", mark); }));
  }
  return ops;
}

/** Tables get a build name now; the caller renames them when a replaced sheet's tables are gone. */
function tableOps(plan: SheetPlan, target: Target, names: Map<string, string>, made: Map<string, Excel.Table>): Op[] {
  return (plan.tables ?? []).map((spec) =>
    op(jsonBytes(spec) + 4 * 200, () => {
      const sheet = targetSheet(target);
      const table = sheet.tables.add(sheet.getRange(spec.range), true);
      table.name = names.get(spec.name) ?? spec.name;
      table.style = spec.style ?? "TableStyleMedium2";
      table.showTotals = false;
      made.set(spec.name, table);
    }),
  );
}

/** A range on the plan's sheet, or on another sheet when the reference names one ('Лист'!A1:A5). */
function rangeFor(context: Excel.RequestContext, sheet: Excel.Worksheet, ref: string): Excel.Range {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) return sheet.getRange(ref);
  const name = ref.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
  return context.workbook.worksheets.getItem(name).getRange(ref.slice(bang + 1));
}

function chartOp(context: Excel.RequestContext, target: Target, spec: ChartSpec, v18: boolean): Op {
  return op(jsonBytes(spec) + (8 + 4 * spec.series.length) * 200, () => {
    const sheet = targetSheet(target);
    const first = spec.series[0];
    const chart = sheet.charts.add(CHART_TYPES[spec.type], rangeFor(context, sheet, first.values), "Columns");
    if (spec.title) chart.title.text = spec.title;
    else chart.title.visible = false;
    chart.setPosition(spec.anchor.from, spec.anchor.to);
    chart.legend.visible = true;
    chart.legend.position = "Bottom";
    spec.series.forEach((s, i) => {
      // The first series came from the source range; the others are added: all get explicit ranges and names.
      const series = i === 0 ? chart.series.getItemAt(0) : chart.series.add(s.name);
      series.name = s.name;
      series.setValues(rangeFor(context, sheet, s.values));
      series.setXAxisValues(rangeFor(context, sheet, spec.categories));
    });
    if (spec.xTitle) {
      chart.axes.categoryAxis.title.text = spec.xTitle;
      chart.axes.categoryAxis.title.visible = true;
    }
    if (spec.yTitle) {
      chart.axes.valueAxis.title.text = spec.yTitle;
      chart.axes.valueAxis.title.visible = true;
    }
    if (spec.yMajorUnit) chart.axes.valueAxis.majorUnit = spec.yMajorUnit;
    // Cosmetic (whole numbers on a count axis): left to Excel's default where ExcelApi 1.8 is missing.
    if (spec.yFormat && v18) chart.axes.valueAxis.numberFormat = spec.yFormat;
  });
}

/** Everything after cells, in order; `tables` receives the table proxies as they are made. */
export function featureOps(
  context: Excel.RequestContext,
  plan: SheetPlan,
  target: Target,
  options: { support: Support; sheetLabel: string; tableNames: Map<string, string>; tables: Map<string, Excel.Table>; warnings: string[] },
): Op[] {
  return [
    ...ruleOps(plan, target),
    ...viewOps(plan, target, options.support, options.sheetLabel, options.warnings),
    ...tableOps(plan, target, options.tableNames, options.tables),
    ...(plan.charts ?? []).map((spec) => chartOp(context, target, spec, options.support.v18)),
  ];
}
