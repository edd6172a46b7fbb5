/**
 * Files written by the ExcelJS adapter, opened by a real spreadsheet: LibreOffice recalculates every
 * formula on load (the stored results are ignored) and prints the sheets, chart included. Needs
 * LibreOffice: the test fails, not skips, when it is missing.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { recalcToCsv, renderToPng, requireLibreOffice } from "../support/libreoffice";
import { FIRST_ROW, TRICKY_NAMES, samplePlan } from "./samplePlans";

jest.setTimeout(240_000);

const ROWS = 12;
/** LibreOffice writes raw values the way its input line shows them: percent cells keep their "%". */
const num = (text: string): number => (text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text));
let dir: string;
let file: string;

beforeAll(async () => {
  requireLibreOffice();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sq-lo-test-"));
  const plan = samplePlan({ rows: ROWS });
  // Row 4 of the data: target equals base, so the progress formula divides by zero and IFERROR gives "".
  const zeroRow = plan.cells[FIRST_ROW - 1 + 3];
  zeroRow[4] = zeroRow[2];
  // A stale cached result: LibreOffice must compute 0, not show 999.
  plan.cells[FIRST_ROW - 1][5] = { formula: `=IFERROR((D${FIRST_ROW}-C${FIRST_ROW})/(E${FIRST_ROW}-C${FIRST_ROW}),"")`, result: 999 };
  const book = ExcelJsWorkbook.create("Цели.xlsx");
  book.workbook.addWorksheet("Исходные").getCell("A1").value = "данные отдела";
  await book.writeSheet(plan);
  file = path.join(dir, "goals.xlsx");
  fs.writeFileSync(file, await book.toBuffer());
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe("a generated sheet in LibreOffice", () => {
  it("recalculates the formulas to the expected numbers, and keeps text from data as text", () => {
    const rows = recalcToCsv(file, "Цели 2024");
    for (let i = 0; i < ROWS; i++) {
      const row = rows[FIRST_ROW - 1 + i];
      const [base, actual, target] = [Number(row[2]), Number(row[3]), Number(row[4])];
      if (target === base) expect(row[5]).toBe("");
      else expect(num(row[5])).toBeCloseTo((actual - base) / (target - base), 10);
    }
    expect(rows[FIRST_ROW - 1 + 3][5]).toBe("");
    expect(num(rows[FIRST_ROW - 1][5])).toBe(0);
    TRICKY_NAMES.forEach((name, i) => expect(rows[FIRST_ROW - 1 + i][1]).toBe(name));
  });

  it("prints the sheet with its chart to non-trivial pages", () => {
    const pngs = renderToPng(file, path.join(dir, "png"));
    expect(pngs.length).toBeGreaterThanOrEqual(2);
    const sizes = pngs.map((p) => fs.statSync(p).size);
    // The plan's page (table and chart) is a dense image; a blank page is a few kilobytes.
    expect(Math.max(...sizes)).toBeGreaterThan(30_000);
    if (process.env.SQ_KEEP_PNG) for (const p of pngs) fs.copyFileSync(p, path.join(process.env.SQ_KEEP_PNG, path.basename(p)));
  });
});
