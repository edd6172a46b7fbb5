/**
 * The streamed package as XML: every part is well-formed (xmllint), children come in the order the
 * SpreadsheetML schema's sequences require (Excel repairs a file whose elements are out of order),
 * every relationship and content type resolves, text that XML cannot carry as it is survives, and the
 * JSZip fallback (no CompressionStream) makes the same parts.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import type { SheetPlan } from "../../src/reports/sheetPlan";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { encodeMeta } from "../../src/workbook/metaSheet";
import { PlanWorkbook } from "../../src/workbook/planWorkbook";
import { writeXlsx } from "../../src/workbook/xlsxStream/writeXlsx";
import { FIRST_ROW, samplePlan } from "./samplePlans";
import { orderErrors, xmllintErrors } from "./xmlChecks";

const HOSTILE = ["a\u0001b\u001fc", "_x0041_ stays", "<tag> & \"quotes\" 'apos'", "  spaces  ", "line 1\nline 2", "эмодзи 🙂", "\ttab"];

function hostilePlan(): SheetPlan {
  const plan = samplePlan({ rows: 10, name: "Лист 'А' & <Б>", table: true });
  HOSTILE.forEach((text, i) => (plan.cells[FIRST_ROW - 1 + i][1] = text));
  plan.cells[FIRST_ROW - 1][5] = { formula: '=IF(C5<>"","<>&",">")', result: "<>&" };
  plan.validations = [{ range: "G5:G14", values: ["<да>", "\"нет\"", "может & быть"], error: "Ошибка <ввода> & \"кавычки\"" }];
  plan.print = { orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: "4:4", footer: "Стр. &P из &N <итог> & всё" };
  return plan;
}

let dir: string;
let zip: JSZip;
let parts: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "sq-plan-xml-"));
  const book = PlanWorkbook.create("x.xlsx");
  await book.writeSheet(samplePlan({ rows: 20 }));
  await book.writeSheet(hostilePlan());
  await book.writeSheet(samplePlan({ rows: 3, name: "Без графика", chart: false }));
  await book.saveSettings({ note: "<настройки> & \"кавычки\"" });
  const bytes = await book.toBuffer();
  fs.writeFileSync(path.join(dir, "x.xlsx"), bytes);
  zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
  parts = Object.keys(zip.files).filter((p) => !zip.files[p].dir);
});

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("has every part a workbook with tables and charts needs", () => {
  expect(parts.sort()).toEqual([
    "[Content_Types].xml", "_rels/.rels", "docProps/app.xml", "docProps/core.xml", "xl/_rels/workbook.xml.rels",
    "xl/charts/chart1.xml", "xl/charts/chart2.xml", "xl/drawings/_rels/drawing1.xml.rels", "xl/drawings/_rels/drawing2.xml.rels",
    "xl/drawings/drawing1.xml", "xl/drawings/drawing2.xml", "xl/sharedStrings.xml", "xl/styles.xml", "xl/tables/table1.xml",
    "xl/workbook.xml", "xl/worksheets/_rels/sheet1.xml.rels", "xl/worksheets/_rels/sheet2.xml.rels",
    "xl/worksheets/sheet1.xml", "xl/worksheets/sheet2.xml", "xl/worksheets/sheet3.xml", "xl/worksheets/sheet4.xml",
  ]);
});

it("has only well-formed parts (xmllint --noout)", async () => {
  expect(await xmllintErrors(zip)).toEqual([]);
});

it("puts every element in schema order", async () => {
  for (const part of parts.filter((p) => p.startsWith("xl/") && !p.includes("_rels") && !p.includes("charts/"))) {
    expect({ part, errors: orderErrors(await zip.file(part)!.async("string")) }).toEqual({ part, errors: [] });
  }
  expect(orderErrors("<worksheet><sheetData/><cols/></worksheet>")).toEqual(["worksheet: cols after sheetData"]);
});

it("resolves every relationship and gives every part a content type", async () => {
  const types = await zip.file("[Content_Types].xml")!.async("string");
  for (const rels of parts.filter((p) => p.endsWith(".rels"))) {
    // "xl/_rels/workbook.xml.rels" belongs to xl/workbook.xml, "_rels/.rels" to the package: targets are relative to the owner's folder.
    const base = rels.replace(/_rels\/[^/]*\.rels$/, "");
    for (const m of (await zip.file(rels)!.async("string")).matchAll(/Target="([^"]+)"/g)) {
      const target = path.posix.normalize(base + m[1]);
      expect({ rels, target, exists: parts.includes(target) }).toEqual({ rels, target, exists: true });
    }
  }
  for (const part of parts.filter((p) => !p.endsWith(".rels") && p !== "[Content_Types].xml")) expect(types).toContain(`PartName="/${part}"`);
});

it("carries text XML cannot hold as it is: control characters dropped, the rest exactly", async () => {
  const back = await ExcelJsWorkbook.fromBuffer(new Uint8Array(fs.readFileSync(path.join(dir, "x.xlsx"))), "x.xlsx");
  const grid = await back.readGrid("Лист 'А' & <Б>");
  expect(HOSTILE.map((_, i) => grid.values[FIRST_ROW - 1 + i][1])).toEqual(["abc", ...HOSTILE.slice(1)]);
  expect(grid.values[FIRST_ROW - 1][5]).toBe("<>&");
  expect(await back.loadSettings()).toEqual({ note: "<настройки> & \"кавычки\"" });
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  expect(workbook).toContain("'Лист ''А'' &amp; &lt;Б&gt;'!$4:$4");
});

it("makes the same parts with JSZip's deflate where the platform has no CompressionStream", async () => {
  const plans = [samplePlan({ rows: 5 }), samplePlan({ rows: 2, name: "T", table: true })];
  const model = {
    sheets: plans.map((plan) => ({ name: plan.name, plan, tableNames: (plan.tables ?? []).map((t) => t.name) })),
    names: [], meta: encodeMeta({ sheets: new Map(plans.map((p) => [p.name, p.meta])), settings: null }), activeTab: 0,
  };
  const native = await JSZip.loadAsync(await writeXlsx(model, true), { checkCRC32: true });
  const fallback = await JSZip.loadAsync(await writeXlsx(model, false), { checkCRC32: true });
  expect(Object.keys(fallback.files).sort()).toEqual(Object.keys(native.files).sort());
  for (const part of Object.keys(native.files).filter((p) => p !== "docProps/core.xml")) {
    expect(await fallback.file(part)!.async("string")).toBe(await native.file(part)!.async("string"));
  }
});
