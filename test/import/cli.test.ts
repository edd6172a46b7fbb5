import { createHash } from "crypto";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import JSZip from "jszip";
import { importCommand } from "../../src/cli/importCommand";
import { roadmapCommand, targetsCommand } from "../../src/cli/sheetCommands";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";

const DIR = path.join(__dirname, "..", "fixtures", "departments");
const GOOD = ["yartsevo_ege_2021-2023.xlsx", "safonovo_2023.xlsx", "vyazma_ege_2021-2023.xlsx", "dorogobuzh_oge_2023.xlsx", "fis_oko_vpr_2022-2023.csv", "passports"].map((f) => path.join(DIR, f));
let tmp: string;
let out: string[];
let err: string[];

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), "sq-cli-"));
  out = [];
  err = [];
  jest.spyOn(console, "log").mockImplementation((...a: unknown[]) => void out.push(a.join(" ")));
  jest.spyOn(console, "error").mockImplementation((...a: unknown[]) => void err.push(a.join(" ")));
});
afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** A fingerprint of every fixture file: the import must not change any. */
function fingerprint(): string {
  const hash = createHash("sha256");
  const walk = (dir: string): void => fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name)).forEach((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else hash.update(p).update(fs.readFileSync(p));
  });
  walk(DIR);
  return hash.digest("hex");
}

