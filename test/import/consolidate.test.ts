import fc from "fast-check";
import * as fs from "fs";
import * as path from "path";
import { importFiles } from "../../src/app/importData";
import type { SchoolRecord } from "../../src/core/records";
import { consolidate } from "../../src/import/consolidate";
import type { GridLike } from "../../src/import/grid";
import type { ImportResult } from "../../src/import/model";

const DIR = path.join(__dirname, "..", "fixtures", "departments");
const GOOD = [
  "yartsevo_ege_2021-2023.xlsx", "safonovo_2023.xlsx", "vyazma_ege_2021-2023.xlsx", "dorogobuzh_oge_2023.xlsx", "fis_oko_vpr_2022-2023.csv",
  "passports/passport_yartsevo_sh2.xlsx", "passports/passport_sosh3.xlsx", "passports/passport_kapyrevschina_years.xlsx",
];

let result: ImportResult;
beforeAll(async () => {
  result = await importFiles(GOOD.map((name) => ({ name, bytes: new Uint8Array(fs.readFileSync(path.join(DIR, name))) })));
});

const find = (key: string, year: number | null): SchoolRecord => {
  const r = result.dataset.records.find((x) => x.key === key && x.year === year);
  if (!r) throw new Error(`no record ${key} ${year}`);
  return r;
};
const issuesAt = (file: string, cell: string) => result.issues.filter((i) => i.file === file && i.cell === cell);

