import type { ImportIssue } from "../../src/core/records";
import { resolveSchools } from "../../src/import/identities";
import type { Draft } from "../../src/import/model";
import { looksLikeSchool, municipalityInText, normaliseMunicipality, parseSchoolName, sameSchool, schoolKeyPart } from "../../src/import/schools";

describe("school names", () => {
  it.each([
    ["МБОУ «СШ № 2»", "сош|2|"],
    ["МБОУ СШ N2", "сош|2|"],
    ["«Средняя школа №2»", "сош|2|"],
    ["Муниципальное бюджетное общеобразовательное учреждение «Средняя общеобразовательная школа № 2»", "сош|2|"],
    ["МОУ СОШ с УИОП № 2", "сош|2|"],
    ["МБОУ «Средняя школа № 2 имени Героя Советского Союза И.П. Петрова»", "сош|2|"],
    ["МБОУ СОШ № 2а", "сош|2а|"],
    ["МБОУ «Березовская ООШ»", "оош||березовская"],
    ["МКОУ основная общеобразовательная школа с. Березовка", "оош||березовка"],
    ["МБОУ «Лицей № 1»", "лицей|1|"],
    ["Гимназия им. А.С. Пушкина", "гимназия||пушкина"],
    ["МБОУ НОШ № 7", "нош|7|"],
    ["МБОУ «Школа № 5»", "школа|5|"],
    ["МАОУ «Центр образования № 3»", "цо|3|"],
    ["МБОУ СШ № 1 г. Вязьмы", "сош|1|вязьмы"],
  ])("%p -> %p", (name, key) => {
    expect(schoolKeyPart(parseSchoolName(name))).toBe(key);
  });

  it("tells schools of different types or numbers apart", () => {
    expect(sameSchool(parseSchoolName("СОШ № 2"), parseSchoolName("ООШ № 2"))).toBe(false);
    expect(sameSchool(parseSchoolName("СОШ № 2"), parseSchoolName("СОШ № 3"))).toBe(false);
    expect(sameSchool(parseSchoolName("СОШ № 2 с. Березовка"), parseSchoolName("СОШ № 2 с. Ивановка"))).toBe(false);
  });

  it("lets a generic «школа» and a village name variant fit", () => {
    expect(sameSchool(parseSchoolName("Школа № 2"), parseSchoolName("МБОУ СОШ № 2"))).toBe(true);
    expect(sameSchool(parseSchoolName("МБОУ «Березовская ООШ»"), parseSchoolName("ООШ с. Березовка"))).toBe(true);
  });

  it.each([
    ["МБОУ СОШ № 1", true],
    ["Лицей № 3", true],
    ["Березовская ООШ", true],
    ["Количество школ", false],
    ["Итого по району", false],
    ["Наименование ОО", false],
    ["Ярцевский район", false],
  ])("looksLikeSchool(%p) = %p", (text, expected) => {
    expect(looksLikeSchool(text)).toBe(expected);
  });
});

describe("municipalities", () => {
  it.each([
    ["Ярцевский район", "ярцевский район"],
    ["Ярцевский р-н", "ярцевский район"],
    ["МО «Ярцевский район»", "ярцевский район"],
    ["Ярцевского района", "ярцевский район"],
    ["Ярцевский муниципальный район Смоленской области", "ярцевский район"],
    ["г. Ярцево", "город ярцево"],
    ["город Ярцево", "город ярцево"],
    ["городской округ Смоленск", "смоленск городской округ"],
    ["г.о. Смоленск", "смоленск городской округ"],
    [null, ""],
  ])("%p -> %p", (text, key) => {
    expect(normaliseMunicipality(text)).toBe(key);
  });

  it("keeps a district and its town apart", () => {
    expect(normaliseMunicipality("Ярцевский район")).not.toBe(normaliseMunicipality("г. Ярцево"));
  });

  it.each([
    ["Результаты ЕГЭ в школах Ярцевского района за 2021 год", "Ярцевский район"],
    ["к приказу отдела образования МО «Ярцевский район»", "Ярцевский район"],
    ["Показатели школ Дорогобужского муниципального района", "Дорогобужский муниципальный район"],
    ["Сведения по школам г. Ярцево", "г. Ярцево"],
    ["за 2021 г. в школах", null],
  ])("finds the municipality in %p", (text, expected) => {
    expect(municipalityInText(text)).toBe(expected);
  });
});

