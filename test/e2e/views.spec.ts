/**
 * The task pane's views in a real browser at task-pane width, over the fake AppActions (harness): the
 * workflow, cancellation, errors with «Перейти», keyboard use, and a screenshot of every view.
 */
import type { Page } from "@playwright/test";
import { expect, shot, test } from "./fixtures";
import { bundle, HARNESS_ENTRY } from "./harness/build";

// Bundle the harness once up front, so the first page load does not wait for esbuild.
test.beforeAll(async () => {
  await bundle(HARNESS_ENTRY);
});

type Calls = { method: string; args: unknown[] }[];
const calls = (page: Page): Promise<Calls> => page.evaluate(() => (window as unknown as { fakeActions: { calls: Calls } }).fakeActions.calls);
const open = (page: Page, query: string): Promise<unknown> => page.goto(`/harness.html?${query}`);

async function noHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, "the pane scrolls sideways").toBeLessThanOrEqual(0);
}

test("data: preview, correct a match, read the report, load into the workbook", async ({ page }) => {
  await open(page, "mode=excel&stepMs=100");
  await expect(page.getByTestId("workbook-label")).toHaveText("Книга: Текущая книга");
  await expect(page.getByRole("checkbox", { name: "Свод ОО 2024 (синт.)" })).toBeChecked();
  // The add-in's own sheets are never offered as a source.
  await expect(page.getByRole("checkbox", { name: "Данные" })).toHaveCount(0);
  await shot(page, "01-data-source");

  await page.getByRole("button", { name: "Просмотреть" }).click();
  await expect(page.getByTestId("mapping-editor")).toBeVisible();
  await expect(page.getByTestId("import-summary")).toContainText("школ: 12");
  await noHorizontalScroll(page);
  await shot(page, "02-data-mapping");

  const column = page.getByTestId("mapping-column").filter({ hasText: "Примечание" }).first();
  await column.getByRole("combobox").click();
  await column.getByRole("combobox").fill("качество знаний");
  await page.getByRole("option", { name: "Доля обучающихся, закончивших учебный год на «4» и «5»" }).click();
  await expect.poll(async () => (await calls(page)).filter((c) => c.method === "previewImport").length).toBe(2);
  const last = (await calls(page)).filter((c) => c.method === "previewImport").pop()!;
  expect((last.args[1] as { rules: { header: string; indicator: string }[] }).rules).toContainEqual({ header: "примечание", indicator: "knowledge_quality" });
  await expect(column.getByText("100 %")).toBeVisible();

  await page.getByRole("button", { name: /Предупреждения \(1\)/ }).click();
  await expect(page.getByTestId("issues-warning")).toContainText("ячейка D8");
  await shot(page, "03-data-report");

  await page.getByRole("button", { name: "Загрузить в книгу" }).click();
  await expect(page.getByTestId("run-progress")).toBeVisible();
  await expect(page.getByTestId("result-card")).toBeFocused();
  await expect(page.getByTestId("result-summary")).toContainText("Загружено 12");
  await page.getByTestId("result-sheet").click();
  expect((await calls(page)).some((c) => c.method === "goTo" && (c.args[0] as { sheet: string }).sheet === "Данные")).toBe(true);
  await shot(page, "04-data-result");
});

test("classification: live counts follow the parameters; write and save", async ({ page }) => {
  await open(page, "mode=excel&data&view=classification&stepMs=50");
  await expect(page.getByTestId("count-low_results")).toHaveText("2");
  await shot(page, "05-classification");

  const cut = page.getByTestId("cls-cut");
  await cut.fill("20");
  await cut.press("Enter");
  await expect(page.getByTestId("count-low_results")).toHaveText("3");
  // Debounced: typing one value asks for one preview, not one per keystroke.
  expect((await calls(page)).filter((c) => c.method === "previewClassification").length).toBeLessThanOrEqual(3);

  await page.getByRole("button", { name: /Низкие в своей кластерной группе/ }).click();
  await page.getByRole("switch", { name: "Применять правило" }).nth(1).check();
  await expect(page.getByTestId("cls-skipped")).toContainText("Городская / сельская школа");
  await noHorizontalScroll(page);
  await shot(page, "06-classification-cluster");

  await page.getByTestId("cls-save-default").click();
  await expect(page.getByText("Параметры сохранены в настройках книги.")).toBeVisible();
  const saved = (await calls(page)).find((c) => c.method === "saveSettings")!;
  expect((saved.args[0] as { classification: { lowResults: { cut: number } } }).classification.lowResults.cut).toBeCloseTo(0.2, 6);

  await page.getByTestId("cls-apply").click();
  await expect(page.getByTestId("result-card")).toBeFocused();
});

test("classification without data says what to do", async ({ page }) => {
  await open(page, "mode=excel&view=classification");
  await expect(page.getByTestId("cls-preview").getByTestId("error-card")).toContainText("сначала загрузите");
});