describe("consolidating the department fixtures", () => {
  it("reads every table and passport", () => {
    expect(result.tables.map((t) => `${t.file}|${t.sheet}|${t.kind}|${t.rows}`)).toEqual([
      "yartsevo_ege_2021-2023.xlsx|2021|table|7", "yartsevo_ege_2021-2023.xlsx|2022|table|7", "yartsevo_ege_2021-2023.xlsx|2023|table|7",
      "safonovo_2023.xlsx|Свод 2023|table|6", "vyazma_ege_2021-2023.xlsx|ЕГЭ|table|5", "dorogobuzh_oge_2023.xlsx|ОГЭ-2023|table|4",
      "fis_oko_vpr_2022-2023.csv|fis_oko_vpr_2022-2023|table|6",
      "passport_yartsevo_sh2.xlsx|Паспорт|passport|1", "passport_sosh3.xlsx|Лист1|passport|1", "passport_kapyrevschina_years.xlsx|Динамика|passport|1",
    ]);
    expect(new Set(result.dataset.records.map((r) => r.key)).size).toBe(23);
  });

  it("takes the year from the sheet name of a sheet-per-year workbook", () => {
    expect(find("ярцевский район/сош|2|", 2021).values).toMatchObject({ ege_participants_russian: 19, ege_mean_russian: 64.3, ege_below_min_russian: 0.053, pupils_total: 812 });
    expect(find("ярцевский район/сош|1|ярцево", 2021).values.pupils_total).toBe(1034);
  });

  it("matches one school across files and years despite spelling, keeping the first spelling", () => {
    const r2022 = find("ярцевский район/сош|2|", 2022);
    expect(r2022.school).toBe("МБОУ «СШ № 2»");
    expect(r2022.municipality).toBe("Ярцевский район");
    // ВПР from the CSV («МБОУ СШ N2», «Ярцевский р-н») joins the same record.
    expect(r2022.values).toMatchObject({ ege_mean_russian: 62.9, vpr_below_min_russian: 0.125, vpr_below_min_math_profile: 0.083 });
    expect(r2022.sources.map((s) => s.file)).toEqual(["yartsevo_ege_2021-2023.xlsx", "fis_oko_vpr_2022-2023.csv"]);
    expect(issuesAt("yartsevo_ege_2021-2023.xlsx", "B11")[0].message).toContain("«МБОУ СШ N2» считается той же школой, что «МБОУ «СШ № 2»»");
  });

  it("joins the social passport to the school's record of the passport's school year", () => {
    const r = find("ярцевский район/сош|2|", 2023);
    expect(r.values).toMatchObject({ share_low_income: 0.185, share_single_parent: 0.21, share_ovz: 0.03, share_on_register: 0.012, has_psychologist: true, teachers_mean_age: 47.3, "col:телефон": "8 (48143) 0-00-00" });
    // The passport says 806 pupils, the 2023 return 798: the first is kept and the conflict reported.
    expect(r.values.pupils_total).toBe(798);
    const [conflict] = issuesAt("passport_yartsevo_sh2.xlsx", "C8");
    expect(conflict).toMatchObject({ severity: "warning", kind: "duplicate" });
    expect(conflict.message).toContain("«yartsevo_ege_2021-2023.xlsx», «2023», I11");
  });

  it("reads a passport with a column per year into each year", () => {
    expect(find("ярцевский район/сош||капыревщинская", 2021).values).toMatchObject({ pupils_total: 152, share_low_income: 0.31, share_ovz: 0.02 });
    expect(find("ярцевский район/сош||капыревщинская", 2022).values).toMatchObject({ share_low_income: 0.335, ege_mean_russian: 49.8 });
  });

  it("does not merge a passport whose school fits two municipalities", () => {
    const lone = find("/сош|3|", 2023);
    expect(lone.values).toEqual({ pupils_total: 598, share_low_income: 0.22, share_single_parent: 0.174, share_large_families: 0.09 });
    const [warning] = result.issues.filter((i) => i.kind === "school" && i.severity === "warning");
    expect(warning.file).toBe("passport_sosh3.xlsx");
    expect(warning.message).toMatch(/safonovo_2023\.xlsx.*vyazma_ege_2021-2023\.xlsx/);
  });

  it("reads shares written three ways, reports what it interpreted and rejects what cannot be a share", () => {
    expect(find("сафоновский район/сош|1|", 2023).values).toMatchObject({ pupils_total: 1234, knowledge_quality: 0.64, share_low_income: 0.125, "col:количество кружков": 12 });
    expect(find("сафоновский район/сош|2|", 2023).values.knowledge_quality).toBe(0.58);
    expect(find("сафоновский район/сош|3|", 2023).values.knowledge_quality).toBe(0.71);
    expect(find("сафоновский район/сош||вадинская", 2023).values.knowledge_quality).toBe(0.55);
    expect(issuesAt("safonovo_2023.xlsx", "D8")[0]).toMatchObject({ kind: "interpreted", severity: "warning" });
    expect(find("сафоновский район/гимназия||", 2023).values.knowledge_quality).toBeUndefined();
    expect(issuesAt("safonovo_2023.xlsx", "D13")[0]).toMatchObject({ kind: "rejected" });
  });

  it("leaves out counts that are not whole or negative, and keeps «н/д» missing, never 0", () => {
    expect(find("сафоновский район/сош|3|", 2023).values.pupils_total).toBeUndefined();
    expect(issuesAt("safonovo_2023.xlsx", "C9")[0].message).toContain("«45,5»");
    expect(find("сафоновский район/сош||вадинская", 2023).values.pupils_total).toBeUndefined();
    expect(find("сафоновский район/сош||вадинская", 2023).values.share_low_income).toBeUndefined();
    expect(find("ярцевский район/оош||засижьевская", 2021).values).toEqual({ pupils_total: 47 });
  });

  it("keeps unmatched columns under their own keys, text included", () => {
    expect(find("сафоновский район/сош|3|", 2023).values).toMatchObject({ "col:количество кружков": "много", "col:примечание": "данные уточняются" });
    const own = result.dataset.columns.filter((c) => c.indicatorId === null).map((c) => [c.key, c.title]);
    expect(own).toEqual([["col:количество кружков", "Кол-во кружков"], ["col:примечание", "Примечание"], ["col:телефон", "Телефон"]]);
  });

  it("splits a table with years in its headers into one record per year, whatever the municipality spelling", () => {
    expect(find("вяземский район/лицей|1|", 2021).values).toEqual({ ege_mean_russian: 79.3, ege_mean_math_profile: 69.9 });
    expect(find("вяземский район/лицей|1|", 2023).values).toEqual({ ege_mean_russian: 81, ege_mean_math_profile: 72.5 });
    expect(find("вяземский район/сош||кайдаковская", 2022).values).toEqual({ ege_mean_russian: 55.6 });
  });

  it("keeps totals and average rows out, and cross-checks stated sums", () => {
    expect(result.dataset.records.some((r) => /итого|среднее/i.test(r.school))).toBe(false);
    expect(issuesAt("yartsevo_ege_2021-2023.xlsx", "C17")[0].message).toContain("указано 106, а сумма по школам — 96");
    expect(issuesAt("safonovo_2023.xlsx", "C14")[0].message).toContain("указано 3000, а сумма по школам — 2903");
    expect(issuesAt("dorogobuzh_oge_2023.xlsx", "C14")[0].message).toContain("сверено столбцов: 1, расхождений: 0");
  });

  it("names the file, the sheet and the cell in every line about a cell", () => {
    for (const i of result.issues) {
      expect(i.message.startsWith(`«${i.file}»`)).toBe(true);
      if (["interpreted", "rejected", "duplicate", "totals"].includes(i.kind)) {
        expect(i.sheet).toBeDefined();
        expect(i.cell).toMatch(/^[A-Z]+\d+(:[A-Z]+\d+)?$/);
        expect(i.message).toContain(`лист «${i.sheet}», ${i.cell}`);
      }
    }
  });

  it("orders columns: catalogue indicators in catalogue order, then the department's own", () => {
    const keys = result.dataset.columns.map((c) => c.key);
    expect(keys.slice(0, 3)).toEqual(["pupils_total", "knowledge_quality", "academic_success"]);
    expect(keys.findIndex((k) => k.startsWith("col:"))).toBe(keys.length - 3);
  });

  it("returns the effective mapping: every header seen, normalised, with what it was read as", () => {
    expect(result.mapping.rules).toEqual(expect.arrayContaining([
      { header: "егэ рус яз", indicator: "ege_mean_russian" },
      { header: "количество кружков", indicator: null, auto: true },
      { header: "наименование оо", indicator: "school" },
    ]));
    expect(new Set(result.mapping.rules.map((r) => r.header)).size).toBe(result.mapping.rules.length);
  });
});

