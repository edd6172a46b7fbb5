/**
 * styles.xml of the streamed package, built from the distinct resolved cell styles of every sheet:
 * fonts (always with the plan's font name, as the ExcelJS writer), solid fills, thin borders,
 * alignment, number formats ("@" for text Excel could misread) and protection; differential formats
 * for conditional formats. Style lookups are keyed per sheet by resolved style id, so the style of a
 * cell costs one array read.
 */
import type { CellStyle, ConditionalFormat } from "../../reports/sheetPlan";
import { DEFAULT_FONT, TEXT_FORMAT } from "../planStyles";
import { NS_MAIN, XML_HEAD, argb, escapeAttr } from "./xml";

// Built-in number formats Excel knows by id; any other code gets an id from 164 up.
const BUILT_IN: Record<string, number> = {
  General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "0.00E+00": 11, "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;
const THIN = '<color rgb="FF000000"/>';

/** Interned parts: index by XML, in insertion order. */
class Interned {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(initial: string[]) {
    for (const xml of initial) this.id(xml);
  }

  id(xml: string): number {
    let id = this.index.get(xml);
    if (id === undefined) {
      id = this.items.push(xml) - 1;
      this.index.set(xml, id);
    }
    return id;
  }
}

function fontXml(style: CellStyle, name: string): string {
  return (
    `<font>${style.bold ? "<b/>" : ""}${style.italic ? "<i/>" : ""}<sz val="${style.fontSize ?? DEFAULT_FONT.size}"/>` +
    `${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : ""}<name val="${escapeAttr(name)}"/></font>`
  );
}

function alignmentXml(style: CellStyle): string {
  if (!style.hAlign && !style.vAlign && !style.wrap) return "";
  const vertical = style.vAlign === "middle" ? "center" : style.vAlign;
  return `<alignment${style.hAlign ? ` horizontal="${style.hAlign}"` : ""}${vertical ? ` vertical="${vertical}"` : ""}${style.wrap ? ' wrapText="1"' : ""}/>`;
}

export class StyleTable {
  private readonly fonts = new Interned([fontXml({}, DEFAULT_FONT.name)]);
  private readonly fills = new Interned(['<fill><patternFill patternType="none"/></fill>', '<fill><patternFill patternType="gray125"/></fill>']);
  private readonly borders = new Interned(["<border><left/><right/><top/><bottom/><diagonal/></border>"]);
  private readonly formats = new Map<string, number>();
  private readonly xfs = new Interned(['<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>']);
  private readonly dxfs: string[] = [];

  /** The cellXfs index of a cell with this style; `text`: the cell holds text that needs "@". */
  xf(style: CellStyle, text: boolean, fontName: string): number {
    const fontId = this.fonts.id(fontXml(style, fontName));
    const fillId = style.fill ? this.fills.id(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/></patternFill></fill>`) : 0;
    const borderId = style.border === "thin"
      ? this.borders.id(`<border><left style="thin">${THIN}</left><right style="thin">${THIN}</right><top style="thin">${THIN}</top><bottom style="thin">${THIN}</bottom><diagonal/></border>`)
      : 0;
    const format = text ? TEXT_FORMAT : style.numberFormat;
    const numFmtId = format ? this.formatId(format) : 0;
    const alignment = alignmentXml(style);
    const protection = style.input ? '<protection locked="0"/>' : "";
    const applied =
      `${numFmtId ? ' applyNumberFormat="1"' : ""} applyFont="1"${fillId ? ' applyFill="1"' : ""}${borderId ? ' applyBorder="1"' : ""}` +
      `${alignment ? ' applyAlignment="1"' : ""}${protection ? ' applyProtection="1"' : ""}`;
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}`;
    return this.xfs.id(alignment || protection ? `${head}>${alignment}${protection}</xf>` : `${head}/>`);
  }

  /** The xf of text-format cells with the default font (the meta sheet's cells). */
  textXf(): number {
    return this.xfs.id(`<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
  }

  /** A differential format for a conditional format's style; its dxfId. */
  dxf(style: ConditionalFormat["style"]): number {
    const font = style.bold !== undefined || style.fontColor
      ? `<font>${style.bold === undefined ? "" : style.bold ? "<b/>" : '<b val="0"/>'}${style.fontColor ? `<color rgb="${argb(style.fontColor)}"/>` : ""}</font>`
      : "";
    // Differential fills keep a solid fill's colour in bgColor; fgColor too for readers that look there.
    const fill = style.fill
      ? `<fill><patternFill patternType="solid"><fgColor rgb="${argb(style.fill)}"/><bgColor rgb="${argb(style.fill)}"/></patternFill></fill>`
      : "";
    return this.dxfs.push(`<dxf>${font}${fill}</dxf>`) - 1;
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) this.formats.set(code, (id = FIRST_CUSTOM_FORMAT + this.formats.size));
    return id;
  }

  /** The styles part, elements in the order CT_Stylesheet requires. */
  xml(): string {
    const list = (tag: string, items: readonly string[]): string => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;
    const formats = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeAttr(code)}"/>`);
    return (
      `${XML_HEAD}<styleSheet xmlns="${NS_MAIN}">` +
      (formats.length ? list("numFmts", formats) : "") +
      list("fonts", this.fonts.items) +
      list("fills", this.fills.items) +
      list("borders", this.borders.items) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs.items) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      list("dxfs", this.dxfs) +
      '<tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/></styleSheet>'
    );
  }
}
