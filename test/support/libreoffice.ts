/**
 * LibreOffice for tests and benchmarks: recalculate a workbook and read a sheet back as CSV, or render
 * it to PNG pages that can be looked at. Every call runs headless with its own temporary profile whose
 * registrymodifications.xcu sets /org.openoffice.Office.Calc/Formula/Load/OOXMLRecalcMode = 0 ("always
 * recalculate" on loading .xlsx): without it LibreOffice shows the results stored in the file, and
 * ExcelJS stores none (or the plan's guesses), so the test would check nothing.
 *
 * Tests that need LibreOffice call requireLibreOffice(): it fails with a clear message when soffice is
 * missing (CI installs it: apt-get install libreoffice-calc poppler-utils fonts-crosextra-carlito).
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { address, isFormula, type SheetPlan } from "../../src/reports/sheetPlan";

const TIMEOUT_MS = 180_000;
const APT_LOG = "/tmp/apt.log";
// Field separator 44 (,), text delimiter 34 ("), UTF-8 (76), from line 1, raw values (not "as shown"),
// no formulas, every sheet to its own file (-1, LibreOffice 7.2+): <name>-<sheet>.csv.
const CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1";

const REGISTRY = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export function hasLibreOffice(): boolean {
  const probe = spawnSync("soffice", ["--version"], { encoding: "utf8", timeout: 60_000 });
  return probe.status === 0;
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Throws unless soffice and pdftoppm are available. When this machine is still installing them (an apt
 * log without its final "done"), waits for the install first.
 */
export function requireLibreOffice(waitMs = 300_000): void {
  const deadline = Date.now() + waitMs;
  while (!hasLibreOffice() && fs.existsSync(APT_LOG) && !/\bdone\b/.test(fs.readFileSync(APT_LOG, "utf8")) && Date.now() < deadline) sleep(2000);
  if (!hasLibreOffice()) {
    throw new Error("LibreOffice (soffice) is not installed: this test needs it. Install: apt-get install -y --no-install-recommends libreoffice-calc poppler-utils fonts-crosextra-carlito");
  }
  if (spawnSync("pdftoppm", ["-v"], { encoding: "utf8" }).error) throw new Error("pdftoppm is not installed: apt-get install -y poppler-utils");
}

/** Runs soffice with a fresh profile that recalculates on load; returns the output folder. */
function convert(file: string, filter: string, outDir: string): void {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "sq-lo-profile-"));
  try {
    fs.mkdirSync(path.join(profile, "user"), { recursive: true });
    fs.writeFileSync(path.join(profile, "user", "registrymodifications.xcu"), REGISTRY);
    const run = spawnSync(
      "soffice",
      [`-env:UserInstallation=file://${profile}`, "--headless", "--norestore", "--nolockcheck", "--convert-to", filter, "--outdir", outDir, file],
      { encoding: "utf8", timeout: TIMEOUT_MS },
    );
    if (run.status !== 0) throw new Error(`soffice failed (${run.status ?? run.signal}): ${run.stderr || run.stdout}`);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** RFC 4180 CSV: quoted fields, doubled quotes, line breaks inside quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** Opens the workbook in LibreOffice, recalculates every formula and returns one sheet's cells as text. */
export function recalcToCsv(xlsxPath: string, sheetName: string): string[][] {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "sq-lo-csv-"));
  try {
    convert(path.resolve(xlsxPath), CSV_FILTER, outDir);
    const base = path.basename(xlsxPath).replace(/\.[^.]+$/, "");
    const files = fs.readdirSync(outDir);
    const file = files.find((f) => f === `${base}-${sheetName}.csv`) ?? (files.length === 1 ? files[0] : undefined);
    if (!file) throw new Error(`LibreOffice exported no sheet "${sheetName}" (got: ${files.join(", ")})`);
    return parseCsv(fs.readFileSync(path.join(outDir, file), "utf8"));
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/** Prints the workbook to PDF with LibreOffice, then each page to PNG (pdftoppm); returns the PNG paths. */
export function renderToPng(xlsxPath: string, outDir: string, dpi = 80): string[] {
  fs.mkdirSync(outDir, { recursive: true });
  for (const old of fs.readdirSync(outDir).filter((f) => /^page-\d+\.png$/.test(f))) fs.rmSync(path.join(outDir, old));
  convert(path.resolve(xlsxPath), "pdf", outDir);
  const pdf = path.join(outDir, `${path.basename(xlsxPath).replace(/\.[^.]+$/, "")}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice made no PDF of ${xlsxPath}`);
  const prefix = path.join(outDir, "page");
  const run = spawnSync("pdftoppm", ["-png", "-r", String(dpi), pdf, prefix], { encoding: "utf8", timeout: TIMEOUT_MS });
  if (run.status !== 0) throw new Error(`pdftoppm failed: ${run.stderr}`);
  return fs
    .readdirSync(outDir)
    .filter((f) => /^page-\d+\.png$/.test(f))
    .sort((a, b) => Number(/\d+/.exec(a)?.[0]) - Number(/\d+/.exec(b)?.[0]))
    .map((f) => path.join(outDir, f));
}

/** A number from LibreOffice's CSV, which keeps the percent sign of percent-formatted raw values: "66.6666666666667%". */
export const csvNumber = (text: string): number => (text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text));

/** The plan's formula cells whose value recalculated by LibreOffice (the sheet's CSV) differs from the cached result. */
export function recalcMismatches(plan: SheetPlan, csv: string[][]): string[] {
  const out: string[] = [];
  plan.cells.forEach((row, r) => row.forEach((cell, c) => {
    if (!isFormula(cell)) return;
    const got = csv[r]?.[c] ?? "";
    const want = cell.result ?? "";
    const ok = typeof want === "number" ? Math.abs(csvNumber(got) - want) <= 1e-9 * Math.max(1, Math.abs(want)) : got === String(want);
    if (!ok) out.push(`${plan.name}!${address(r + 1, c + 1)}: LibreOffice ${JSON.stringify(got)}, cached ${JSON.stringify(want)} (${cell.formula})`);
  }));
  return out;
}