test("reports: blocked until data, build, cancel, error with «Перейти»", async ({ page }) => {
  await open(page, "mode=excel&view=reports");
  await expect(page.getByTestId("report-register").getByTestId("report-reason")).toHaveText(/Сначала загрузите данные/);
  await expect(page.getByTestId("build-register")).toHaveAttribute("aria-disabled", "true");
  await shot(page, "07-reports-no-data");

  await open(page, "mode=excel&view=reports&data&classified&stepMs=400");
  await page.getByTestId("build-targets").click();
  await expect(page.getByTestId("report-targets").getByTestId("run-progress")).toBeVisible();
  await page.getByTestId("report-targets").getByRole("button", { name: "Отмена" }).click();
  await expect(page.getByTestId("report-targets").getByTestId("run-cancelled")).toBeFocused();

  await page.getByTestId("build-register").click();
  await expect(page.getByTestId("report-register").getByTestId("result-card")).toBeVisible({ timeout: 10_000 });
  const build = (await calls(page)).find((c) => c.method === "buildReport" && c.args[0] === "register")!;
  expect(build.args[1]).toEqual({ municipality: null });
  await noHorizontalScroll(page);
  await shot(page, "08-reports-built");

  await open(page, "mode=excel&view=reports&data&classified&stepMs=10&failReports");
  await page.getByTestId("build-targets").click();
  const error = page.getByTestId("report-targets").getByTestId("error-card");
  await expect(error).toBeFocused();
  await expect(error).toContainText("ячейка B7");
  await error.getByRole("button", { name: "Перейти на лист «Мои цели»" }).click();
  expect((await calls(page)).some((c) => c.method === "goTo" && (c.args[0] as { cell?: string }).cell === "B7")).toBe(true);
  await shot(page, "09-reports-error");
});

test("settings: repaired values noticed, grid validated, saved", async ({ page }) => {
  await open(page, "mode=excel&view=settings&broken");
  await expect(page.getByTestId("settings-fixed")).toContainText("Программа");
  await shot(page, "10-settings");

  const rows = page.getByTestId("minscores").locator("li[data-row]");
  const before = await rows.count();
  await page.getByRole("button", { name: "Добавить строку" }).click();
  await expect(rows).toHaveCount(before + 1);
  const added = rows.last();
  await added.getByRole("textbox", { name: "Аттест." }).fill("120");
  await page.getByTestId("settings-save").click();
  await expect(page.getByTestId("settings-status")).toContainText("Не сохранено");
  await expect(added).toContainText("балл от 0 до 100");
  await added.getByRole("textbox", { name: "Аттест." }).fill("24");
  await added.getByRole("textbox", { name: "С", exact: true }).fill("2030");
  await added.getByRole("textbox", { name: "По", exact: true }).fill("2030");
  await page.getByTestId("label-low_results").fill("НРО");
  await page.getByTestId("settings-save").click();
  await expect(page.getByTestId("settings-status")).toContainText("Настройки сохранены");
  const saved = (await calls(page)).find((c) => c.method === "saveSettings")!.args[0] as { statusLabels: { low_results: string }; minScores: unknown[] };
  expect(saved.statusLabels.low_results).toBe("НРО");
  expect(saved.minScores).toContainEqual({ subject: "russian", from: 2030, to: 2030, certificate: 24, university: null });
  await noHorizontalScroll(page);
  await shot(page, "11-settings-saved");
});

test("functions reference and keyboard navigation between views", async ({ page }) => {
  await open(page, "mode=excel");
  await page.getByTestId("tab-data").focus();
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("tab-classification")).toHaveAttribute("aria-selected", "true");
  await page.getByTestId("tab-functions").click();
  await expect(page.getByRole("heading", { name: "Функции для ячеек" })).toBeVisible();
  await noHorizontalScroll(page);
  await shot(page, "12-functions");
});

test("standalone: open the sample, download the workbook", async ({ page }) => {
  await open(page, "mode=standalone");
  await expect(page.getByTestId("workbook-label")).toHaveText("Файл: Новая книга");
  await shot(page, "13-standalone-start");
  await page.getByTestId("open-sample").click();
  await expect(page.getByTestId("workbook-label")).toContainText("Пример");
  await expect(page.getByRole("checkbox", { name: "Свод ОО 2024 (синт.)" })).toBeChecked();
  const download = page.waitForEvent("download");
  await page.getByTestId("download-workbook").first().click();
  expect((await download).suggestedFilename()).toBe("Пример (синтетические данные).xlsx");
  await shot(page, "14-standalone-sample");
});

test("English when asked, and nothing overflows at 320 px", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  await open(page, "mode=excel&lang=en&data&view=classification");
  await expect(page.getByTestId("tab-classification")).toHaveText("Classification");
  await expect(page.getByTestId("count-low_results")).toHaveText("2");
  await noHorizontalScroll(page);
  await shot(page, "15-english-320");
});

test("no view scrolls sideways at 320 px, with every section open", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 900 });
  for (const view of ["data", "classification", "reports", "settings", "functions"]) {
    await open(page, `mode=excel&data&classified&stepMs=10&view=${view}`);
    await expect(page.locator(`#panel-${view}`)).toBeVisible();
    if (view === "data") {
      await page.getByTestId("import-preview").click();
      await expect(page.getByTestId("mapping-editor")).toBeVisible();
    }
    if (view === "classification") await expect(page.getByTestId("count-low_results")).toBeVisible();
    const closed = page.locator(`#panel-${view} .fui-AccordionHeader__button[aria-expanded=false]`);
    while ((await closed.count()) > 0) await closed.first().click();
    await noHorizontalScroll(page);
    await shot(page, `16-320-${view}`);
  }
});
