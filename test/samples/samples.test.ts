/**
 * The sample department workbooks (assets/samples): the committed files are what
 * scripts/make-samples.ts writes (regenerated into a temp folder and compared cell by cell), they say
 * their data are invented, and through the real pipeline with the default settings they give the mix
 * they were designed for (scripts/samples/schools.ts). The only import warning is the one planted on
 * purpose: the 2023 «Итого по району» row of Краснолуговский район states 2 more participants than its
 * rows; there are no import errors. The task pane's sample adds one more warning: its «О примере»
 * sheet holds no table.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { MUNICIPALITY_FILES, SAMPLE_WORKBOOK, makeSamples } from "../../scripts/make-samples";
import { classifyAndWrite } from "../../src/app/classify";
import { importFiles, importFromWorkbook, writeImport } from "../../src/app/importData";
import { SAMPLE_URL } from "../../src/app/standalone";
import { buildReportWorkbook } from "../../src/cli/classifyCommands";
import { demoCommand, demoFiles } from "../../src/cli/demoCommand";
import { classify, type ClassificationResult } from "../../src/core/classification/engine";
import { defaultSettings } from "../../src/core/settings";
import type { ImportResult } from "../../src/import/model";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { workbookCells } from "../support/workbookCells";

const COMMITTED = path.join(__dirname, "..", "..", "assets", "samples");
const settings = defaultSettings(2024);
let fresh: string;
let written: string[];
let imported: ImportResult;
const byYear = new Map<number, ClassificationResult>();

const read = (dir: string, name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(dir, name)));

beforeAll(async () => {
  fresh = fs.mkdtempSync(path.join(os.tmpdir(), "sq-samples-"));
  written = await makeSamples(fresh);
  imported = await importFiles(MUNICIPALITY_FILES.map((name) => ({ name, bytes: read(COMMITTED, name) })));
  for (const year of [2022, 2023, 2024]) byYear.set(year, classify(imported.dataset, settings, { year }));
}, 60_000);
afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));


const school = (year: number, name: string): ClassificationResult["schools"][number] => {
  const found = byYear.get(year)!.schools.filter((s) => s.school.includes(name));
  expect(found.map((s) => s.school)).toHaveLength(1);
  return found[0];
};

describe("committed samples", () => {
  it("are the files the generator writes, small enough to keep in the repository", () => {
    expect(fs.readdirSync(COMMITTED).sort()).toEqual(written);
    expect(written).toEqual([...MUNICIPALITY_FILES, SAMPLE_WORKBOOK].sort());
    expect(path.basename(SAMPLE_URL)).toBe(SAMPLE_WORKBOOK);
    for (const name of written) expect({ name, small: fs.statSync(path.join(COMMITTED, name)).size < 40_000 }).toEqual({ name, small: true });
  });

  it("hold the same cells as freshly generated ones", async () => {
    for (const name of written) expect({ name, cells: await workbookCells(path.join(COMMITTED, name)) }).toEqual({ name, cells: await workbookCells(path.join(fresh, name)) });
  }, 30_000);

  it("say on every sheet that their data are invented", async () => {
    for (const name of written) {
      for (const sheet of (await workbookCells(path.join(COMMITTED, name))) as { sheet: string }[]) {
        expect({ name, sheet: sheet.sheet, marked: JSON.stringify(sheet).includes("данные вымышлены") }).toEqual({ name, sheet: sheet.sheet, marked: true });
      }
    }
  });
});

describe("the demo's municipalities through the pipeline (default settings)", () => {
  it("import 40 schools over 2022–2024 with no errors and only the planted warning", () => {
    expect(new Set(imported.dataset.records.map((r) => r.key)).size).toBe(40);
    expect([...new Set(imported.dataset.records.map((r) => r.year))].sort()).toEqual([2022, 2023, 2024]);
    expect(new Set(imported.dataset.records.map((r) => r.municipality))).toEqual(new Set(["Краснолуговский район", "Тихореченский район", "г. Нижнеозёрск", "Верхнесосновский район"]));
    expect(imported.issues.filter((i) => i.severity === "error")).toEqual([]);
    const warnings = imported.issues.filter((i) => i.severity === "warning");
    expect(warnings.map((w) => [w.file, w.sheet, w.cell, w.kind])).toEqual([["krasnolugovsky_gia_2022-2024.xlsx", "2023", "E24", "totals"]]);
    // Every column is matched to the catalogue: the layouts use headers departments really write.
    expect(imported.dataset.columns.filter((c) => c.indicatorId === null)).toEqual([]);
  });

  it("give the designed mix of statuses in 2024", () => {
    const result = byYear.get(2024)!;
    expect(result.year).toBe(2024);
    // Designed: 8 ШНОР, 7 ШНСУ, 4 both, 21 none; the ranges are what the demo is meant to show.
    const { low_results: low, adverse_social: adverse, both, none } = result.counts;
    const within = (v: number, lo: number, hi: number): boolean => v >= lo && v <= hi;
    expect({ low, adverse, both, total: low + adverse + both + none }).toEqual({ low: 8, adverse: 7, both: 4, total: 40 });
    expect([within(low, 6, 9), within(adverse, 6, 9), within(both, 2, 4)]).toEqual([true, true, true]);
    expect(result.rules.filter((r) => !r.applied).map((r) => r.id)).toEqual([]);
    const crisis = result.schools.filter((s) => s.level === "crisis").map((s) => s.school).sort();
    expect(crisis).toEqual(["МБОУ «Берёзовская СОШ»", "МБОУ «Луговская СОШ»", "МБОУ «Тихореченская СОШ № 2»"]);
    expect(result.schools.filter((s) => s.resilient).map((s) => s.school)).toEqual(["МБОУ «Малиновская СОШ»"]);
    expect(result.schools.filter((s) => s.biased).map((s) => s.school)).toEqual(["МБОУ «СОШ № 5»"]);
  });

  it("tell each school's story", () => {
    expect(school(2024, "Берёзовская").status).toBe("both");
    expect(school(2024, "Луговская").status).toBe("low_results"); // crisis by three years alone
    expect(school(2024, "Малиновская").status).toBe("adverse_social");
    // Stably low: the mean in social studies below 42 in 2023 and 2024.
    expect(school(2024, "Тихореченская СОШ № 3").reasons.some((r) => r.rule === "stablyLow" && r.met === true && r.indicator === null)).toBe(true);
    // One procedure two years running (1 of 3 in profile mathematics).
    expect(school(2024, "Ключевская").status).toBe("low_results");
    expect(school(2023, "Ключевская").status).toBe("none");
    // The department's marks: «НРО» alone makes СОШ № 9 low; «ФНСУ» makes СОШ № 8 adverse above the cut.
    expect(school(2024, "«СОШ № 9»").reasons.filter((r) => r.met === true).map((r) => r.rule)).toEqual(expect.arrayContaining(["directFlags"]));
    expect(school(2024, "«СОШ № 9»").reasons.some((r) => r.rule === "lowResults" && r.met === true)).toBe(false);
    expect(school(2024, "«СОШ № 8»").status).toBe("adverse_social");
    expect(school(2024, "«СОШ № 8»").reasons.some((r) => r.rule === "socialIndex" && r.met === true)).toBe(false);
    // Worsening without a status is a risk.
    expect([school(2024, "Покровская").status, school(2024, "Покровская").level]).toEqual(["none", "risk"]);
    expect(byYear.get(2024)!.schools.filter((s) => s.status === "none" && s.level === "risk").map((s) => s.school)).toEqual(["МБОУ «Покровская СОШ»"]);
  });

  it("show schools leaving the list and joining it between 2022 and 2024", () => {
    const listed = (year: number): Set<string> => new Set(byYear.get(year)!.schools.filter((s) => s.status !== "none").map((s) => s.school));
    const [first, last] = [listed(2022), listed(2024)];
    expect([...first].filter((s) => !last.has(s)).sort()).toEqual(["МБОУ «Краснолуговская СОШ № 3»", "МБОУ «СОШ № 6»"]);
    expect([...last].filter((s) => !first.has(s)).length).toBeGreaterThanOrEqual(3);
    expect(byYear.get(2022)!.counts.low_results + byYear.get(2022)!.counts.both).toBeGreaterThanOrEqual(3);
  });

  it("build every report sheet, monitoring over the three years", async () => {
    const wb = ExcelJsWorkbook.create("demo.xlsx");
    const result = await buildReportWorkbook(wb, imported, settings);
    expect(result.sheets.map((s) => s.title)).toEqual(["Данные", "Отчёт об импорте", "Классификация", "Сводка по МО", "Стартовая диагностика", "Мониторинг"]);
    expect(result.warnings.join("\n")).not.toMatch(/Мониторинг не построен|не применено/);
    const monitoring = JSON.stringify((await wb.readGrid("Мониторинг")).values);
    for (const year of ["2022", "2023", "2024"]) expect(monitoring).toContain(year);
  }, 30_000);
});

describe("the task pane's sample workbook", () => {
  it("loads, classifies and shows every status on its own", async () => {
    const port = await ExcelJsWorkbook.fromBuffer(read(COMMITTED, SAMPLE_WORKBOOK), SAMPLE_WORKBOOK);
    expect((await port.listSheets()).map((s) => s.name)).toEqual(["О примере", "2022", "2023", "2024", "Соц. паспорт"]);
    const result = await importFromWorkbook(port);
    expect(result.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect(result.issues.filter((i) => i.severity === "warning").map((w) => [w.sheet, w.cell ?? null])).toEqual([["О примере", null], ["2023", "E24"]]);
    expect(new Set(result.dataset.records.map((r) => r.key)).size).toBe(12);
    await writeImport(port, result);
    await classifyAndWrite(port, { sheets: ["register", "summary", "monitoring"] });
    const classified = classify(result.dataset, settings);
    expect(classified.counts).toEqual({ low_results: 2, adverse_social: 2, both: 1, none: 7 });
    expect(classified.schools.filter((s) => s.level === "crisis").map((s) => s.school)).toEqual(["МБОУ «Берёзовская СОШ»"]);
    expect((await port.listSheets()).map((s) => s.name)).toEqual(expect.arrayContaining(["Данные", "Классификация", "Сводка по МО", "Мониторинг"]));
  }, 30_000);
});

describe("npm run demo", () => {
  it("reads the municipality workbooks, writes the report and says what came out", async () => {
    expect((await demoFiles()).map((f) => path.basename(f)).sort()).toEqual([...MUNICIPALITY_FILES].sort());
    const out = path.join(fresh, "out", "demo.xlsx");
    const lines: string[] = [];
    const log = jest.spyOn(console, "log").mockImplementation((...args: unknown[]) => void lines.push(args.join(" ")));
    try {
      expect(await demoCommand(["--out", out])).toBe(0);
    } finally {
      log.mockRestore();
    }
    const text = lines.join("\n");
    expect(text).toContain("2024 г.: школ 40; ШНОР — 8, ШНСУ — 7, ШНОР и ШНСУ — 4, без статуса — 21.");
    expect(text).toContain("В кризисе — 3");
    expect(text).toContain("Резильентных школ — 1");
    expect(text).toMatch(/вышли из списка — 2 \(/);
    expect(text).toContain("«Итого по району»");
    const book = await ExcelJsWorkbook.fromBuffer(read(path.dirname(out), "demo.xlsx"), "demo.xlsx");
    expect((await book.listSheets()).filter((s) => s.visible).map((s) => s.name)).toEqual([
      "Данные", "Отчёт об импорте", "Классификация", "Сводка по МО", "Стартовая диагностика", "Мониторинг", "Профиль рисков", "Целевые показатели", "Дорожная карта",
    ]);
    // The planning sheets follow the program, which starts with the latest year of data.
    expect(text).toContain("отнесены к годам 2024–2027");
    expect(text).not.toContain("вне 2024–2027");
  }, 60_000);
});
