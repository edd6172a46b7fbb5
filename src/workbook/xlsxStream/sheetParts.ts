/**
 * The parts of a worksheet around its cells, each in the place CT_Worksheet puts it: sheetPr, dimension,
 * sheetViews (frozen panes), sheetFormatPr and cols before sheetData; autoFilter, mergeCells,
 * conditionalFormatting, dataValidations, pageMargins, pageSetup, headerFooter, drawing and tableParts
 * after it. Mirrors what the ExcelJS writer (exceljsAdapterSheet.ts) makes of each plan feature.
 */
import { t } from "../../i18n";
import type { SheetPlan } from "../../reports/sheetPlan";
import { address, parseRange, rangeOf } from "../../reports/sheetPlan";
import { bareFormula, footerSections, hiddenColumnIndices, inlineList } from "../planStyles";
import type { StyleTable } from "./styles";
import { NS_MAIN, NS_REL, argb, escapeAttr, escapeText } from "./xml";

const VALIDATION_TITLE_MAX = 32;
const VALIDATION_TEXT_MAX = 255;

/** A range as a sqref/ref value: no "$", corners normalised ("A1:H1"; a single cell stays as written). */
export function plainRange(range: string): string {
  const { start, end } = parseRange(range.replace(/\$/g, ""));
  return range.includes(":") ? rangeOf(start.row, start.column, end.row, end.column) : address(start.row, start.column);
}

/** Everything before the first row: `rows`/`columns` is the written extent (for the dimension). */
export function sheetHead(plan: SheetPlan, rows: number, columns: number, selected: boolean): string {
  const fit = plan.print?.fitToWidth === true;
  const pr = `${plan.tabColor ? `<tabColor rgb="${argb(plan.tabColor)}"/>` : ""}${fit ? '<pageSetUpPr fitToPage="1"/>' : ""}`;
  const dimension = rows > 0 && columns > 0 ? rangeOf(1, 1, rows, columns) : "A1";
  return (
    `<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">${pr ? `<sheetPr>${pr}</sheetPr>` : ""}<dimension ref="${dimension}"/>` +
    `<sheetViews><sheetView${selected ? ' tabSelected="1"' : ""} workbookViewId="0">${paneXml(plan)}</sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/>${colsXml(plan)}<sheetData>`
  );
}

function paneXml(plan: SheetPlan): string {
  const rows = plan.freeze?.rows ?? 0;
  const columns = plan.freeze?.columns ?? 0;
  if (rows <= 0 && columns <= 0) return "";
  const topLeft = address(rows + 1, columns + 1);
  const pane = rows > 0 && columns > 0 ? "bottomRight" : rows > 0 ? "bottomLeft" : "topRight";
  return (
    `<pane${columns > 0 ? ` xSplit="${columns}"` : ""}${rows > 0 ? ` ySplit="${rows}"` : ""} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`
  );
}

/** Column widths and hidden columns, runs of equal columns as one element. */
function colsXml(plan: SheetPlan): string {
  const hidden = new Set(hiddenColumnIndices(plan.hiddenColumns ?? []));
  const last = Math.max(plan.columnWidths.length, ...hidden);
  const key = (c: number): string => {
    const width = plan.columnWidths[c - 1];
    return `${width > 0 ? ` width="${width}" customWidth="1"` : ""}${hidden.has(c) ? ' hidden="1"' : ""}`;
  };
  let out = "";
  for (let c = 1; c <= last; c++) {
    const attrs = key(c);
    let end = c;
    while (end < last && key(end + 1) === attrs) end++;
    if (attrs) out += `<col min="${c}" max="${end}"${attrs}/>`;
    c = end;
  }
  return out ? `<cols>${out}</cols>` : "";
}

export interface TailParts {
  styles: StyleTable;
  drawingRelId?: string;
  tableRelIds: readonly string[];
}

/** Everything after the last row. */
export function sheetTail(plan: SheetPlan, parts: TailParts): string {
  let out = "</sheetData>";
  if (plan.autoFilter) out += `<autoFilter ref="${plainRange(plan.autoFilter)}"/>`;
  if (plan.merges.length) out += `<mergeCells count="${plan.merges.length}">${plan.merges.map((m) => `<mergeCell ref="${plainRange(m)}"/>`).join("")}</mergeCells>`;
  (plan.conditionalFormats ?? []).forEach((cf, i) => {
    const dxfId = parts.styles.dxf(cf.style);
    out += `<conditionalFormatting sqref="${plainRange(cf.range)}"><cfRule type="expression" dxfId="${dxfId}" priority="${i + 1}">` +
      `<formula>${escapeText(bareFormula(cf.formula))}</formula></cfRule></conditionalFormatting>`;
  });
  const validations = plan.validations ?? [];
  if (validations.length) {
    const title = escapeAttr(t("workbook.validationTitle").slice(0, VALIDATION_TITLE_MAX));
    out += `<dataValidations count="${validations.length}">`;
    for (const v of validations) {
      const list = `"${inlineList(v.values).replace(/"/g, '""')}"`;
      out += `<dataValidation type="list" errorStyle="${v.strict === false ? "warning" : "stop"}" allowBlank="1" showErrorMessage="1" ` +
        `errorTitle="${title}" error="${escapeAttr(v.error.slice(0, VALIDATION_TEXT_MAX))}" sqref="${plainRange(v.range)}"><formula1>${escapeText(list)}</formula1></dataValidation>`;
    }
    out += "</dataValidations>";
  }
  out += printXml(plan);
  if (parts.drawingRelId) out += `<drawing r:id="${parts.drawingRelId}"/>`;
  if (parts.tableRelIds.length) out += `<tableParts count="${parts.tableRelIds.length}">${parts.tableRelIds.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`;
  return `${out}</worksheet>`;
}

function printXml(plan: SheetPlan): string {
  const print = plan.print;
  if (!print) return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/><pageSetup orientation="portrait"/>';
  let out = '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>';
  // A4 is paper size 9; fitting to the width with any number of pages down is fitToHeight 0.
  out += `<pageSetup paperSize="9" orientation="${print.orientation}"${print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ""}/>`;
  if (print.footer) {
    const s = footerSections(print.footer);
    const footer = `${s.left ? `&L${s.left}` : ""}${s.center ? `&C${s.center}` : ""}${s.right ? `&R${s.right}` : ""}`;
    out += `<headerFooter><oddFooter>${escapeText(footer)}</oddFooter></headerFooter>`;
  }
  return out;
}
