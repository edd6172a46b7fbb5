/**
 * Every sheet the add-in makes, from the real builders through the app's use cases (the demo pipeline:
 * import report, data, register, summary, diagnostics, monitoring, risk profile, targets, roadmap),
 * written once by PlanWorkbook and once by the ExcelJS adapter. The use cases read sheets back while
 * building (the data sheet for classification), so readGrid takes part too. Both files, read by ExcelJS,
 * must agree feature by feature; PlanWorkbook.readGrid must give what the ExcelJS adapter reads for the
 * same plans, before saving and from the saved file.
 */
import * as fs from "fs";
import * as path from "path";
import type ExcelJS from "exceljs";
import { buildRiskProfile, buildRoadmap } from "../../src/app/roadmap";
import { buildTargets } from "../../src/app/targets";
import { importFiles } from "../../src/app/importData";
import { buildReportWorkbook } from "../../src/cli/classifyCommands";
import { demoFiles } from "../../src/cli/demoCommand";
import { readSettings, type Settings } from "../../src/core/settings";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { META_SHEET } from "../../src/workbook/metaSheet";
import { PlanWorkbook } from "../../src/workbook/planWorkbook";
import type { Grid, WorkbookPort } from "../../src/workbook/port";
import JSZip from "jszip";
import { cellsOf, layoutOf, load, namesOf } from "./planWorkbookCompare";
import { orderErrors, xmllintErrors } from "./xmlChecks";

jest.setTimeout(120_000);

async function everySheet(wb: WorkbookPort, settings: Settings): Promise<void> {
  const files = await demoFiles();
  const imported = await importFiles(files.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) })));
  await buildReportWorkbook(wb, imported, settings);
  await buildRiskProfile(wb);
  await buildTargets(wb);
  await buildRoadmap(wb);
}

let plan: PlanWorkbook;
let excel: ExcelJsWorkbook;
let ours: ExcelJS.Workbook;
let theirs: ExcelJS.Workbook;
let names: string[];

beforeAll(async () => {
  const defaults = readSettings(null).settings;
  const settings: Settings = { ...defaults, program: { ...defaults.program, fromYear: 2024, toYear: 2027 } };
  plan = PlanWorkbook.create("отчёт.xlsx");
  excel = ExcelJsWorkbook.create("отчёт.xlsx");
  await everySheet(plan, settings);
  await everySheet(excel, settings);
  ours = await load(await plan.toBuffer());
  theirs = await load(await excel.toBuffer());
  names = (await plan.listSheets()).map((s) => s.name);
});

it("makes the same sheets, in the same order, with the same meta and settings", async () => {
  expect(await plan.listSheets()).toEqual(await excel.listSheets());
  expect(names.length).toBeGreaterThanOrEqual(9);
  expect(ours.worksheets.map((ws) => [ws.name, ws.state])).toEqual(theirs.worksheets.map((ws) => [ws.name, ws.state]));
  expect(await plan.loadSettings()).toEqual(await excel.loadSettings());
  const reopened = await ExcelJsWorkbook.fromBuffer(await plan.toBuffer(), "отчёт.xlsx");
  expect(await reopened.listSheets()).toEqual(await excel.listSheets());
  expect(await reopened.loadSettings()).toEqual(await excel.loadSettings());
});

it("writes every sheet's cells alike: values, types and styles", () => {
  for (const name of names) expect({ name, cells: cellsOf(ours.getWorksheet(name)!) }).toEqual({ name, cells: cellsOf(theirs.getWorksheet(name)!) });
});

/**
 * ExcelJS takes a width of exactly 9 for its default and does not write it; PlanWorkbook writes the
 * plan's 9. Such columns are left out of both sides.
 */
function withoutNine(layout: Record<string, unknown>): Record<string, unknown> {
  const columns = Object.entries(layout.columns as Record<string, { width?: number; hidden?: boolean }>).filter(([, c]) => c.width !== 9 || c.hidden);
  return { ...layout, columns: Object.fromEntries(columns) };
}

it("lays out every sheet alike: merges, widths, hidden columns, heights, rules, validations, panes, print, tables", () => {
  let nines = 0;
  for (const name of names) {
    const mine = layoutOf(ours.getWorksheet(name)!);
    nines += Object.keys(mine.columns as object).length - Object.keys(withoutNine(mine).columns as object).length;
    expect({ name, layout: withoutNine(mine) }).toEqual({ name, layout: withoutNine(layoutOf(theirs.getWorksheet(name)!)) });
  }
  // The timeline's month columns are 9 wide: ExcelJS leaves them at Excel's default, the streaming writer does not.
  expect(nines).toBeGreaterThan(0);
});

it("defines the same names and the meta sheet holds the same records", () => {
  expect(namesOf(ours)).toEqual(namesOf(theirs));
  const values = (wb: ExcelJS.Workbook) => cellsOf(wb.getWorksheet(META_SHEET)!);
  const strip = (cells: Record<string, unknown>) => Object.fromEntries(Object.entries(cells).map(([k, v]) => [k, (v as { value: unknown }).value]));
  expect(strip(values(ours))).toEqual(strip(values(theirs)));
});

/**
 * A grid as the ExcelJS adapter reports it: ExcelJS's cell.value leaves out a formula's cached result
 * when it is 0, "" or false, so those formula cells read as null there; PlanWorkbook gives the result.
 */
function asExcelJsReads(grid: Grid, ws: ExcelJS.Worksheet): Grid {
  const values = grid.values.map((row, r) =>
    row.map((v, c) => (!v && v !== null && ws.getCell(grid.origin.row + r, grid.origin.column + c).formula ? null : v)));
  return { ...grid, values };
}

it("reads every sheet back as the ExcelJS adapter does, before and after saving", async () => {
  // Saved files are compared through the same reader: it turns date-formatted numbers into dates.
  const saved = await ExcelJsWorkbook.fromBuffer(await plan.toBuffer(), "отчёт.xlsx");
  const savedByExcelJs = await ExcelJsWorkbook.fromBuffer(await excel.toBuffer(), "отчёт.xlsx");
  let results = 0;
  for (const name of names) {
    const ws = excel.workbook.getWorksheet(name)!;
    const grid = await plan.readGrid(name);
    const seen = asExcelJsReads(grid, ws);
    results += grid.values.flat().filter((v, i) => v !== seen.values.flat()[i]).length;
    expect(seen).toEqual(await excel.readGrid(name));
    const sorted = (g: Grid): Grid => ({ ...g, merges: [...g.merges].sort() });
    expect(sorted(await saved.readGrid(name))).toEqual(sorted(await savedByExcelJs.readGrid(name)));
    expect(asExcelJsReads(await plan.readGrid(name, "B2:H40"), ws)).toEqual(await excel.readGrid(name, "B2:H40"));
  }
  // The summary's and diagnostics' zero counts are such results.
  expect(results).toBeGreaterThan(0);
});

it("writes well-formed parts in schema order for every sheet kind", async () => {
  const zip = await JSZip.loadAsync(await plan.toBuffer(), { checkCRC32: true });
  expect(await xmllintErrors(zip)).toEqual([]);
  for (const part of Object.keys(zip.files).filter((p) => /^xl\/(worksheets|tables)\/[^/]+\.xml$|^xl\/(workbook|styles)\.xml$/.test(p))) {
    expect({ part, errors: orderErrors(await zip.file(part)!.async("string")) }).toEqual({ part, errors: [] });
  }
  expect(Object.keys(zip.files).filter((p) => p.startsWith("xl/charts/")).length).toBeGreaterThan(0);
});
