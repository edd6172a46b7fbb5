/**
 * XML text for the streamed package: escaping for element text and attributes (SpreadsheetML strings
 * additionally lose the control characters XML cannot carry, as ExcelJS drops them, and keep a literal
 * `_x0041_` literal), namespaces and content types. Pure string helpers.
 */

export const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
export const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
export const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";

export const CT = {
  workbook: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
  worksheet: "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml",
  styles: "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml",
  sharedStrings: "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml",
  table: "application/vnd.openxmlformats-officedocument.spreadsheetml.table+xml",
  drawing: "application/vnd.openxmlformats-officedocument.drawing+xml",
  chart: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml",
  core: "application/vnd.openxmlformats-package.core-properties+xml",
  app: "application/vnd.openxmlformats-officedocument.extended-properties+xml",
  rels: "application/vnd.openxmlformats-package.relationships+xml",
};

export const REL = {
  officeDocument: `${NS_REL}/officeDocument`,
  core: "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
  app: `${NS_REL}/extended-properties`,
  worksheet: `${NS_REL}/worksheet`,
  styles: `${NS_REL}/styles`,
  sharedStrings: `${NS_REL}/sharedStrings`,
  table: `${NS_REL}/table`,
  drawing: `${NS_REL}/drawing`,
  chart: `${NS_REL}/chart`,
};

// Characters XML 1.0 cannot carry (tab, LF and CR aside); ExcelJS drops them too. DEL with them, as ExcelJS.
const INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
// A literal "_x0041_" would be read back as "A": its underscore is written as _x005F_.
const ESCAPE_LIKE = /_(x[0-9A-Fa-f]{4}_)/g;
const TEXT_SPECIAL = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|_x[0-9A-Fa-f]{4}_/;
const ATTR_SPECIAL = /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff\n\r\t]|_x[0-9A-Fa-f]{4}_/;

/** Element text: & < > escaped. Most cell text needs nothing, and is returned as it is. */
export function escapeText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(INVALID, "").replace(ESCAPE_LIKE, "_x005F_$1").replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Attribute value: quotes too, and line breaks as character references so they survive normalisation. */
export function escapeAttr(text: string): string {
  if (!ATTR_SPECIAL.test(text)) return text;
  return escapeText(text)
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;")
    .replace(/\n/g, "&#10;")
    .replace(/\r/g, "&#13;")
    .replace(/\t/g, "&#9;");
}

/** `<t>` of a string item: xml:space="preserve" when edge spaces or line breaks must survive. */
export function textElement(text: string): string {
  const preserve = /^\s|\s$|\n/.test(text) ? ' xml:space="preserve"' : "";
  return `<t${preserve}>${escapeText(text)}</t>`;
}

/** "RRGGBB" or "#rrggbb" -> "FFRRGGBB". */
export const argb = (rgb: string): string => `FF${rgb.replace(/^#/, "").toUpperCase()}`;

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels". */
export const relsPath = (part: string): string => part.replace(/([^/]+)$/, "_rels/$1.rels");

/** A relationships part. */
export function relsXml(rels: readonly { id: string; type: string; target: string }[]): string {
  const body = rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${escapeAttr(r.target)}"/>`).join("");
  return `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}">${body}</Relationships>`;
}