describe("consolidate on grids", () => {
  const grid = (sheet: string, values: (string | number | null)[][]): GridLike => ({ sheet, origin: { row: 1, column: 1 }, values, merges: [] });

  it("uses the default year for tables that name none, and the year column when there is one", () => {
    const r = consolidate([{ file: "a.xlsx", grids: [grid("Лист1", [["ОО", "Кол-во обучающихся"], ["СОШ № 1", 100]])] }], { defaultYear: 2024 });
    expect(r.dataset.records.map((x) => x.year)).toEqual([2024]);
    const long = consolidate([{ file: "b.xlsx", grids: [grid("Лист1", [["ОО", "Год", "Кол-во обучающихся"], ["СОШ № 1", "2022/2023", 100], ["СОШ № 1", 2024, 110]])] }]);
    expect(long.dataset.records.map((x) => [x.year, x.values.pupils_total])).toEqual([[2023, 100], [2024, 110]]);
  });

  it("takes the year from the title when the sheet name has none", () => {
    const r = consolidate([{ file: "a.xlsx", grids: [grid("Лист1", [["Сведения о школах Ярцевского района на 2021/2022 учебный год"], [], ["ОО", "Кол-во обучающихся"], ["СОШ № 1", 100]])] }]);
    expect(r.dataset.records.map((x) => [x.year, x.municipality])).toEqual([[2022, "Ярцевский район"]]);
    expect(r.tables[0]).toMatchObject({ year: 2022, municipality: "Ярцевский район", header: "A3:B3" });
  });

  it("reports a school listed twice on a sheet", () => {
    const r = consolidate([{ file: "a.xlsx", grids: [grid("2023", [["ОО", "Кол-во обучающихся"], ["СОШ № 1", 100], ["МБОУ СОШ №1", 120]])] }]);
    expect(r.dataset.records).toHaveLength(1);
    expect(r.issues.filter((i) => i.kind === "duplicate").map((i) => i.cell)).toEqual(["A3", "B3"]);
  });

  it("applies a profile and keeps the profile's rules first in the effective mapping", () => {
    const mapping = { name: "Мой профиль", rules: [{ header: "балл", indicator: "ege_mean_russian" }], shareScale: "percent" as const };
    const r = consolidate([{ file: "a.xlsx", grids: [grid("2023", [["ОО", "Балл", "Доля"], ["СОШ № 1", "70,5", "0,5"], ["СОШ № 2", "60", "0,4"]])] }], { mapping });
    expect(r.dataset.records[0].values.ege_mean_russian).toBe(70.5);
    expect(r.mapping).toEqual({ name: "Мой профиль", rules: [mapping.rules[0], { header: "оо", indicator: "school" }, { header: "доля", indicator: null, auto: true }], shareScale: "percent" });
  });

  it("lets a listed-but-undecided header match, and keeps a header the user chose not to map unmatched", () => {
    const table = [["ОО", "Кол-во обучающихся", "Средний балл ЕГЭ по русскому языку"], ["СОШ № 1", 100, "70,5"]];
    const listed = { name: "p", rules: [{ header: "средний балл егэ по русскому языку", indicator: null, auto: true as const }] };
    const decided = { name: "p", rules: [{ header: "средний балл егэ по русскому языку", indicator: null }] };
    const read = (mapping: typeof listed | typeof decided) =>
      consolidate([{ file: "a.xlsx", grids: [grid("2023", table)] }], { mapping }).dataset.records[0].values;
    expect(read(listed).ege_mean_russian).toBe(70.5);
    expect(read(decided).ege_mean_russian).toBeUndefined();
  });

  it("reports a sheet without a school table, and an empty sheet", () => {
    const r = consolidate([{ file: "a.xlsx", grids: [grid("Записка", [["Текст"], ["Ещё текст"]]), grid("Пусто", [])] }]);
    expect(r.dataset.records).toEqual([]);
    expect(r.issues.map((i) => [i.sheet, i.severity])).toEqual([["Записка", "warning"], ["Пусто", "info"]]);
  });

  it("does not mutate its input grids", () => {
    const g = grid("2023", [["ОО", "Качество знаний"], ["СОШ № 1", "64%"]]);
    const copy = JSON.parse(JSON.stringify(g));
    consolidate([{ file: "a.xlsx", grids: [g] }]);
    expect(g).toEqual(copy);
  });
});

