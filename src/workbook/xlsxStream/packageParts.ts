/**
 * The package's small parts: [Content_Types].xml, the root and workbook relationships, docProps, and
 * xl/workbook.xml (sheets in order with the meta sheet very hidden and last, defined names with the
 * print titles, and a full recalculation on load, since cached results may be absent).
 */
import { XML_HEAD, CT, NS_MAIN, NS_REL, REL, escapeAttr, escapeText, relsXml } from "./xml";

export interface WorkbookSheetEntry {
  name: string;
  /** Part path inside the package, e.g. xl/worksheets/sheet1.xml. */
  part: string;
  veryHidden?: boolean;
}

export interface DefinedName {
  name: string;
  /** A formula reference: 'Лист'!$A$1:$B$2. */
  ref: string;
  /** 0-based index of the sheet the name is local to (print titles). */
  localSheetId?: number;
}

export function workbookXml(sheets: readonly WorkbookSheetEntry[], names: readonly DefinedName[], activeTab: number): string {
  const sheetList = sheets
    .map((s, i) => `<sheet name="${escapeAttr(s.name)}" sheetId="${i + 1}"${s.veryHidden ? ' state="veryHidden"' : ""} r:id="rId${i + 1}"/>`)
    .join("");
  const defined = names
    .map((n) => `<definedName name="${escapeAttr(n.name)}"${n.localSheetId === undefined ? "" : ` localSheetId="${n.localSheetId}"`}>${escapeText(n.ref)}</definedName>`)
    .join("");
  return (
    `${XML_HEAD}<workbook xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><workbookPr/>` +
    `<bookViews><workbookView activeTab="${activeTab}"/></bookViews><sheets>${sheetList}</sheets>` +
    `${defined ? `<definedNames>${defined}</definedNames>` : ""}<calcPr calcId="191029" fullCalcOnLoad="1"/></workbook>`
  );
}

/** xl/_rels/workbook.xml.rels: sheets first (rId1…), then styles and shared strings. */
export function workbookRels(sheets: readonly WorkbookSheetEntry[]): string {
  const rels = sheets.map((s, i) => ({ id: `rId${i + 1}`, type: REL.worksheet, target: s.part.replace(/^xl\//, "") }));
  rels.push({ id: `rId${sheets.length + 1}`, type: REL.styles, target: "styles.xml" });
  rels.push({ id: `rId${sheets.length + 2}`, type: REL.sharedStrings, target: "sharedStrings.xml" });
  return relsXml(rels);
}

export function rootRels(): string {
  return relsXml([
    { id: "rId1", type: REL.officeDocument, target: "xl/workbook.xml" },
    { id: "rId2", type: REL.core, target: "docProps/core.xml" },
    { id: "rId3", type: REL.app, target: "docProps/app.xml" },
  ]);
}

/** Content types: every part by name (overrides) besides the two defaults. */
export function contentTypes(parts: readonly { part: string; type: string }[]): string {
  const fixed = [
    { part: "xl/workbook.xml", type: CT.workbook },
    { part: "xl/styles.xml", type: CT.styles },
    { part: "xl/sharedStrings.xml", type: CT.sharedStrings },
    { part: "docProps/core.xml", type: CT.core },
    { part: "docProps/app.xml", type: CT.app },
  ];
  const overrides = [...fixed, ...parts].map((p) => `<Override PartName="/${escapeAttr(p.part)}" ContentType="${p.type}"/>`).join("");
  return (
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    `<Default Extension="rels" ContentType="${CT.rels}"/><Default Extension="xml" ContentType="application/xml"/>${overrides}</Types>`
  );
}

export function coreXml(date: Date): string {
  const when = `${date.toISOString().replace(/\.\d{3}Z$/, "Z")}`;
  return (
    `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

export function appXml(): string {
  return `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Excel</Application></Properties>`;
}
