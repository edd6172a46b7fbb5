/**
 * The use cases the ribbon, the task pane and the CLI share, run on a real workbook file (ExcelJS port)
 * holding the bundled sample department sheets: what they write, what they keep, what they refuse.
 */
import * as fs from "fs";
import * as path from "path";
import { createActions } from "../../src/app/actions";
import { classifyAndWrite, loadData } from "../../src/app/classify";
import { importFromWorkbook, writeImport } from "../../src/app/importData";
import { buildRiskProfile, buildRoadmap } from "../../src/app/roadmap";
import { openWorkbookFile } from "../../src/workbook/openWorkbook";
import { buildTargets } from "../../src/app/targets";
import { saveWorkbookSettings } from "../../src/app/workbookSettings";
import { defaultSettings } from "../../src/core/settings";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";

const SAMPLE = path.join(__dirname, "..", "..", "assets", "samples", "sample-department.xlsx");

async function sampleBook(): Promise<ExcelJsWorkbook> {
  return ExcelJsWorkbook.fromBuffer(new Uint8Array(fs.readFileSync(SAMPLE)), "пример.xlsx");
}

async function importedBook(): Promise<ExcelJsWorkbook> {
  const book = await sampleBook();
  await writeImport(book, await importFromWorkbook(book));
  return book;
}

const kinds = async (book: ExcelJsWorkbook): Promise<(string | undefined)[]> => (await book.listSheets()).map((s) => s.meta?.kind);

describe("target indicators", () => {
  it("keep a template's own years in a file without settings, and the program's years once the workbook has them", async () => {
    const bare = ExcelJsWorkbook.create("a.xlsx");
    expect((await buildTargets(bare, { template: "seed000-targets" })).summary).toContain("2018–2021");
    const planned = ExcelJsWorkbook.create("b.xlsx");
    await saveWorkbookSettings(planned, { ...defaultSettings(2025), program: { ...defaultSettings(2025).program, fromYear: 2025, toYear: 2028 } });
    const result = await buildTargets(planned, { template: "seed000-targets" });
    expect(result.summary).toContain("2025–2028");
    expect(result.warnings.join(" ")).toContain("отнесены к годам 2025–2028");
  });

  it("from the catalogue take the district's mean over schools of the latest year as the base", async () => {
    const book = await importedBook();
    const { dataset } = await loadData(book);
    const latest = Math.max(...dataset.records.flatMap((r) => (r.year === null ? [] : [r.year])));
    const values = dataset.records.filter((r) => r.year === latest || r.year === null).map((r) => r.values.knowledge_quality)
      .filter((v): v is number => typeof v === "number");
    const result = await buildTargets(book, { indicators: ["knowledge_quality", "schools_stably_low_share"], fromYear: 2025, toYear: 2027 });
    expect(result.warnings.join(" ")).toContain(`Базовые значения показателей (1) — среднее по школам за ${latest} год`);
    const grid = await book.readGrid(result.sheets[0].link.sheet);
    const row = grid.values.find((r) => r.some((v) => typeof v === "string" && v.startsWith("Доля обучающихся, закончивших")))!;
    const base = row.find((v) => typeof v === "number" && v > 0 && v < 1);
    expect(base).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 10);
  });

  it("refuse an indicator the catalogue does not have, naming it", async () => {
    await expect(buildTargets(ExcelJsWorkbook.create("c.xlsx"), { indicators: ["no_such_thing"] })).rejects.toThrow("no_such_thing");
  });
});

describe("roadmap and risk profile", () => {
  it("asks for the risk profile before generating from it, then plans measures for the factors marked high or medium", async () => {
    const book = await importedBook();
    await expect(buildRoadmap(book, { template: "risks" })).rejects.toThrow("Профиль рисков");
    const profile = await buildRiskProfile(book);
    expect(profile.summary).toContain("12 школ");
    // The user marks one school's staff shortage as high, as they would in Excel.
    const sheet = book.workbook.getWorksheet(profile.sheets[0].link.sheet)!;
    const meta = (await book.listSheets()).find((s) => s.meta?.kind === "risk-profile")!.meta!;
    const column = meta.columns.find((c) => c.key === "risk:risk_staff_shortage")!.column;
    sheet.getCell(meta.firstRow, column).value = "высокий";
    const roadmap = await buildRoadmap(book, { template: "risks", fromYear: 2025, toYear: 2026 });
    expect(roadmap.summary).toMatch(/Создан лист «Дорожная карта»: \d+ мероприятий/);
    const text = (await book.readGrid("Дорожная карта")).values.flat().filter((v) => typeof v === "string").join("\n");
    expect(text).toContain("высокий");
  });

  it("lists in the risk profile a school the user appended to «Данные», as classification reads it", async () => {
    const book = await importedBook();
    const info = (await book.listSheets()).find((s) => s.meta?.kind === "data")!;
    const meta = info.meta!;
    const column = (key: string) => meta.columns.find((c) => c.key === key)!.column;
    const ws = book.workbook.getWorksheet(info.name)!;
    const row = meta.lastRow + 1;
    ws.getCell(row, column("school")).value = "МБОУ «Новая школа»";
    ws.getCell(row, column("municipality")).value = "Тихореченский район";
    ws.getCell(row, meta.keyColumn).value = "новая школа";
    const profile = await buildRiskProfile(book);
    expect(profile.summary).toContain("13 школ");
    expect((await book.readGrid(profile.sheets[0].link.sheet)).values.flat()).toContain("МБОУ «Новая школа»");
  });

  it("moves a template's dated deadlines to the program's first year", async () => {
    const book = ExcelJsWorkbook.create("d.xlsx");
    const result = await buildRoadmap(book, { template: "seed000-plan", year: 2024 });
    expect(result.warnings.join(" ")).toContain("сдвинуты на +6: 2018 → 2024");
    expect(result.warnings.join(" ")).not.toContain("вне");
  });
});

