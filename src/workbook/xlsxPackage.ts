/**
 * Just enough of the OOXML package to add drawings to worksheets: parts by sheet name, relationships,
 * content types, and a sheet's drawing part (made and wired in when the sheet has none). Plain string
 * handling of well-formed parts written by ExcelJS or Excel; no XML library in the bundle.
 */
import JSZip from "jszip";
import { NS_PKG_REL, NS_REL, XML_HEAD, escapeAttr, relsPath } from "./xlsxStream/xml";
import { hasNativeDeflate, zipEntries, type ZipEntry } from "./zipWrite";

export { NS_REL };
const REL_DRAWING = `${NS_REL}/drawing`;
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
// CT_Worksheet: <drawing> comes after everything up to ignoredErrors/smartTags and before these.
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];
const EMPTY_DRAWING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
  `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"></xdr:wsDr>`;

/** Attribute and element text alike (both quotes escaped, characters XML cannot carry dropped). */
export const xmlEscape = escapeAttr;

const xmlUnescape = (text: string): string =>
  text.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_, name: string, dec?: string, hex?: string) =>
    dec ? String.fromCodePoint(Number(dec)) : hex ? String.fromCodePoint(parseInt(hex, 16))
      : ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[name]);

export const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? xmlUnescape(m[1]) : undefined;
};

/** "xl/worksheets/sheet1.xml" -> "xl/worksheets/_rels/sheet1.xml.rels". */
export { relsPath };

/** Resolves a relationship target against the folder of the part that owns it. */
export function resolveTarget(part: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const segments = part.split("/").slice(0, -1);
  for (const piece of target.split("/")) {
    if (piece === "..") segments.pop();
    else if (piece !== ".") segments.push(piece);
  }
  return segments.join("/");
}

/** The target to write in `from`'s relationships for the part `to`: "../charts/chart3.xml". */
export function relativeTarget(from: string, to: string): string {
  const a = from.split("/").slice(0, -1);
  const b = to.split("/");
  let common = 0;
  while (common < a.length && common < b.length - 1 && a[common] === b[common]) common++;
  return [...Array<string>(a.length - common).fill(".."), ...b.slice(common)].join("/");
}

