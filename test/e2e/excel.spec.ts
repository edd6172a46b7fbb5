/**
 * The built task pane inside a fake Excel: the Office CDN's office.js is replaced by test/e2e/fakeOffice.ts
 * (host Excel, ru-RU, Excel.run over the recording workbook of test/support/fakeExcel.ts). Builds target
 * indicators from a template and checks what reached the workbook: a new sheet, values, a few syncs.
 */
import type { Page } from "@playwright/test";
import { expect, shot, test } from "./fixtures";

test.use({ officeJs: "fake" });

interface Recorded {
  syncs: number;
  actions: { target: string; member: string; sync: number }[];
  sheets: { name: string; visibility: string }[];
  active: string | null;
  associated: string[];
}

type FakeExcelHandle = { [K in keyof Recorded]: () => Recorded[K] } & { texts(sheet: string): string[] };

const recorded = (page: Page): Promise<Recorded> =>
  page.evaluate(() => {
    const fake = (window as unknown as { fakeExcel: FakeExcelHandle }).fakeExcel;
    return { syncs: fake.syncs(), actions: fake.actions(), sheets: fake.sheets(), active: fake.active(), associated: fake.associated() };
  });

test("Excel: target indicators from a template are written through Office.js in a few syncs", async ({ page, network }) => {
  await page.goto("/taskpane.html");
  await expect(page.getByTestId("workbook-label")).toHaveText(/^Книга: /);
  // office.js from the preview server (the installed package), not Microsoft's CDN.
  expect(network.office.some((url) => url.endsWith("/office-js/office.js"))).toBe(true);
  expect(network.office.filter((url) => url.includes("appsforoffice"))).toEqual([]);
  // Excel mode: the selection is a source, and there is no file toolbar.
  await expect(page.getByRole("radio", { name: "Выделенный диапазон" })).toBeVisible();
  await expect(page.getByTestId("open-sample")).toHaveCount(0);
  // functions.js shares the page (shared runtime) and registered its functions.
  expect((await recorded(page)).associated.length).toBeGreaterThan(0);
  await shot(page, "20-excel-data");

  await page.getByTestId("tab-reports").click();
  const card = page.getByTestId("report-targets");
  await expect(card.getByTestId("build-targets")).toBeVisible();
  const from = await card.getByRole("spinbutton", { name: "С года" }).inputValue();
  const to = await card.getByRole("spinbutton", { name: "По год" }).inputValue();
  const before = await recorded(page);

  await card.getByTestId("build-targets").click();
  await expect(card.getByTestId("result-card")).toBeVisible({ timeout: 30_000 });
  await shot(page, "21-excel-targets-built");
  const sheet = await card.getByTestId("result-sheet").first().getAttribute("data-sheet");
  expect(sheet).toBeTruthy();

  const after = await recorded(page);
  expect(after.sheets.map((s) => s.name)).toContain(sheet);
  const added = after.actions.filter((a) => a.sync > before.syncs);
  const calls = added.map((a) => `${a.target}.${a.member}`);
  expect(calls.some((c) => /worksheets\.add$/.test(c)), calls.join("\n")).toBe(true);
  expect(calls.some((c) => /\.(values|formulas)$/.test(c))).toBe(true);
  // The adapter promises a constant number of syncs per sheet (2–3) plus the reads around it.
  const syncs = after.syncs - before.syncs;
  test.info().annotations.push({ type: "syncs", description: String(syncs) });
  expect(syncs).toBeGreaterThan(0);
  expect(syncs).toBeLessThanOrEqual(8);

  const texts = await page.evaluate((name) => (window as unknown as { fakeExcel: FakeExcelHandle }).fakeExcel.texts(name), sheet as string);
  expect(texts.some((t) => t.includes(from))).toBe(true);
  expect(texts.some((t) => t.includes(to))).toBe(true);

  // «a link that selects the new sheet»
  await page.getByTestId("tab-data").click();
  await page.getByTestId("tab-reports").click();
  await card.getByTestId("result-sheet").first().click();
  await expect.poll(async () => (await recorded(page)).active).toBe(sheet);
});
