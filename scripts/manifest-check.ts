/**
 * Offline structural checks of manifest.xml (office-addin-manifest validate needs a Microsoft web
 * service). Returns a list of problems; empty means the manifest passed.
 */
import * as fs from "fs";
import * as path from "path";
import { parseStringPromise } from "xml2js";

type Node = Record<string, unknown> & { $?: Record<string, string>; $$?: Node[]; "#name"?: string };

// Top-level order the OfficeApp schema enforces (elements that are present must follow it).
const TOP_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "IconUrl",
  "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements", "DefaultSettings", "Permissions",
  "VersionOverrides",
];
const LIMITS: Record<string, number> = { ShortStrings: 125, LongStrings: 250, Urls: 2048, Images: 2048 };

function walk(node: Node, visit: (n: Node, ancestors: Node[]) => void, ancestors: Node[] = []): void {
  visit(node, ancestors);
  for (const child of node.$$ ?? []) walk(child, visit, [...ancestors, node]);
}
const local = (n: Node): string => String(n["#name"] ?? "").replace(/^.*:/, "");

export async function checkManifest(xml: string, assetsDir?: string): Promise<string[]> {
  const problems: string[] = [];
  let root: Node;
  try {
    const doc = await parseStringPromise(xml, { explicitChildren: true, preserveChildrenOrder: true, explicitRoot: true });
    root = doc.OfficeApp as Node;
  } catch (error) {
    return [`manifest.xml is not well-formed XML: ${(error as Error).message}`];
  }
  const order = (root.$$ ?? []).map(local);
  const known = order.filter((name) => TOP_ORDER.includes(name));
  const sorted = [...known].sort((a, b) => TOP_ORDER.indexOf(a) - TOP_ORDER.indexOf(b));
  if (known.join() !== sorted.join()) problems.push(`top-level elements out of schema order: ${order.join(", ")}`);

  const resources = new Map<string, { kind: string; values: string[] }>();
  const references: { resid: string; element: string }[] = [];
  const urls: string[] = [];
  const byName = new Map<string, Node[]>();
  walk(root, (n, ancestors) => {
    const name = local(n);
    byName.set(name, [...(byName.get(name) ?? []), n]);
    const attrs = n.$ ?? {};
    const parent = ancestors.length ? local(ancestors[ancestors.length - 1]) : "";
    if (attrs.id && ["Images", "Urls", "ShortStrings", "LongStrings"].includes(parent)) {
      const values = [attrs.DefaultValue ?? "", ...(n.$$ ?? []).map((o) => o.$?.Value ?? "")];
      if (resources.has(attrs.id)) problems.push(`resource id "${attrs.id}" is defined twice`);
      resources.set(attrs.id, { kind: parent, values });
      if (attrs.id.length > 32) problems.push(`resource id "${attrs.id}" is longer than 32 characters`);
      for (const value of values) {
        if (value.length > LIMITS[parent]) problems.push(`${parent} "${attrs.id}" is longer than ${LIMITS[parent]} characters`);
        if (parent === "Urls" || parent === "Images") urls.push(value);
      }
    }
    if (attrs.resid) references.push({ resid: attrs.resid, element: name });
    if (["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"].includes(name) && attrs.DefaultValue) {
      urls.push(attrs.DefaultValue);
    }
    if (name === "DisplayName" && (attrs.DefaultValue ?? "").length > 125) problems.push("DisplayName is longer than 125 characters");
    if (name === "Description" && parent === "OfficeApp" && (attrs.DefaultValue ?? "").length > 250) {
      problems.push("Description is longer than 250 characters");
    }
  });
  for (const { resid, element } of references) {
    if (!resources.has(resid)) problems.push(`<${element} resid="${resid}"> does not resolve to a resource`);
    if (resid.length > 32) problems.push(`resid "${resid}" is longer than 32 characters`);
  }
  for (const url of urls) if (!url.startsWith("https://")) problems.push(`URL is not https: ${url}`);

  // Shared runtime: one page for the runtime, the custom functions and the function file.
  const runtime = byName.get("Runtime")?.[0];
  if (!runtime) problems.push("no <Runtime>: the shared runtime is not configured");
  else {
    if (runtime.$?.lifetime !== "long") problems.push('<Runtime> must have lifetime="long"');
    const page = (byName.get("Page")?.[0]?.$$ ?? []).find((n) => local(n) === "SourceLocation")?.$?.resid;
    const functionFile = byName.get("FunctionFile")?.[0]?.$?.resid;
    if (page !== runtime.$?.resid) problems.push(`custom functions <Page> (${page}) differs from <Runtime> (${runtime.$?.resid})`);
    if (functionFile !== runtime.$?.resid) problems.push(`<FunctionFile> (${functionFile}) differs from <Runtime> (${runtime.$?.resid})`);
  }
  const shared = (byName.get("Set") ?? []).some((s) => s.$?.Name === "SharedRuntime" && s.$?.MinVersion === "1.1");
  if (!shared) problems.push("Requirements do not ask for SharedRuntime 1.1");

  const ids = (byName.get("Control") ?? []).concat(byName.get("Group") ?? []).map((n) => n.$?.id ?? "");
  const duplicates = ids.filter((id, i) => ids.indexOf(id) !== i);
  if (duplicates.length) problems.push(`control or group ids repeat: ${duplicates.join(", ")}`);

  if (assetsDir) {
    for (const url of urls.filter((u) => /\/assets\/[^/]+\.png$/.test(u))) {
      const file = path.join(assetsDir, url.replace(/^.*\/assets\//, ""));
      if (!fs.existsSync(file)) problems.push(`icon ${url} has no file in assets/`);
    }
  }
  return problems;
}
