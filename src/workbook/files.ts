/**
 * Reads a workbook file the user picked (task pane: bytes from a file input; CLI: bytes from disk) into
 * grids. Works on a Uint8Array with no Node API, so the same code runs in the browser. The format is
 * decided by content first and extension second: .xlsx/.xlsm (ZIP with xl/workbook.xml), CSV/TXT/TSV
 * text, a text or HTML file saved as «.xls». Everything else — an old binary .xls, a password-protected
 * workbook, a damaged or empty file, a PDF or Word file, a file over the limits — is a UserError with a
 * Russian message naming the file, thrown before anything is imported.
 */
import ExcelJS from "exceljs";
import { UserError } from "../core/errors";
import { csvGrid } from "../import/csv";
import { sniff } from "../import/sniff";
import { t } from "../i18n";
import { gridFromWorksheet } from "./exceljsGrid";
import { META_SHEET, decodeMeta } from "./metaSheet";
import type { Grid } from "./port";

/**
 * Limits, documented in the README: 200 MB per file (an .xlsx that size unpacks to several GB of XML
 * and would exhaust a browser tab) and 1,048,576 rows per sheet (Excel's own limit; a CSV beyond it
 * could not be opened in Excel either).
 */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;
export const MAX_ROWS = 1_048_576;

export interface ReadLimits {
  maxBytes: number;
  maxRows: number;
}

export interface WorkbookFile {
  file: string;
  grids: Grid[];
}

const DEFAULT_LIMITS: ReadLimits = { maxBytes: MAX_FILE_BYTES, maxRows: MAX_ROWS };
const TEXT_EXTENSIONS = new Set(["csv", "txt", "tsv", "xls"]);
const WORKBOOK_EXTENSIONS = new Set(["xlsx", "xlsm", "xltx", "xltm", "xls", "xlsb", "ods"]);

const extensionOf = (name: string): string => (/\.([^./\\]+)$/.exec(name)?.[1] ?? "").toLowerCase();
const baseName = (name: string): string => name.replace(/^.*[\\/]/, "");
const megabytes = (bytes: number): string => (bytes / 1024 / 1024).toLocaleString("ru-RU", { maximumFractionDigits: 1 });

/** `readWorkbookFile("ярцево.xlsx", bytes)` -> { file: "ярцево.xlsx", grids: [...one per sheet] }. */
export async function readWorkbookFile(name: string, bytes: Uint8Array, limits: ReadLimits = DEFAULT_LIMITS): Promise<WorkbookFile> {
  const file = baseName(name);
  const fail = (message: string): never => {
    throw new UserError(message, { file });
  };
  if (bytes.length > limits.maxBytes) fail(t("import.file.tooLarge", { file, size: megabytes(bytes.length), max: megabytes(limits.maxBytes) }));
  const ext = extensionOf(file);
  const sniffed = sniff(bytes);
  switch (sniffed.kind) {
    case "empty":
      return fail(t("import.file.empty", { file }));
    case "zip": {
      const entries = sniffed.entries;
      if (!entries) return fail(t("import.file.corrupt", { file, reason: t("import.file.reason.truncated") }));
      if (entries.includes("xl/workbook.xml")) return readXlsx(file, bytes, limits);
      if (entries.includes("xl/workbook.bin")) return fail(t("import.file.xlsb", { file }));
      if (entries.includes("content.xml") && entries.includes("mimetype")) return fail(t("import.file.ods", { file }));
      if (entries.some((e) => e.startsWith("word/"))) return fail(t("import.file.notSpreadsheet", { file, what: t("import.file.what.word") }));
      if (entries.some((e) => e.startsWith("ppt/"))) return fail(t("import.file.notSpreadsheet", { file, what: t("import.file.what.powerpoint") }));
      return fail(WORKBOOK_EXTENSIONS.has(ext)
        ? t("import.file.corrupt", { file, reason: t("import.file.reason.noWorkbook") })
        : t("import.file.notSpreadsheet", { file, what: t("import.file.what.archive") }));
    }
    case "cfb": {
      const streams = sniffed.streams;
      if (!streams) return fail(t("import.file.corrupt", { file, reason: t("import.file.reason.badContainer") }));
      if (streams.includes("EncryptionInfo") || streams.includes("EncryptedPackage")) return fail(t("import.file.encrypted", { file }));
      if (streams.includes("Workbook") || streams.includes("Book")) return fail(t("import.file.xls", { file }));
      if (streams.includes("WordDocument")) return fail(t("import.file.notSpreadsheet", { file, what: t("import.file.what.word") }));
      return fail(t("import.file.notSpreadsheet", { file, what: t("import.file.what.ole") }));
    }
    case "html":
      return fail(t("import.file.html", { file }));
    case "text": {
      if (!TEXT_EXTENSIONS.has(ext)) {
        return fail(WORKBOOK_EXTENSIONS.has(ext)
          ? t("import.file.corrupt", { file, reason: t("import.file.reason.text") })
          : t("import.file.notSpreadsheet", { file, what: t("import.file.what.text") }));
      }
      const { grid } = csvGrid(file, bytes, limits.maxRows);
      if (!grid.values.some((row) => row.some((v) => v !== null))) fail(t("import.file.noData", { file }));
      return { file, grids: [grid] };
    }
    case "binary":
      return fail(WORKBOOK_EXTENSIONS.has(ext)
        ? t("import.file.corrupt", { file, reason: sniffed.format ? t("import.file.reason.format", { format: sniffed.format }) : t("import.file.reason.binary") })
        : t("import.file.notSpreadsheet", { file, what: sniffed.format ? t("import.file.reason.format", { format: sniffed.format }) : t("import.file.what.binary") }));
  }
}

async function readXlsx(file: string, bytes: Uint8Array, limits: ReadLimits): Promise<WorkbookFile> {
  const workbook = new ExcelJS.Workbook();
  try {
    // JSZip (inside ExcelJS) takes a Uint8Array as well as a Node Buffer; the typings only say Buffer.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0], {
      // Validations and conditional formats are not data; skipping them saves time on large sheets.
      ignoreNodes: ["dataValidations", "conditionalFormatting", "extLst"],
    });
  } catch (error) {
    throw new UserError(t("import.file.corrupt", { file, reason: error instanceof Error ? error.message : String(error) }), { file });
  }
  // The add-in's own sheets (listed on its meta sheet) are results, not sources.
  const meta = workbook.getWorksheet(META_SHEET);
  const own = meta ? decodeMeta(gridFromWorksheet(meta).values).sheets : new Map();
  const grids: Grid[] = [];
  for (const ws of workbook.worksheets) {
    if (ws.name === META_SHEET || ws.state === "veryHidden" || own.has(ws.name)) continue;
    if (ws.rowCount > limits.maxRows) throw new UserError(t("import.file.tooManyRows", { file, max: limits.maxRows.toLocaleString("ru-RU") }), { file, sheet: ws.name });
    grids.push(gridFromWorksheet(ws));
  }
  if (!grids.some((g) => g.values.some((row) => row.some((v) => v !== null && String(v).trim() !== "")))) {
    throw new UserError(t("import.file.noData", { file }), { file });
  }
  return { file, grids };
}