describe("classification sheets", () => {
  it("write the register and a summary whose formulas read the register, and keep a note typed into the register on rebuild", async () => {
    const book = await importedBook();
    const first = await classifyAndWrite(book, { sheets: ["register", "summary"] });
    expect(first.sheets.map((s) => s.title)).toEqual(["Классификация", "Сводка по МО"]);
    const sheets = await book.listSheets();
    const register = sheets.find((s) => s.meta?.kind === "register")!;
    const noteColumn = register.meta!.columns.find((c) => c.key === "note")!.column;
    book.workbook.getWorksheet(register.name)!.getCell(register.meta!.firstRow, noteColumn).value = "проверить у директора";
    const again = await classifyAndWrite(book, { sheets: ["register"] });
    // Rebuilding the register rebuilds the summary that depends on its rows.
    expect(again.sheets.map((s) => [s.title, s.rebuilt])).toEqual([["Классификация", true], ["Сводка по МО", true]]);
    const notes = (await book.readGrid(register.name)).values.flat();
    expect(notes).toContain("проверить у директора");
    expect(await kinds(book)).toEqual([undefined, undefined, undefined, undefined, undefined, "data", "import-report", "register", "summary"]);
  });

  it("build monitoring over the chosen years only, and say so when fewer than two remain", async () => {
    const book = await importedBook();
    const narrow = await classifyAndWrite(book, { sheets: ["monitoring"], fromYear: 2024, toYear: 2024 });
    expect(narrow.sheets).toEqual([]);
    expect(narrow.warnings.join(" ")).toContain("хотя бы за два года");
    const wide = await classifyAndWrite(book, { sheets: ["monitoring"], fromYear: 2023, toYear: 2024, roundLabels: "stages" });
    const text = (await book.readGrid(wide.sheets[0].link.sheet)).values.flat().filter((v) => typeof v === "string").join("\n");
    expect(text).toContain("входной (2023)");
    expect(text).not.toContain("2022 г.");
  });
});

describe("task-pane actions over a file", () => {
  it("preview a workbook import with each column's first values, then load it", async () => {
    const book = await sampleBook();
    const actions = createActions({ mode: "standalone", port: () => book });
    const preview = await actions.previewImport({ kind: "workbook" }, null);
    expect(preview.schools).toBe(12);
    const school = preview.tables[0].columns.find((c) => c.indicatorId === "school")!;
    expect(school.sample[0]).toMatch(/СОШ|ООШ|школа/i);
    expect(school.cell).toMatch(/^[A-Z]+\d+$/);
    const loaded = await actions.applyImport({ kind: "workbook" }, preview.mapping);
    expect(loaded.sheets.map((s) => s.title)).toEqual(["Данные", "Отчёт об импорте"]);
    const counts = await actions.previewClassification(defaultSettings().classification);
    expect(counts.schools).toBe(12);
    expect(counts.counts.low_results + counts.counts.both).toBeGreaterThan(0);
  });

  it("open a CSV as a new workbook with the CSV as its sheet, and refuse a protected file with its reason", async () => {
    const csv = new TextEncoder().encode("Наименование ОО;Качество знаний, %\nМБОУ СОШ № 1;45,5\n");
    const book = await openWorkbookFile("выгрузка.csv", csv);
    expect(book.label).toBe("выгрузка.xlsx");
    expect((await book.readGrid((await book.listSheets())[0].name)).values[1]).toEqual(["МБОУ СОШ № 1", "45,5"]);
    const protectedFile = fs.readFileSync(path.join(__dirname, "..", "fixtures", "departments", "bad", "password_protected.xlsx"));
    await expect(openWorkbookFile("password_protected.xlsx", new Uint8Array(protectedFile))).rejects.toThrow(/парол/);
  });

  it("open a CSV whose name Excel would not take as a sheet name, under a cleaned name", async () => {
    const book = await openWorkbookFile("отчёт [2023]: итог.csv", new TextEncoder().encode("Наименование ОО;Доля\nМБОУ СОШ № 1;0,5\n"));
    const [sheet] = await book.listSheets();
    expect(sheet.name).not.toMatch(/[[\]:]/);
    expect((await book.readGrid(sheet.name)).values[1]).toEqual(["МБОУ СОШ № 1", "0,5"]);
  });
});