describe("consolidate on arbitrary grids", () => {
  const text = fc.oneof(fc.string(), fc.constantFrom("СОШ № 1", "МБОУ СШ N2", "Итого", "Среднее по району", "ЕГЭ 2021, рус. яз.", "Наименование ОО", "Кол-во обучающихся", "64%", "н/д", "2021", "Приложение № 1", "* сноска", "Показатель", "Доля обучающихся с ОВЗ"));
  const cell = fc.oneof(text, fc.double(), fc.integer(), fc.constant(null), fc.boolean());

  it("never throws, and every line it reports names its file", () => {
    fc.assert(fc.property(
      fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 25 }),
      fc.array(fc.constantFrom("A1:B2", "A1:A3", "B2:D2", "C1:C1", "A5:H5", "X1:Z9"), { maxLength: 3 }),
      (rows, merges) => {
        const width = Math.max(0, ...rows.map((r) => r.length));
        const values = rows.map((r) => [...r, ...new Array<null>(width - r.length).fill(null)]);
        const r = consolidate([{ file: "f.xlsx", grids: [{ sheet: "Лист1", origin: { row: 1, column: 1 }, values, merges }] }]);
        for (const i of r.issues) expect(i.message.startsWith("«f.xlsx»")).toBe(true);
        for (const rec of r.dataset.records) expect(rec.school.trim()).not.toBe("");
      },
    ), { numRuns: 300 });
  });
});