export interface Rel {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

export function parseRels(xml: string | undefined): Rel[] {
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map((m) => ({
    id: attr(m[0], "Id") ?? "",
    type: attr(m[0], "Type") ?? "",
    target: attr(m[0], "Target") ?? "",
    external: attr(m[0], "TargetMode") === "External",
  }));
}

/** A .rels document (made when missing) with one more relationship, and that relationship's id. */
export function addRel(xml: string | undefined, type: string, target: string): { xml: string; id: string } {
  const used = new Set(parseRels(xml).map((r) => r.id));
  let n = used.size + 1;
  while (used.has(`rId${n}`)) n++;
  const id = `rId${n}`;
  const entry = `<Relationship Id="${id}" Type="${type}" Target="${xmlEscape(target)}"/>`;
  const base = xml ?? `${XML_HEAD}<Relationships xmlns="${NS_PKG_REL}"></Relationships>`;
  const out = base.includes("</Relationships>") ? base.replace("</Relationships>", `${entry}</Relationships>`) : base.replace(/<Relationships([^>]*)\/>/, `<Relationships$1>${entry}</Relationships>`);
  return { xml: out, id };
}

const utf8 = new TextDecoder();
const encode = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Where ASCII `text` starts in `bytes` at or after `from` (-1: nowhere); `last`: the last start. */
function findText(bytes: Uint8Array, text: string, from = 0, last = false): number {
  const first = text.charCodeAt(0);
  let at = last ? bytes.lastIndexOf(first) : bytes.indexOf(first, from);
  while (at >= from) {
    let k = 1;
    while (k < text.length && bytes[at + k] === text.charCodeAt(k)) k++;
    if (k === text.length) return at;
    at = last ? (at > 0 ? bytes.lastIndexOf(first, at - 1) : -1) : bytes.indexOf(first, at + 1);
  }
  return -1;
}

/**
 * Where a worksheet's cells end: what the schema puts after them (drawing, tableParts …) is only read
 * from there on. A sheet of 40,000 rows is hundreds of megabytes, its tail a few kilobytes.
 */
function cellsEnd(sheet: Uint8Array): number {
  const end = findText(sheet, "</sheetData>", 0, true);
  return end >= 0 ? end : Math.max(0, findText(sheet, "<sheetData/>", 0, true));
}

const isNameByte = (b: number): boolean => (b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a) || b === 0x5f;

/** Start of the first `<name` tag (not `<nameX`) at or after `from`, or -1. */
function findTag(bytes: Uint8Array, name: string, from = 0): number {
  for (let at = findText(bytes, `<${name}`, from); at >= 0; at = findText(bytes, `<${name}`, at + 1)) {
    if (!isNameByte(bytes[at + name.length + 1])) return at;
  }
  return -1;
}

/** Inserts `<drawing r:id>` where the worksheet schema wants it and declares the r: prefix if needed. */
function insertDrawingElement(sheet: Uint8Array, relId: string): Uint8Array {
  // Only the root tag and the tail after the cells are decoded and rewritten; the cells are copied as bytes.
  const tag = findTag(sheet, "worksheet");
  const rootEnd = tag < 0 ? -1 : sheet.indexOf(0x3e, tag);
  const rootStart = rootEnd < 0 ? 0 : tag;
  let root = rootEnd < 0 ? "" : utf8.decode(sheet.subarray(rootStart, rootEnd + 1));
  if (root && !/\sxmlns:r="/.test(root)) root = root.replace(/>$/, ` xmlns:r="${NS_REL}">`);
  const from = Math.max(rootEnd + 1, cellsEnd(sheet));
  const tail = utf8.decode(sheet.subarray(from));
  let at = -1;
  for (const tag of AFTER_DRAWING) {
    const m = new RegExp(`<${tag}[\\s>/]`).exec(tail);
    if (m && (at < 0 || m.index < at)) at = m.index;
  }
  if (at < 0) at = tail.lastIndexOf("</worksheet>");
  const parts = [
    sheet.subarray(0, rootStart), encode(root), sheet.subarray(rootEnd + 1, from),
    encode(`${tail.slice(0, at)}<drawing r:id="${relId}"/>${tail.slice(at)}`),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** A sheet's drawing part being edited. */
export interface Drawing {
  part: string;
  xml: string;
  rels: string | undefined;
  nextShapeId: number;
}

export class XlsxPackage {
  private readonly overrides: [string, string][] = [];
  private readonly defaults: [string, string][] = [];

  private constructor(
    readonly zip: JSZip,
    /** Sheet name -> worksheet part path. */
    readonly sheets: Map<string, string>,
  ) {}

  static async open(bytes: Uint8Array): Promise<XlsxPackage> {
    const zip = await JSZip.loadAsync(bytes);
    const read = async (path: string): Promise<string> => (await zip.file(path)?.async("string")) ?? "";
    const rels = parseRels(await read("xl/_rels/workbook.xml.rels"));
    const sheets = new Map<string, string>();
    for (const m of (await read("xl/workbook.xml")).matchAll(/<sheet\b[^>]*>/g)) {
      const name = attr(m[0], "name");
      const rel = rels.find((r) => r.id === attr(m[0], "r:id"));
      if (name !== undefined && rel) sheets.set(name, resolveTarget("xl/workbook.xml", rel.target));
    }
    return new XlsxPackage(zip, sheets);
  }

  async text(path: string): Promise<string | undefined> {
    return this.zip.file(path)?.async("string");
  }

  async bytes(path: string): Promise<Uint8Array | undefined> {
    return this.zip.file(path)?.async("uint8array");
  }

  addOverride(part: string, type: string): void {
    this.overrides.push([part, type]);
  }

  addDefault(extension: string, type: string): void {
    this.defaults.push([extension, type]);
  }

  /** The next free "<folder><stem>N<ext>", e.g. xl/charts/chart3.xml. */
  freePath(folder: string, stem: string, ext: string): string {
    for (let n = 1; ; n++) if (!this.zip.file(`${folder}${stem}${n}${ext}`)) return `${folder}${stem}${n}${ext}`;
  }

  /** The drawing part a worksheet points to, if any (`sheet`: the part's bytes when already read). */
  async existingDrawing(sheetPart: string, sheet?: Uint8Array): Promise<Omit<Drawing, "nextShapeId"> | undefined> {
    const bytes = sheet ?? (await this.bytes(sheetPart)) ?? new Uint8Array(0);
    const tail = utf8.decode(bytes.subarray(cellsEnd(bytes)));
    const ref = /<drawing\b[^>]*r:id="([^"]+)"/.exec(tail);
    if (!ref) return undefined;
    const rel = parseRels(await this.text(relsPath(sheetPart))).find((r) => r.id === ref[1]);
    if (!rel) throw new Error(`Broken drawing relationship in ${sheetPart}`);
    const part = resolveTarget(sheetPart, rel.target);
    return { part, xml: (await this.text(part)) ?? EMPTY_DRAWING, rels: await this.text(relsPath(part)) };
  }

  /** The sheet's drawing to add anchors to: its own (pictures stay), or a new one wired into the sheet. */
  async drawingOf(sheet: string): Promise<Drawing> {
    const sheetPart = this.sheets.get(sheet);
    if (!sheetPart) throw new Error(`no sheet named "${sheet}" in the package`);
    const bytes = (await this.bytes(sheetPart)) ?? new Uint8Array(0);
    let found = await this.existingDrawing(sheetPart, bytes);
    if (!found) {
      const part = this.freePath("xl/drawings/", "drawing", ".xml");
      this.zip.file(part, EMPTY_DRAWING);
      const added = addRel(await this.text(relsPath(sheetPart)), REL_DRAWING, relativeTarget(sheetPart, part));
      this.zip.file(relsPath(sheetPart), added.xml);
      this.zip.file(sheetPart, insertDrawingElement(bytes, added.id));
      this.addOverride(`/${part}`, CT_DRAWING);
      found = { part, xml: EMPTY_DRAWING, rels: undefined };
    }
    const ids = [...found.xml.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g)].map((m) => Number(m[1]));
    return { ...found, nextShapeId: Math.max(1, ...ids) + 1 };
  }

  /** Appends anchors to a drawing and stores it with its relationships. */
  saveDrawing(drawing: Drawing, anchors: string[]): void {
    const xml = drawing.xml.includes("</xdr:wsDr>")
      ? drawing.xml.replace("</xdr:wsDr>", `${anchors.join("")}</xdr:wsDr>`)
      : drawing.xml.replace(/<xdr:wsDr([^>]*)\/>/, `<xdr:wsDr$1>${anchors.join("")}</xdr:wsDr>`);
    this.zip.file(drawing.part, xml);
    if (drawing.rels) this.zip.file(relsPath(drawing.part), drawing.rels);
  }

  /** The package with the new content types. */
  async save(): Promise<Uint8Array> {
    let types = (await this.text("[Content_Types].xml")) ?? "";
    for (const [ext, type] of this.defaults) {
      if (!new RegExp(`<Default [^>]*Extension="${ext}"`, "i").test(types)) types = types.replace(/(<Types[^>]*>)/, `$1<Default Extension="${ext}" ContentType="${type}"/>`);
    }
    const entries = this.overrides.map(([part, type]) => `<Override PartName="${xmlEscape(part)}" ContentType="${type}"/>`).join("");
    this.zip.file("[Content_Types].xml", types.replace("</Types>", `${entries}</Types>`));
    if (!hasNativeDeflate()) return this.zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
    const files: ZipEntry[] = [];
    for (const file of Object.values(this.zip.files)) {
      files.push({ name: file.name, dir: file.dir, date: file.date, data: file.dir ? new Uint8Array(0) : await file.async("uint8array") });
    }
    return zipEntries(files);
  }
}
