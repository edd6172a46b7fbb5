/**
 * What a re-save through ExcelJS would leave out of a workbook file. ExcelJS reads cells, styles,
 * merges, validations, conditional formats, tables, notes and images, and the adapter carries charts
 * over; pivot tables, slicers, timelines, sparklines, shapes and text boxes, and VBA macros it neither
 * reads nor writes. The
 * standalone pane warns about them when the file is opened: the file on disk is never changed, but the
 * downloaded workbook would not have them.
 */
import JSZip from "jszip";

export type ResaveLoss = "pivotTables" | "slicers" | "timelines" | "sparklines" | "shapes" | "macros";

const BY_FOLDER: [RegExp, ResaveLoss][] = [
  [/^xl\/pivotTables\//i, "pivotTables"],
  [/^xl\/(slicers|slicerCaches)\//i, "slicers"],
  [/^xl\/(timelines|timelineCaches)\//i, "timelines"],
  [/^xl\/vbaProject\.bin$/i, "macros"],
];
const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
const DRAWING = /^xl\/drawings\/[^/]+\.xml$/i;
// Drawing elements other than pictures and chart frames: shapes, text boxes, connectors, groups.
const SHAPE = /<(?:\w+:)?(?:sp|cxnSp|grpSp)\b/;

/** The kinds of content in the package that a re-save would drop, in a fixed order; [] when none or not a zip. */
export async function resaveLosses(bytes: Uint8Array): Promise<ResaveLoss[]> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch {
    return [];
  }
  const found = new Set<ResaveLoss>();
  const sheets: JSZip.JSZipObject[] = [];
  const drawings: JSZip.JSZipObject[] = [];
  zip.forEach((name, entry) => {
    for (const [pattern, loss] of BY_FOLDER) if (pattern.test(name)) found.add(loss);
    if (WORKSHEET.test(name)) sheets.push(entry);
    if (DRAWING.test(name)) drawings.push(entry);
  });
  for (const drawing of drawings) {
    if (SHAPE.test(await drawing.async("string"))) {
      found.add("shapes");
      break;
    }
  }
  for (const sheet of sheets) {
    // Sparklines live in the worksheet's extension list; a sheet without "sparklineGroup" has none.
    if ((await sheet.async("string")).includes("sparklineGroup")) {
      found.add("sparklines");
      break;
    }
  }
  return (["pivotTables", "slicers", "timelines", "sparklines", "shapes", "macros"] as const).filter((k) => found.has(k));
}
