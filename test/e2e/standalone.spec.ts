/**
 * The built task pane in a plain browser (office.js from @microsoft/office-js, host null): the whole
 * workflow on the bundled sample workbook, then the downloaded file is read back with ExcelJS and checked
 * against what the pane showed.
 */
import * as ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Locator, Page } from "@playwright/test";
import { expect, shot, test } from "./fixtures";

const LONG = { timeout: 60_000 };

async function sheetsOf(result: Locator): Promise<string[]> {
  await expect(result).toBeVisible(LONG);
  const names = await result.getByTestId("result-sheet").evaluateAll((els) => els.map((e) => e.getAttribute("data-sheet") ?? ""));
  expect(names.length).toBeGreaterThan(0);
  return names;
}

const count = async (page: Page, code: string): Promise<number> => Number(await page.getByTestId(`count-${code}`).innerText());

/** A cell as a number: formula cells carry their cached result. */
function numberOf(cell: ExcelJS.Cell): number | null {
  const v = cell.value as unknown;
  if (typeof v === "number") return v;
  if (v && typeof v === "object" && "result" in v && typeof (v as { result: unknown }).result === "number") return (v as { result: number }).result;
  return null;
}

test("standalone: sample → import → classify → reports → download, and the file has it all", async ({ page, network }) => {
  test.setTimeout(240_000);
  await page.goto("/taskpane.html");
  await expect(page.getByTestId("workbook-label")).toHaveText(/^Файл: /, LONG);
  // office.js from the preview server (the installed package), not Microsoft's CDN.
  expect(network.office.some((url) => url.endsWith("/office-js/office.js"))).toBe(true);
  expect(network.office.filter((url) => url.includes("appsforoffice"))).toEqual([]);
  await shot(page, "30-standalone-start");

  await page.getByTestId("open-sample").click();
  const data = page.locator("#panel-data");
  await expect(data.getByRole("checkbox").first()).toBeChecked(LONG);
  await data.getByTestId("import-preview").click();
  await expect(data.getByTestId("mapping-editor")).toBeVisible(LONG);
  await shot(page, "31-standalone-mapping");
  await data.getByTestId("import-apply").click();
  const created = await sheetsOf(data.getByTestId("result-card"));

  await page.getByTestId("tab-classification").click();
  const classification = page.locator("#panel-classification");
  await expect(page.getByTestId("count-low_results")).toBeVisible(LONG);
  await expect(classification.getByTestId("cls-preview")).toHaveAttribute("aria-busy", "false");
  const counts = {
    low: await count(page, "low_results"), adverse: await count(page, "adverse_social"), both: await count(page, "both"),
    crisis: await count(page, "crisis"),
  };
  await shot(page, "32-standalone-classification");
  await classification.getByTestId("cls-apply").click();
  created.push(...(await sheetsOf(classification.getByTestId("result-card"))));

  await page.getByTestId("tab-reports").click();
  const built: Record<string, string[]> = {};
  for (const kind of ["targets", "register", "summary"]) {
    const card = page.getByTestId(`report-${kind}`);
    await expect(card.getByTestId(`build-${kind}`)).not.toHaveAttribute("aria-disabled", "true", LONG);
    await card.getByTestId(`build-${kind}`).click();
    built[kind] = await sheetsOf(card.getByTestId("result-card"));
    created.push(...built[kind]);
  }
  await shot(page, "33-standalone-reports");

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-workbook").first().click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const names = book.worksheets.map((s) => s.name);
  for (const name of created) expect(names).toContain(name);

  // The summary's total row holds what the preview counted: ШНОР, ШНСУ, both, crisis.
  const summary = book.getWorksheet(built.summary[0])!;
  let total: ExcelJS.Row | undefined;
  summary.eachRow((row) => {
    if (String(row.getCell(1).value ?? "").trim() === "Итого") total = row;
  });
  expect(total, "a total row «Итого» on the summary").toBeDefined();
  const values = [2, 3, 4, 5, 6, 7].map((c) => numberOf(total!.getCell(c)));
  expect(values.slice(1)).toEqual([counts.low + counts.adverse + counts.both, counts.low, counts.adverse, counts.both, counts.crisis]);
});

test("standalone: a file with macros and a pivot table opens with a warning that the download will not have them", async ({ page }) => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Мониторинг").getCell("A1").value = "МБОУ СОШ № 1";
  const zip = await JSZip.loadAsync((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  zip.file("xl/vbaProject.bin", "vba");
  zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
  const buffer = Buffer.from(await zip.generateAsync({ type: "uint8array" }));

  await page.goto("/taskpane.html");
  await expect(page.getByTestId("workbook-label")).toHaveText(/^Файл: /, LONG);
  await expect(page.getByTestId("not-kept")).toHaveCount(0);
  await page.getByTestId("open-file-input").setInputFiles({ name: "мониторинг.xlsm", mimeType: "application/vnd.ms-excel.sheet.macroEnabled.12", buffer });
  await expect(page.getByTestId("workbook-label")).toHaveText("Файл: мониторинг.xlsm", LONG);
  await expect(page.getByTestId("not-kept")).toContainText("сводные таблицы, макросы VBA");
  await shot(page, "34-standalone-not-kept");
});