describe("resolveSchools", () => {
  const draft = (school: string, municipality: string | null, cell: string): Draft => ({
    school, municipality, year: 2023, values: {}, cellOf: () => cell, ref: { file: "f.xlsx", sheet: "Лист1", cell },
  });

  it("merges spellings with equal keys and says so once per spelling", () => {
    const issues: ImportIssue[] = [];
    const ids = resolveSchools([draft("МБОУ «СШ № 2»", "Ярцевский район", "B1"), draft("МБОУ СШ N2", "Ярцевский р-н", "B2"), draft("Средняя школа №2", "Ярцевский район", "B3")], issues);
    expect(new Set(ids.map((i) => i.key)).size).toBe(1);
    expect(ids[2].name).toBe("МБОУ «СШ № 2»");
    // Two school spellings, then the municipality written «р-н» in B2 (one municipality, one name).
    expect(issues.map((i) => `${i.kind}:${i.cell}`)).toEqual(["school:B2", "school:B3", "school:B2"]);
    expect(ids.map((i) => i.municipality)).toEqual(["Ярцевский район", "Ярцевский район", "Ярцевский район"]);
  });

  it("shows one municipality under its most frequent, plainest spelling", () => {
    const issues: ImportIssue[] = [];
    const ids = resolveSchools([
      draft("СОШ № 1", "МО «Вяземский район»", "B1"), draft("СОШ № 2", "Вяземский р-н", "B2"),
      draft("СОШ № 3", "Вяземский район", "B3"), draft("СОШ № 4", "г. Вязьма", "B4"),
    ], issues);
    expect(ids.map((i) => i.municipality)).toEqual(["Вяземский район", "Вяземский район", "Вяземский район", "г. Вязьма"]);
    expect(issues.map((i) => i.message)).toEqual([
      "«f.xlsx», лист «Лист1», B2: Муниципалитет «Вяземский р-н» записан иначе, чем в других таблицах: везде используется «Вяземский район».",
      "«f.xlsx», лист «Лист1», B1: Муниципалитет «МО «Вяземский район»» записан иначе, чем в других таблицах: везде используется «Вяземский район».",
    ]);
  });

  it("keeps the same name in two municipalities apart", () => {
    const ids = resolveSchools([draft("СОШ № 1", "Ярцевский район", "B1"), draft("СОШ № 1", "Сафоновский район", "B2")], []);
    expect(ids[0].key).not.toBe(ids[1].key);
  });

  it("merges a school without a municipality into the only one it fits, taking its municipality", () => {
    const issues: ImportIssue[] = [];
    const ids = resolveSchools([draft("МБОУ СОШ № 7", "Ярцевский район", "B1"), draft("Школа № 7", null, "B2")], issues);
    expect(ids[1]).toEqual(ids[0]);
    expect(ids[1].municipality).toBe("Ярцевский район");
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ severity: "info", kind: "school" });
  });

  it("does not merge an ambiguous school, and reports every candidate", () => {
    const issues: ImportIssue[] = [];
    const ids = resolveSchools([draft("МБОУ СОШ № 3", "Сафоновский район", "B1"), draft("МБОУ СОШ № 3", "Вяземский район", "B2"), draft("СОШ № 3", null, "B3")], issues);
    expect(new Set(ids.map((i) => i.key)).size).toBe(3);
    const warning = issues.find((i) => i.severity === "warning")!;
    expect(warning.cell).toBe("B3");
    expect(warning.message).toContain("B1");
    expect(warning.message).toContain("B2");
  });
});
