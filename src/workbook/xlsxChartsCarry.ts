/**
 * ExcelJS drops charts when it re-saves a file it loaded. This puts them back: for each named sheet
 * still in the workbook and not rebuilt in this session, the chart anchors of its drawing in the file as
 * loaded are copied into the sheet's drawing in the file as saved, with their chart parts and everything
 * those parts refer to (styles, colours), renamed where names are taken. Anchors that refer to anything
 * but their chart (hyperlinks, pictures inside) are left out rather than copied half-wired.
 */
import { CT_CHART, REL_CHART } from "./xlsxCharts";
import { XlsxPackage, addRel, attr, parseRels, relativeTarget, relsPath, resolveTarget, xmlEscape } from "./xlsxPackage";

const ANCHOR = /<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>/g;

async function contentTypes(pkg: XlsxPackage): Promise<{ overrides: Map<string, string>; defaults: Map<string, string> }> {
  const xml = (await pkg.text("[Content_Types].xml")) ?? "";
  const overrides = new Map<string, string>();
  const defaults = new Map<string, string>();
  for (const m of xml.matchAll(/<Override\b[^>]*>/g)) overrides.set(attr(m[0], "PartName") ?? "", attr(m[0], "ContentType") ?? "");
  for (const m of xml.matchAll(/<Default\b[^>]*>/g)) defaults.set((attr(m[0], "Extension") ?? "").toLowerCase(), attr(m[0], "ContentType") ?? "");
  return { overrides, defaults };
}

interface Copier {
  from: XlsxPackage;
  to: XlsxPackage;
  types: Awaited<ReturnType<typeof contentTypes>>;
  renamed: Map<string, string>;
}

/** Copies a part and, recursively, the parts its relationships point to; returns its path in the target. */
async function copyPart(copier: Copier, path: string): Promise<string> {
  const done = copier.renamed.get(path);
  if (done) return done;
  const m = /^(.*\/)([^/]*?)\d*(\.[^./]+)$/.exec(path);
  const target = m ? copier.to.freePath(m[1], m[2], m[3]) : path;
  copier.renamed.set(path, target);
  const bytes = await copier.from.zip.file(path)?.async("uint8array");
  if (!bytes) throw new Error(`carryCharts: missing part ${path}`);
  copier.to.zip.file(target, bytes);
  const override = copier.types.overrides.get(`/${path}`);
  const ext = (m?.[3] ?? "").slice(1).toLowerCase();
  if (override) copier.to.addOverride(`/${target}`, override);
  else if (copier.types.defaults.has(ext)) copier.to.addDefault(ext, copier.types.defaults.get(ext) ?? "");

  const rels = await copier.from.text(relsPath(path));
  if (rels) {
    const retarget = new Map<string, string>();
    for (const rel of parseRels(rels)) {
      const inner = resolveTarget(path, rel.target);
      if (!rel.external && copier.from.zip.file(inner)) retarget.set(rel.id, relativeTarget(target, await copyPart(copier, inner)));
    }
    copier.to.zip.file(relsPath(target), rels.replace(/<Relationship\b[^>]*>/g, (tag) => {
      const moved = retarget.get(attr(tag, "Id") ?? "");
      return moved === undefined ? tag : tag.replace(/\bTarget="[^"]*"/, `Target="${xmlEscape(moved)}"`);
    }));
  }
  return target;
}

/** The package `saved` with the charts of `sheets` carried over from the package `loaded`. */
export async function carryCharts(loaded: Uint8Array, saved: Uint8Array, sheets: readonly string[]): Promise<Uint8Array> {
  const to = await XlsxPackage.open(saved);
  return (await carryChartsTo(loaded, to, sheets)) ? to.save() : saved;
}

/** carryCharts into an open package (saved by the caller); the number of charts carried. */
export async function carryChartsTo(loaded: Uint8Array, to: XlsxPackage, sheets: readonly string[]): Promise<number> {
  const from = await XlsxPackage.open(loaded);
  const copier: Copier = { from, to, types: await contentTypes(from), renamed: new Map() };
  let carried = 0;
  for (const sheet of sheets) {
    const sourcePart = from.sheets.get(sheet);
    if (!sourcePart || !to.sheets.has(sheet)) continue;
    const source = await from.existingDrawing(sourcePart);
    if (!source) continue;
    const rels = parseRels(source.rels);
    const charts: { anchor: string; relId: string; part: string }[] = [];
    for (const [anchor] of source.xml.matchAll(ANCHOR)) {
      const chart = /<c:chart\b[^>]*\br:id="([^"]+)"/.exec(anchor);
      const refs = [...anchor.matchAll(/\br:(?:id|embed|link|pict)="([^"]+)"/g)].map((r) => r[1]);
      const rel = chart ? rels.find((r) => r.id === chart[1]) : undefined;
      if (!chart || !rel || rel.type !== REL_CHART || refs.some((id) => id !== chart[1])) continue;
      charts.push({ anchor, relId: chart[1], part: resolveTarget(source.part, rel.target) });
    }
    if (!charts.length) continue;
    const drawing = await to.drawingOf(sheet);
    // Anchors may use prefixes the source declared on its root element only.
    const declared = (xml: string): Map<string, string> =>
      new Map([...(/<xdr:wsDr\b[^>]*>/.exec(xml)?.[0] ?? "").matchAll(/\sxmlns:(\w+)="([^"]*)"/g)].map((m): [string, string] => [m[1], m[2]]));
    const have = declared(drawing.xml);
    const missing = [...declared(source.xml)].filter(([prefix]) => !have.has(prefix));
    drawing.xml = drawing.xml.replace(/<xdr:wsDr\b/, `<xdr:wsDr${missing.map(([prefix, uri]) => ` xmlns:${prefix}="${uri}"`).join("")}`);
    const anchors: string[] = [];
    for (const chart of charts) {
      const part = await copyPart(copier, chart.part);
      if (!copier.types.overrides.has(`/${chart.part}`)) to.addOverride(`/${part}`, CT_CHART);
      const added = addRel(drawing.rels, REL_CHART, relativeTarget(drawing.part, part));
      drawing.rels = added.xml;
      anchors.push(chart.anchor.replace(`r:id="${chart.relId}"`, `r:id="${added.id}"`).replace(/(<xdr:cNvPr\b[^>]*?\bid=")\d+"/, `$1${drawing.nextShapeId++}"`));
    }
    to.saveDrawing(drawing, anchors);
    carried += anchors.length;
  }
  return carried;
}
