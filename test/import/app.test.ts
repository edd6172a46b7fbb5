import * as fs from "fs";
import * as path from "path";
import { importFiles, importFromWorkbook, summarizeImport, writeImport } from "../../src/app/importData";
import { UserError } from "../../src/core/errors";
import { readSettings } from "../../src/core/settings";
import { readDataSheet } from "../../src/reports/dataSheet";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import type { Grid } from "../../src/workbook/port";

const DIR = path.join(__dirname, "..", "fixtures", "departments");
const read = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(DIR, name)));
const open = (name: string): Promise<ExcelJsWorkbook> => ExcelJsWorkbook.fromBuffer(read(name), name);
const grids = async (port: ExcelJsWorkbook, names: string[]): Promise<Grid[]> => Promise.all(names.map((n) => port.readGrid(n)));

describe("importFromWorkbook + writeImport", () => {
  it("reads the user's sheets, writes «Данные» and «Отчёт об импорте», saves the mapping and leaves the sources as they were", async () => {
    const port = await open("yartsevo_ege_2021-2023.xlsx");
    const before = await grids(port, ["2021", "2022", "2023"]);
    const result = await importFromWorkbook(port);
    expect(result.dataset.records).toHaveLength(21);
    const written = await writeImport(port, result);
    expect(written.data.sheet).toBe("Данные");
    expect(written.report.sheet).toBe("Отчёт об импорте");
    expect(await grids(port, ["2021", "2022", "2023"])).toEqual(before);

    const sheets = await port.listSheets();
    expect(sheets.map((s) => [s.name, s.meta?.kind ?? null])).toEqual([["2021", null], ["2022", null], ["2023", null], ["Данные", "data"], ["Отчёт об импорте", "import-report"]]);
    const data = sheets.find((s) => s.name === "Данные")!;
    const back = readDataSheet((await port.readGrid("Данные")).values, data.meta!);
    expect(back.records.map((r) => [r.key, r.year, r.values])).toEqual(result.dataset.records.map((r) => [r.key, r.year, r.values]));
    expect(readSettings(await port.loadSettings()).settings.mapping).toEqual(result.mapping);
  });

  it("re-imports without reading its own sheets, and replaces them instead of adding new ones", async () => {
    const port = await open("yartsevo_ege_2021-2023.xlsx");
    await writeImport(port, await importFromWorkbook(port));
    const again = await importFromWorkbook(port);
    expect(again.tables.map((t) => t.sheet)).toEqual(["2021", "2022", "2023"]);
    // The saved mapping is applied: every column is now read «by profile».
    expect(again.tables[0].columns.filter((c) => c.by !== "identity" && c.by !== "rownumber").every((c) => c.by === "profile")).toBe(true);
    const written = await writeImport(port, again);
    expect(written.replaced).toEqual({ data: true, report: true });
    expect((await port.listSheets()).map((s) => s.name)).toEqual(["2021", "2022", "2023", "Данные", "Отчёт об импорте"]);
  });

  it("never replaces a user's sheet that happens to be called «Данные»", async () => {
    const port = await open("safonovo_2023.xlsx");
    port.workbook.addWorksheet("Данные").getCell("A1").value = "Мои заметки";
    const before = await port.readGrid("Данные");
    const written = await writeImport(port, await importFromWorkbook(port));
    expect(written.data.sheet).toBe("Данные (2)");
    expect(await port.readGrid("Данные")).toEqual(before);
  });

  it("reads only the sheets asked for, and refuses unknown sheets and the add-in's own", async () => {
    const port = await open("yartsevo_ege_2021-2023.xlsx");
    const only = await importFromWorkbook(port, { sheets: ["2022"] });
    expect([...new Set(only.dataset.records.map((r) => r.year))]).toEqual([2022]);
    await expect(importFromWorkbook(port, { sheets: ["2030"] })).rejects.toThrow("нет листа «2030»");
    await writeImport(port, only);
    await expect(importFromWorkbook(port, { sheets: ["Данные"] })).rejects.toThrow("построен надстройкой");
  });

  it("reads the selection when the port has one, with the selection's own cell addresses", async () => {
    const port = await open("safonovo_2023.xlsx");
    await expect(importFromWorkbook(port, { selection: true })).rejects.toThrow(UserError);
    const sheet = await port.readGrid("Свод 2023");
    const selection: Grid = { sheet: "Свод 2023", origin: { row: 5, column: 1 }, values: sheet.values.slice(4, 14), merges: sheet.merges };
    const result = await importFromWorkbook(Object.assign(port, { readSelection: async () => selection }), { selection: true });
    expect(result.dataset.records).toHaveLength(6);
    expect(result.issues.find((i) => i.kind === "rejected")?.cell).toBe("C9");
  });

  it("writes nothing when no school was read", async () => {
    const port = await open("bad/notes_only.xlsx");
    const result = await importFromWorkbook(port);
    await expect(writeImport(port, result)).rejects.toThrow(/не прочитано ни одной школы.*\n• .*Записка/s);
    expect((await port.listSheets()).map((s) => s.name)).toEqual(["Записка"]);
    expect(await port.loadSettings()).toBeNull();
  });
});

describe("importFiles", () => {
  it("stops on any unreadable file, listing each one, before consolidating anything", async () => {
    const files = ["safonovo_2023.xlsx", "bad/empty.xlsx", "bad/old_format.xls"].map((name) => ({ name: path.basename(name), bytes: read(name) }));
    await expect(importFiles(files)).rejects.toThrow(/файлов: 2.*\n• Файл «empty\.xlsx» пуст.*\n• Файл «old_format\.xls»/s);
  });

  it("with onBadFile «skip», reads the rest and reports the bad files as errors", async () => {
    const files = ["safonovo_2023.xlsx", "bad/password_protected.xlsx"].map((name) => ({ name: path.basename(name), bytes: read(name) }));
    const result = await importFiles(files, { onBadFile: "skip" });
    expect(result.dataset.records).toHaveLength(6);
    expect(result.issues[0]).toMatchObject({ severity: "error", kind: "file", file: "password_protected.xlsx" });
  });

  it("reports progress and can be cancelled between files", async () => {
    const controller = new AbortController();
    const seen: string[] = [];
    const files = ["safonovo_2023.xlsx", "vyazma_ege_2021-2023.xlsx"].map((name) => ({ name, bytes: read(name) }));
    await expect(importFiles(files, { run: { signal: controller.signal, onProgress: (p) => { seen.push(p.message); controller.abort(); } } })).rejects.toThrow("cancelled");
    expect(seen).toEqual(["Чтение файла «safonovo_2023.xlsx»…"]);
  });

  it("summarises in Russian", async () => {
    const result = await importFiles([{ name: "safonovo_2023.xlsx", bytes: read("safonovo_2023.xlsx") }]);
    expect(summarizeImport(result)).toBe("Прочитано файлов: 1, таблиц и паспортов: 1. Школ: 6, строк данных (школа × год): 6, годы: 2023. Показателей из каталога: 6, собственных столбцов отдела: 2. Ошибок: 0, предупреждений: 9");
  });
});
