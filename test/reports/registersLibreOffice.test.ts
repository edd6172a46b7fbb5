/**
 * The data sheet, register, summary, diagnostics and monitoring written into one .xlsx by the ExcelJS
 * writer and recalculated by LibreOffice: every formula must give the result the builders cached from the
 * core. The workbook already has a user sheet «Классификация», so the register lands on
 * «Классификация (2)» and the summary must count that sheet. Monitoring is written three ways: program
 * schools (default), every school, and without followed indicators (counts in a table of their own).
 * Set REGISTERS_PNG_DIR to keep the rendered pages for a look.
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
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { recalcMismatches, recalcToCsv, renderToPng, requireLibreOffice } from "../support/libreoffice";
import { diagnosticsDataset, LABELS, monitoringRounds, PROGRAM, registerResult, result as resultOf, school } from "./registersFixtures";

jest.setTimeout(300_000);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sq-registers-lo-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("register, summary, diagnostics and monitoring in LibreOffice", () => {
  beforeAll(() => requireLibreOffice());

  it("recalculates to the cached results, with the summary counting «Классификация (2)»", async () => {
    const book = ExcelJsWorkbook.create("registers.xlsx");
    book.workbook.addWorksheet("Классификация").getCell("A1").value = "лист пользователя";
    const dataset = diagnosticsDataset();
    const data = dataSheetPlan(dataset, { locale: "ru" });
    const dataName = (await book.writeSheet(data)).sheet;
    const register = buildRegisterSheet({ result: registerResult(), program: PROGRAM }, "ru").plan;
    const registerName = (await book.writeSheet(register)).sheet;
    expect(registerName).toBe("Классификация (2)");
    const summary = buildSummarySheet({ result: registerResult(), register: { name: registerName, meta: register.meta }, statusLabels: LABELS, program: PROGRAM }, "ru");
    const diagnostics = buildDiagnosticsSheet({ dataset, dataSheet: { name: dataName, meta: data.meta }, program: PROGRAM }, "ru");
    const monitoring = (extra: Partial<MonitoringInput> = {}) =>
      buildMonitoringSheet({ rounds: monitoringRounds(), statusLabels: LABELS, program: PROGRAM, roundLabels: "stages", ...extra }, "ru");
    const program = monitoring();
    const written: [SheetPlan, string][] = [];
    for (const plan of [summary, diagnostics, program, monitoring({ rows: "all" }), monitoring({ indicators: [] })]) {
      written.push([plan, (await book.writeSheet(plan)).sheet]);
    }
    const file = path.join(dir, "registers.xlsx");
    fs.writeFileSync(file, await book.toBuffer());

    let formulas = 0;
    for (const [plan, name] of written) {
      const csv = recalcToCsv(file, name);
      formulas += plan.cells.flat().filter(isFormula).length;
      expect(recalcMismatches(plan, csv)).toEqual([]);
    }
    expect(formulas).toBeGreaterThan(200);
    // Spot check by hand: Альфинский район has 3 schools, 2 of them in the program.
    const summaryCsv = recalcToCsv(file, summary.name);
    expect(summaryCsv[summary.meta.firstRow - 1].slice(0, 3)).toEqual(["Альфинский район", "3", "2"]);
    // Бетинский район: 2 schools listed (СОШ № 5 never had a status), 2 evaluated in 2022 with no ШНОР.
    const monitoringCsv = recalcToCsv(file, written[2][1]);
    expect(monitoringCsv.slice(program.meta.lastRow).find((r) => r[1] === "Бетинский район")?.slice(3, 6)).toEqual(["2", "2", "0%"]);

    const pages = renderToPng(file, process.env.REGISTERS_PNG_DIR ?? path.join(dir, "png"));
    expect(pages.length).toBeGreaterThan(0);
  });

  it("counts municipalities whose names start with < > or = as names, not comparisons", async () => {
    // HyperFormula rejects such criteria, so this one is checked where Excel's rules are implemented.
    const names = ["<Город", "=Город", ">Город", "Город", "Район *"];
    const result = resultOf(2024, names.map((m, i) => school(String(i), `Школа ${i}`, m, "low_results", "risk", {})));
    const book = ExcelJsWorkbook.create("municipalities.xlsx");
    const register = buildRegisterSheet({ result, program: PROGRAM }, "ru").plan;
    const registerName = (await book.writeSheet(register)).sheet;
    const summary = buildSummarySheet({ result, register: { name: registerName, meta: register.meta }, statusLabels: LABELS, program: PROGRAM }, "ru");
    const summaryName = (await book.writeSheet(summary)).sheet;
    const file = path.join(dir, "municipalities.xlsx");
    fs.writeFileSync(file, await book.toBuffer());
    const csv = recalcToCsv(file, summaryName);
    expect(recalcMismatches(summary, csv)).toEqual([]);
    const rows = csv.slice(summary.meta.firstRow - 1, summary.meta.firstRow - 1 + names.length);
    expect(rows.map((r) => [r[0], r[1]]).sort()).toEqual(names.map((m) => [m, "1"]).sort());
  });
});
