/**
 * Files streamed by PlanWorkbook, opened by a real spreadsheet: LibreOffice recalculates every formula
 * on load (stored results ignored) to the values the builders cached from the core, keeps text from data
 * as text, and prints the sheets with their charts. Needs LibreOffice: fails, not skips, without it.
 * Set SQ_KEEP_PNG to a folder to keep the rendered pages for a look.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { dataSheetPlan } from "../../src/reports/dataSheet";
import { buildDiagnosticsSheet } from "../../src/reports/diagnostics";
import { buildMonitoringSheet, type MonitoringInput } from "../../src/reports/monitoring";
import { buildRegisterSheet } from "../../src/reports/register";
import { isFormula, type SheetPlan } from "../../src/reports/sheetPlan";
import { buildSummarySheet } from "../../src/reports/summary";
import { PlanWorkbook } from "../../src/workbook/planWorkbook";
import { diagnosticsDataset, LABELS, monitoringRounds, PROGRAM, registerResult } from "../reports/registersFixtures";
import { csvNumber, recalcMismatches, recalcToCsv, renderToPng, requireLibreOffice } from "../support/libreoffice";
import { FIRST_ROW, TRICKY_NAMES, samplePlan } from "./samplePlans";

jest.setTimeout(300_000);

let dir: string;
beforeAll(() => {
  requireLibreOffice();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sq-plan-lo-"));
});
afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

it("recalculates the register, summary, diagnostics and monitoring to the core's values", async () => {
  const book = PlanWorkbook.create("registers.xlsx");
  const dataset = diagnosticsDataset();
  const data = dataSheetPlan(dataset, { locale: "ru" });
  const dataName = (await book.writeSheet(data)).sheet;
  const register = buildRegisterSheet({ result: registerResult(), program: PROGRAM }, "ru").plan;
  const registerName = (await book.writeSheet(register)).sheet;
  const summary = buildSummarySheet({ result: registerResult(), register: { name: registerName, meta: register.meta }, statusLabels: LABELS, program: PROGRAM }, "ru");
  const diagnostics = buildDiagnosticsSheet({ dataset, dataSheet: { name: dataName, meta: data.meta }, program: PROGRAM }, "ru");
  const monitoring = (extra: Partial<MonitoringInput> = {}) =>
    buildMonitoringSheet({ rounds: monitoringRounds(), statusLabels: LABELS, program: PROGRAM, roundLabels: "stages", ...extra }, "ru");
  const written: [SheetPlan, string][] = [];
  for (const plan of [summary, diagnostics, monitoring(), monitoring({ rows: "all" }), monitoring({ indicators: [] })]) {
    written.push([plan, (await book.writeSheet(plan)).sheet]);
  }
  const file = path.join(dir, "registers.xlsx");
  fs.writeFileSync(file, await book.toBuffer());

  let formulas = 0;
  for (const [plan, name] of written) {
    formulas += plan.cells.flat().filter(isFormula).length;
    expect(recalcMismatches(plan, recalcToCsv(file, name))).toEqual([]);
  }
  expect(formulas).toBeGreaterThan(200);
  const summaryCsv = recalcToCsv(file, summary.name);
  expect(summaryCsv[summary.meta.firstRow - 1].slice(0, 3)).toEqual(["Альфинский район", "3", "2"]);
});

describe("a sample sheet with a chart", () => {
  const ROWS = 12;
  let file: string;

  beforeAll(async () => {
    const plan = samplePlan({ rows: ROWS });
    // Row 4 of the data: target equals base, so the progress formula divides by zero and IFERROR gives "".
    const zeroRow = plan.cells[FIRST_ROW - 1 + 3];
    zeroRow[4] = zeroRow[2];
    // A stale cached result: LibreOffice must compute 0, not show 999.
    plan.cells[FIRST_ROW - 1][5] = { formula: `=IFERROR((D${FIRST_ROW}-C${FIRST_ROW})/(E${FIRST_ROW}-C${FIRST_ROW}),"")`, result: 999 };
    const book = PlanWorkbook.create("Цели.xlsx");
    await book.writeSheet(plan);
    await book.writeSheet(samplePlan({ rows: 30, name: "Таблица", table: true }));
    file = path.join(dir, "goals.xlsx");
    fs.writeFileSync(file, await book.toBuffer());
  });

  it("recalculates the formulas and keeps text from data as text", () => {
    const rows = recalcToCsv(file, "Цели 2024");
    for (let i = 0; i < ROWS; i++) {
      const row = rows[FIRST_ROW - 1 + i];
      const [base, actual, target] = [Number(row[2]), Number(row[3]), Number(row[4])];
      if (target === base) expect(row[5]).toBe("");
      else expect(csvNumber(row[5])).toBeCloseTo((actual - base) / (target - base), 10);
    }
    expect(csvNumber(rows[FIRST_ROW - 1][5])).toBe(0);
    TRICKY_NAMES.forEach((name, i) => expect(rows[FIRST_ROW - 1 + i][1]).toBe(name));
    expect(recalcToCsv(file, "Таблица")[FIRST_ROW - 1 + 29][0]).toBe("30");
  });

  it("prints the sheets, charts included, to non-trivial pages", () => {
    const pngs = renderToPng(file, path.join(dir, "png"));
    expect(pngs.length).toBeGreaterThanOrEqual(3);
    // A page with the table and its chart is a dense image; a blank page is a few kilobytes.
    expect(Math.max(...pngs.map((p) => fs.statSync(p).size))).toBeGreaterThan(30_000);
    if (process.env.SQ_KEEP_PNG) for (const p of pngs) fs.copyFileSync(p, path.join(process.env.SQ_KEEP_PNG, `plan-${path.basename(p)}`));
  });
});
