/**
 * Test helpers for package parts: well-formedness by xmllint, and child order against the sequences of
 * the SpreadsheetML schema (ECMA-376 Part 1, sml.xsd) for the elements the writers make.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type JSZip from "jszip";

/** Child order of the schema's sequences (ECMA-376 Part 1, sml.xsd), for the elements this writer makes. */
const SEQUENCES: Record<string, string[]> = {
  worksheet: [
    "sheetPr", "dimension", "sheetViews", "sheetFormatPr", "cols", "sheetData", "sheetCalcPr", "sheetProtection", "protectedRanges",
    "scenarios", "autoFilter", "sortState", "dataConsolidate", "customSheetViews", "mergeCells", "phoneticPr", "conditionalFormatting",
    "dataValidations", "hyperlinks", "printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks",
    "customProperties", "cellWatches", "ignoredErrors", "smartTags", "drawing", "legacyDrawing", "legacyDrawingHF", "picture",
    "oleObjects", "controls", "webPublishItems", "tableParts", "extLst",
  ],
  sheetPr: ["tabColor", "outlinePr", "pageSetUpPr"],
  sheetView: ["pane", "selection", "pivotSelection", "extLst"],
  c: ["f", "v", "is", "extLst"],
  workbook: [
    "fileVersion", "fileSharing", "workbookPr", "workbookProtection", "bookViews", "sheets", "functionGroups", "externalReferences",
    "definedNames", "calcPr", "oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing",
    "fileRecoveryPr", "webPublishObjects", "extLst",
  ],
  styleSheet: ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"],
  xf: ["alignment", "protection", "extLst"],
  dxf: ["font", "numFmt", "fill", "alignment", "protection", "border", "extLst"],
  patternFill: ["fgColor", "bgColor"],
  border: ["start", "end", "left", "right", "top", "bottom", "diagonal", "vertical", "horizontal"],
  table: ["autoFilter", "sortState", "tableColumns", "tableStyleInfo", "extLst"],
  cfRule: ["formula", "colorScale", "dataBar", "iconSet", "extLst"],
  dataValidation: ["formula1", "formula2"],
  headerFooter: ["oddHeader", "oddFooter", "evenHeader", "evenFooter", "firstHeader", "firstFooter"],
};

/** Children out of schema order, as "parent: a before b" (the parts are well-formed; xmllint says so). */
export function orderErrors(xml: string): string[] {
  const errors: string[] = [];
  const stack: { name: string; last: number; lastName: string }[] = [];
  for (const m of xml.matchAll(/<(\/?)([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[^>]*?(\/?)>/g)) {
    const [tag, closing, prefix, name, selfClosing] = m;
    if (tag.startsWith("<?")) continue;
    if (closing) {
      stack.pop();
      continue;
    }
    const parent = stack[stack.length - 1];
    const order = parent && !prefix ? SEQUENCES[parent.name] : undefined;
    if (parent && order) {
      const at = order.indexOf(name);
      if (at < 0) errors.push(`${parent.name}: unknown child ${name}`);
      else if (at < parent.last) errors.push(`${parent.name}: ${name} after ${parent.lastName}`);
      else [parent.last, parent.lastName] = [at, name];
    }
    if (!selfClosing) stack.push({ name: prefix ? `${prefix}${name}` : name, last: -1, lastName: "" });
  }
  return errors;
}

/** xmllint's complaints about any part of a package (none: every part is well-formed XML). */
export async function xmllintErrors(zip: JSZip): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sq-xmllint-"));
  try {
    const errors: string[] = [];
    for (const part of Object.keys(zip.files).filter((p) => !zip.files[p].dir)) {
      const file = path.join(dir, part.replace(/[/[\]]/g, "_"));
      fs.writeFileSync(file, await zip.file(part)!.async("uint8array"));
      const run = spawnSync("xmllint", ["--noout", file], { encoding: "utf8" });
      if (run.error) throw new Error(`xmllint is not installed (apt-get install libxml2-utils): ${run.error.message}`);
      if (run.status !== 0 || run.stderr) errors.push(`${part}: ${run.stderr}`);
    }
    return errors;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
