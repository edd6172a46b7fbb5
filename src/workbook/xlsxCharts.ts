/**
 * Native Excel charts for files written by ExcelJS, which cannot write them: the saved package is
 * opened with JSZip and given, per sheet, one anchored graphic frame per chart in the sheet's drawing
 * and one DrawingML chart part per chart (bar/column clustered or stacked, line), wired with
 * relationships and content types. Series refer to the sheet's cells, so Excel and LibreOffice draw
 * current values.
 */
import type { ChartSpec } from "../reports/sheetPlan";
import { chartXml } from "./xlsxChartsXml";
import { NS_REL, XlsxPackage, addRel, relativeTarget, xmlEscape } from "./xlsxPackage";

export const REL_CHART = `${NS_REL}/chart`;
export const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";

/** "B7" -> zero-based column and row of the cell's top-left corner (or bottom-right with `after`). */
function cellCorner(a1: string, after: boolean): { col: number; row: number } {
  const m = /^\$?([A-Za-z]+)\$?(\d+)$/.exec(a1.trim());
  if (!m) throw new Error(`Not a cell address: ${a1}`);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  // The anchor's "to" corner is the bottom-right of the given cell, i.e. the next cell's top-left.
  return { col: col - 1 + (after ? 1 : 0), row: Number(m[2]) - 1 + (after ? 1 : 0) };
}

/** One chart's anchored graphic frame in a drawing part, pointing at its chart by relationship id. */
export function anchorXml(spec: ChartSpec, relId: string, shapeId: number): string {
  const corner = (tag: string, c: { col: number; row: number }): string =>
    `<xdr:${tag}><xdr:col>${c.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${c.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">${corner("from", cellCorner(spec.anchor.from, false))}${corner("to", cellCorner(spec.anchor.to, true))}` +
    `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${shapeId}" name="${xmlEscape(`Диаграмма ${shapeId - 1}`)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="${NS_REL}" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
  );
}

/**
 * Adds the charts to the package and returns the new package. Sheets are named as in the workbook;
 * a sheet that already has a drawing (pictures) gets the charts added to it.
 */
export async function addCharts(xlsx: Uint8Array, charts: { sheet: string; charts: ChartSpec[] }[]): Promise<Uint8Array> {
  const pkg = await XlsxPackage.open(xlsx);
  await addChartsTo(pkg, charts);
  return pkg.save();
}

/** addCharts on an open package (saved by the caller, with whatever else it changes). */
export async function addChartsTo(pkg: XlsxPackage, charts: { sheet: string; charts: ChartSpec[] }[]): Promise<void> {
  for (const { sheet, charts: specs } of charts) {
    if (!specs.length) continue;
    if (!pkg.sheets.has(sheet)) throw new Error(`addCharts: no sheet named "${sheet}" in the package`);
    const drawing = await pkg.drawingOf(sheet);
    const anchors = specs.map((spec) => {
      const part = pkg.freePath("xl/charts/", "chart", ".xml");
      pkg.zip.file(part, chartXml(spec, sheet));
      pkg.addOverride(`/${part}`, CT_CHART);
      const added = addRel(drawing.rels, REL_CHART, relativeTarget(drawing.part, part));
      drawing.rels = added.xml;
      return anchorXml(spec, added.id, drawing.nextShapeId++);
    });
    pkg.saveDrawing(drawing, anchors);
  }
}