describe("npm run cli -- import", () => {
  it("prints one JSON object with schools (shares as fractions), columns and issues", async () => {
    expect(await importCommand([...GOOD, "--json"])).toBe(0);
    expect(out).toHaveLength(1);
    const json = JSON.parse(out[0]);
    expect(Object.keys(json)).toEqual(["schools", "columns", "issues"]);
    const school = json.schools.find((s: { key: string; year: number }) => s.key === "сафоновский район/сош|1|" && s.year === 2023);
    expect(school).toMatchObject({ name: "МБОУ СОШ № 1", municipality: "Сафоновский район", year: 2023, values: { knowledge_quality: 0.64, pupils_total: 1234 } });
    expect(json.columns[0]).toEqual({ key: "pupils_total", title: "Обучающихся", indicatorId: "pupils_total" });
    expect(json.issues.length).toBeGreaterThan(10);
  });

  it("writes «Данные» and «Отчёт об импорте» to --out, saves the mapping, and never touches the sources", async () => {
    const before = fingerprint();
    const file = path.join(tmp, "свод.xlsx");
    const profile = path.join(tmp, "профиль.json");
    expect(await importCommand([...GOOD, "--out", file, "--save-mapping", profile])).toBe(0);
    expect(fingerprint()).toBe(before);
    expect(out.join("\n")).toMatch(/^Прочитано файлов: 8, таблиц и паспортов: 10\. Школ: 23/);
    expect(out.join("\n")).toContain(`Записано в «${file}»`);
    const book = await ExcelJsWorkbook.fromBuffer(new Uint8Array(fs.readFileSync(file)), "свод.xlsx");
    expect((await book.listSheets()).map((s) => [s.name, s.meta?.kind])).toEqual([["Данные", "data"], ["Отчёт об импорте", "import-report"]]);
    const saved = JSON.parse(fs.readFileSync(profile, "utf8"));
    // Unmatched headers are listed for the user to fill in, flagged as not yet decided.
    expect(saved.rules).toContainEqual({ header: "количество кружков", indicator: null, auto: true });

    // The user maps the department's own column; the next run reads it as that indicator.
    saved.rules = saved.rules.map((r: { header: string }) => (r.header === "количество кружков" ? { header: "Кол-во кружков", indicator: "methodical_events" } : r));
    fs.writeFileSync(profile, JSON.stringify(saved));
    out = [];
    expect(await importCommand([path.join(DIR, "safonovo_2023.xlsx"), "--mapping", profile, "--json"])).toBe(0);
    const json = JSON.parse(out[0]);
    expect(json.schools.find((s: { name: string }) => s.name === "МБОУ СОШ № 1").values.methodical_events).toBe(12);
  });

  it("replaces its own sheets in an existing --out workbook and keeps the user's", async () => {
    const file = path.join(tmp, "программа.xlsx");
    const book = ExcelJsWorkbook.create("программа.xlsx");
    book.workbook.addWorksheet("Моя таблица").getCell("B2").value = "не трогать";
    fs.writeFileSync(file, await book.toBuffer());
    await importCommand([path.join(DIR, "safonovo_2023.xlsx"), "--out", file]);
    await importCommand([path.join(DIR, "vyazma_ege_2021-2023.xlsx"), "--out", file]);
    const after = await ExcelJsWorkbook.fromBuffer(new Uint8Array(fs.readFileSync(file)), "программа.xlsx");
    expect((await after.listSheets()).map((s) => s.name)).toEqual(["Моя таблица", "Данные", "Отчёт об импорте"]);
    expect((await after.readGrid("Моя таблица")).values[1][1]).toBe("не трогать");
    expect((await after.readGrid("Данные")).values).toHaveLength(16);
  });

  it("refuses an existing --out workbook whose macros or pivot tables a re-save would drop, and leaves it as it was", async () => {
    const file = path.join(tmp, "программа.xlsx");
    const book = ExcelJsWorkbook.create("программа.xlsx");
    book.workbook.addWorksheet("Моя таблица").getCell("B2").value = "не трогать";
    const zip = await JSZip.loadAsync(await book.toBuffer());
    zip.file("xl/vbaProject.bin", "vba");
    zip.file("xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>");
    fs.writeFileSync(file, await zip.generateAsync({ type: "uint8array" }));
    const before = fs.readFileSync(file);
    await expect(importCommand([path.join(DIR, "safonovo_2023.xlsx"), "--out", file])).rejects.toThrow(
      `В «${file}» есть сводные таблицы, макросы VBA: надстройка сохранила бы книгу без них, поэтому в неё ничего не записано.`,
    );
    expect(fs.readFileSync(file).equals(before)).toBe(true);
  });

  it("refuses a bad file with a Russian message naming it, and writes nothing", async () => {
    const file = path.join(tmp, "свод.xlsx");
    await expect(importCommand([path.join(DIR, "safonovo_2023.xlsx"), path.join(DIR, "bad", "password_protected.xlsx"), "--out", file])).rejects.toThrow("Файл «password_protected.xlsx» защищён паролем");
    expect(fs.existsSync(file)).toBe(false);
  });

  it("with --skip-bad, imports the rest and lists the bad file first", async () => {
    expect(await importCommand([path.join(DIR, "safonovo_2023.xlsx"), path.join(DIR, "bad", "scan.pdf"), "--skip-bad"])).toBe(0);
    expect(out.join("\n")).toContain("✗ Файл «scan.pdf» — не таблица");
  });

  it("writes nothing and exits 1 when no school is read", async () => {
    const file = path.join(tmp, "свод.xlsx");
    expect(await importCommand([path.join(DIR, "bad", "notes_only.xlsx"), "--out", file])).toBe(1);
    expect(fs.existsSync(file)).toBe(false);
    expect(out.join("\n")).toContain("ничего не записано");
  });

  it("refuses to write over a source file", async () => {
    const copy = path.join(tmp, "safonovo.xlsx");
    fs.copyFileSync(path.join(DIR, "safonovo_2023.xlsx"), copy);
    await expect(importCommand([copy, "--out", copy])).rejects.toThrow("исходных файлов");
  });

  it("never writes the mapping profile over a source, over --out, or over a file that is not .json", async () => {
    const source = path.join(tmp, "vpr.csv");
    fs.copyFileSync(path.join(DIR, "fis_oko_vpr_2022-2023.csv"), source);
    const before = fs.readFileSync(source);
    await expect(importCommand([source, "--save-mapping", source])).rejects.toThrow(`«${source}» — один из исходных файлов`);
    const other = path.join(tmp, "заметки.txt");
    fs.writeFileSync(other, "мои заметки");
    await expect(importCommand([source, "--save-mapping", other])).rejects.toThrow("это не файл .json");
    const book = path.join(tmp, "свод.xlsx");
    await expect(importCommand([source, "--save-mapping", book, "--out", book])).rejects.toThrow("указан для двух результатов");
    expect(fs.readFileSync(source).equals(before)).toBe(true);
    expect(fs.readFileSync(other, "utf8")).toBe("мои заметки");
    expect(fs.existsSync(book)).toBe(false);
  });

  it("names a file it cannot read or write, in Russian, without a stack", async () => {
    await expect(importCommand([path.join(DIR, "safonovo_2023.xlsx"), "--mapping", path.join(tmp, "нет.json")]))
      .rejects.toThrow(`Не удалось прочитать «${path.join(tmp, "нет.json")}»: нет такого файла или папки.`);
    const out = path.join(tmp, "нет папки", "свод.xlsx");
    await expect(importCommand([path.join(DIR, "safonovo_2023.xlsx"), "--out", out]))
      .rejects.toThrow(`Не удалось записать «${out}»: нет такого файла или папки. Ничего не изменено.`);
    await expect(importCommand([path.join(DIR, "safonovo_2023.xlsx"), "--out", path.join(tmp, "свод.csv")])).rejects.toThrow("должна быть файлом .xlsx");
    expect(fs.readdirSync(tmp)).toEqual([]);
  });

  it("targets and roadmap refuse to write over the list or plan they read", async () => {
    const list = path.join(tmp, "цели.xlsx");
    fs.copyFileSync(path.join(DIR, "safonovo_2023.xlsx"), list);
    const before = fs.readFileSync(list);
    await expect(targetsCommand([list, "--out", list])).rejects.toThrow("один из исходных файлов");
    await expect(roadmapCommand([list, "--out", list])).rejects.toThrow("один из исходных файлов");
    expect(fs.readFileSync(list).equals(before)).toBe(true);
  });

  it("prints usage without files, and names a missing path", async () => {
    expect(await importCommand([])).toBe(2);
    expect(err[0]).toMatch(/^Использование: npm run -s cli -- import/);
    await expect(importCommand([path.join(tmp, "нет.xlsx")])).rejects.toThrow(/Файл или папка «.*нет\.xlsx» не найдены/);
    await expect(importCommand([path.join(DIR, "safonovo_2023.xlsx"), "--outt", "x"])).rejects.toThrow("--outt");
  });
});
