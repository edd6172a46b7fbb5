/**
 * DrawingML for one chart (c:chartSpace), with elements in the order the schema requires: Excel
 * refuses (repairs) a chart whose children are out of order. Series names are literal text; categories
 * and values are references to the sheet's cells.
 */
import type { ChartSpec } from "../reports/sheetPlan";
import { DEFAULT_FONT, absoluteRange, quoteSheet } from "./planStyles";
import { xmlEscape } from "./xlsxPackage";

const PALETTE = ["4472C4", "ED7D31", "A5A5A5", "FFC000", "5B9BD5", "70AD47", "264478", "9E480E", "636363", "997300"];
const CAT_AXIS = 500000001;
const VAL_AXIS = 500000002;
const NS = 'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** "A6:A32" on sheet "Цели 2024" -> 'Цели 2024'!$A$6:$A$32; a range that names its sheet is kept. */
export function chartRef(range: string, sheet: string): string {
  if (range.includes("!")) return range;
  return `${quoteSheet(sheet)}!${absoluteRange(range)}`;
}

function richText(text: string, size: number, vertical: boolean): string {
  const rot = vertical ? ' rot="-5400000" vert="horz"' : "";
  return (
    `<c:title><c:tx><c:rich><a:bodyPr${rot}/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="1"/></a:pPr>` +
    `<a:r><a:rPr lang="ru-RU" sz="${size}" b="1"/><a:t>${xmlEscape(text)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`
  );
}

const solid = (color: string): string => `<a:solidFill><a:srgbClr val="${color}"/></a:solidFill>`;

function seriesXml(spec: ChartSpec, sheet: string, bar: boolean): string {
  const cat = `<c:cat><c:strRef><c:f>${xmlEscape(chartRef(spec.categories, sheet))}</c:f></c:strRef></c:cat>`;
  return spec.series
    .map((s, i) => {
      const color = PALETTE[i % PALETTE.length];
      const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>${xmlEscape(s.name)}</c:v></c:tx>`;
      const val = `<c:val><c:numRef><c:f>${xmlEscape(chartRef(s.values, sheet))}</c:f></c:numRef></c:val>`;
      if (bar) return `<c:ser>${head}<c:spPr>${solid(color)}</c:spPr><c:invertIfNegative val="0"/>${cat}${val}</c:ser>`;
      const marker = spec.type === "lineMarkers"
        ? `<c:marker><c:symbol val="circle"/><c:size val="6"/><c:spPr>${solid(color)}</c:spPr></c:marker>`
        : `<c:marker><c:symbol val="none"/></c:marker>`;
      return `<c:ser>${head}<c:spPr><a:ln w="28575" cap="rnd">${solid(color)}<a:round/></a:ln></c:spPr>${marker}${cat}${val}<c:smooth val="0"/></c:ser>`;
    })
    .join("");
}

/** The chart part for one spec on the given sheet. */
export function chartXml(spec: ChartSpec, sheet: string): string {
  const bar = !spec.type.startsWith("line");
  const horizontal = spec.type.startsWith("bar");
  const stacked = spec.type.endsWith("Stacked");
  const axIds = `<c:axId val="${CAT_AXIS}"/><c:axId val="${VAL_AXIS}"/>`;
  const series = seriesXml(spec, sheet, bar);
  const plot = bar
    ? `<c:barChart><c:barDir val="${horizontal ? "bar" : "col"}"/><c:grouping val="${stacked ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
      `${series}<c:gapWidth val="${stacked ? 60 : 150}"/>${stacked ? '<c:overlap val="100"/>' : ""}${axIds}</c:barChart>`
    : `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axIds}</c:lineChart>`;
  // For bar charts the category axis is the vertical one: titles follow the axes, not the screen.
  const catAx =
    `<c:catAx><c:axId val="${CAT_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "l" : "b"}"/>${spec.xTitle ? richText(spec.xTitle, 1000, horizontal) : ""}` +
    `<c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="low"/>` +
    `<c:crossAx val="${VAL_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`;
  const valAx =
    `<c:valAx><c:axId val="${VAL_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="${horizontal ? "b" : "l"}"/><c:majorGridlines><c:spPr><a:ln w="6350">${solid("D9D9D9")}</a:ln></c:spPr></c:majorGridlines>` +
    `${spec.yTitle ? richText(spec.yTitle, 1000, !horizontal) : ""}` +
    (spec.yFormat ? `<c:numFmt formatCode="${xmlEscape(spec.yFormat)}" sourceLinked="0"/>` : `<c:numFmt formatCode="General" sourceLinked="1"/>`) +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CAT_AXIS}"/>` +
    `<c:crosses val="autoZero"/><c:crossBetween val="between"/>${spec.yMajorUnit ? `<c:majorUnit val="${spec.yMajorUnit}"/>` : ""}</c:valAx>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<c:chartSpace ${NS}><c:date1904 val="0"/><c:lang val="ru-RU"/><c:roundedCorners val="0"/>` +
    `<c:chart>${spec.title ? richText(spec.title, 1400, false) : ""}<c:autoTitleDeleted val="${spec.title ? 0 : 1}"/>` +
    `<c:plotArea><c:layout/>${plot}${catAx}${valAx}</c:plotArea>` +
    `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="1000"><a:latin typeface="${DEFAULT_FONT.name}"/></a:defRPr></a:pPr>` +
    `<a:endParaRPr lang="ru-RU"/></a:p></c:txPr></c:chartSpace>`
  );
}
