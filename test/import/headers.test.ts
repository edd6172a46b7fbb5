import { CATALOGUE } from "../../src/core/catalogue";
import { HeaderMatcher, MATCH_THRESHOLD, normaliseHeader, unitHint } from "../../src/import/headers";
import { matchExamHeader } from "../../src/import/exams";
import { yearIn, yearsIn } from "../../src/import/text";

const matcher = new HeaderMatcher(CATALOGUE);

describe("normaliseHeader", () => {
  it.each([
    ["ЕГЭ 2016, рус. яз.", "егэ рус яз"],
    ["Доля обучающихся из малообеспеченных семей, %", "доля обучающихся из малообеспеченных семей"],
    ["Кол-во обучающихся (чел.)", "количество обучающихся"],
    ["Учебный год", "учебный год"],
    ["Численность учащихся на 01.09.2023", "численность учащихся на"],
    ["  ЁЛОЧНАЯ «ШКОЛА»  ", "елочная школа"],
    ["№ п/п", "№ пп"],
  ])("%p -> %p", (header, expected) => {
    expect(normaliseHeader(header)).toBe(expected);
  });
});

describe("years in text", () => {
  it.each([
    ["ЕГЭ 2016, рус. яз.", [2016]],
    ["2020/2021 учебный год", [2021]],
    ["2020-21", [2021]],
    ["за 2021–2023 годы", [2021, 2023]],
    ["на 01.09.2023", []],
    ["СОШ № 12", []],
    ["Лист1", []],
  ])("%p -> %p", (text, years) => {
    expect(yearsIn(text)).toEqual(years);
  });

  it("gives no single year when a text names several", () => {
    expect(yearIn("за 2021–2023 годы")).toBeNull();
    expect(yearIn("2022/2023")).toBe(2023);
  });
});

describe("unitHint", () => {
  it.each([
    ["Качество знаний, %", "percent"],
    ["Доля детей с ОВЗ", "percent"],
    ["Кол-во участников", "count"],
    ["Обучающихся, чел.", "count"],
    ["Средний балл", "score"],
    ["Примечание", null],
  ])("%p -> %p", (header, hint) => {
    expect(unitHint(header)).toBe(hint);
  });
});

describe("HeaderMatcher: headers as departments write them", () => {
  it.each([
    // exams, read by structure: exam + subject + measure, the year apart
    ["ЕГЭ 2016, рус. яз.", "ege_mean_russian", "exam"],
    ["ЕГЭ / Русский язык / Средний балл", "ege_mean_russian", "exam"],
    ["Средний балл ЕГЭ по русскому языку", "ege_mean_russian", "exam"],
    ["ЕГЭ / Русский язык / Доля не преодолевших мин. порог, %", "ege_below_min_russian", "exam"],
    ["ЕГЭ / Математика (профиль) / Кол-во участников", "ege_participants_math_profile", "exam"],
    ["ЕГЭ 2022, матем. проф.", "ege_mean_math_profile", "exam"],
    ["ЕГЭ / Математика базовая / средняя отметка", "ege_mean_math_base", "exam"],
    ["ОГЭ: Математика / Средняя отметка", "oge_mean_math_profile", "exam"],
    ["ОГЭ: Русский язык / Доля «2», %", "oge_below_min_russian", "exam"],
    ["ВПР 5 кл. Математика: доля «2», %", "vpr_below_min_math_profile", "exam"],
    ["Количество участников ЕГЭ по обществознанию, не преодолевших минимальный порог", "ege_below_min_count_social", "exam"],
    // everything else, by synonyms
    ["Наименование ОО", "school", "synonym"],
    ["Муниципальное образование", "municipality", "synonym"],
    ["Учебный год", "year", "synonym"],
    ["Кол-во обучающихся", "pupils_total", "synonym"],
    ["Кол-во обучающихся, чел.", "pupils_total", "synonym"],
    ["Качество знаний, %", "knowledge_quality", "synonym"],
    ["Успеваемость", "academic_success", "synonym"],
    ["Доля детей из малообеспеченных семей, %", "share_low_income", "synonym"],
    ["Социальный паспорт / Доля обучающихся из неполных семей", "share_single_parent", "synonym"],
    ["Доля обучающихся с ОВЗ", "share_ovz", "synonym"],
    ["Многодетные семьи, %", "share_large_families", "synonym"],
    ["Доля родителей с высшим образованием", "share_parents_higher_ed", "synonym"],
    ["Состоят на учете в КДН и ЗП, чел.", "on_register_kdn", "synonym"],
    ["Средний возраст педагогов", "teachers_mean_age", "synonym"],
    ["Количество вакансий", "teacher_vacancies", "synonym"],
    ["Педагог-психолог (да/нет)", "has_psychologist", "synonym"],
    ["Городская/сельская", "cluster", "synonym"],
  ])("%p -> %p (%s)", (header, id, by) => {
    const m = matcher.match(header);
    expect(m.indicatorId).toBe(id);
    expect(m.by).toBe(by);
    expect(m.confidence).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
  });

  it.each(["Кол-во кружков", "Примечание", "Телефон", "Адрес", "Директор"])("leaves %p unmatched", (header) => {
    const m = matcher.match(header);
    expect(m.indicatorId).toBeNull();
    expect(m.by).toBe("none");
  });

  it("does not take a count for a share: «Количество обучающихся с ОВЗ (чел.)» stays unmatched, with a suggestion", () => {
    const m = matcher.match("Количество обучающихся с ОВЗ (чел.)");
    expect(m.indicatorId).toBeNull();
    expect(m.confidence).toBeLessThan(MATCH_THRESHOLD);
    expect(m.candidate).not.toBeNull();
  });

  it("recognises a row-number column", () => {
    expect(matcher.match("№ п/п").by).toBe("rownumber");
    expect(matcher.match("№").by).toBe("rownumber");
  });

  it("reports the ambiguity when two indicators fit equally well, instead of picking one", () => {
    const m = matcher.match("Доля «2» по русскому языку");
    expect(m.indicatorId).toBeNull();
    expect(m.ambiguous).toBe(true);
    expect(["oge_below_min_russian", "vpr_below_min_russian"]).toContain(m.candidate?.indicatorId);
  });

  it("lets a profile rule override the catalogue, by normalised header, in any year", () => {
    const profile = { name: "p", rules: [{ header: "егэ рус яз", indicator: "ege_below_min_russian" }, { header: "качество знаний", indicator: null }] };
    expect(matcher.match("ЕГЭ 2017, рус. яз.", profile)).toMatchObject({ indicatorId: "ege_below_min_russian", by: "profile", confidence: 1 });
    expect(matcher.match("Качество знаний, %", profile)).toMatchObject({ indicatorId: null, by: "profile" });
  });

  it("ignores a profile rule that names an indicator the catalogue lacks", () => {
    const profile = { name: "p", rules: [{ header: "качество знаний", indicator: "no_such_indicator" }] };
    expect(matcher.match("Качество знаний", profile).indicatorId).toBe("knowledge_quality");
  });

  it("works with a catalogue passed in (no identity entries of its own)", () => {
    const small = new HeaderMatcher([{ id: "x_share", title: { ru: "Доля детей-сирот", en: "Orphans" }, unit: "percent", direction: "down", group: "social", synonyms: ["Дети-сироты"] }]);
    expect(small.match("Доля детей-сирот, %").indicatorId).toBe("x_share");
    expect(small.match("Наименование ОО").indicatorId).toBe("school");
  });
});

describe("matchExamHeader", () => {
  const all = new Set(CATALOGUE.map((i) => i.id));
  it("needs an exam and a subject", () => {
    expect(matchExamHeader("Средний балл", (id) => all.has(id))).toBeNull();
    expect(matchExamHeader("ЕГЭ", (id) => all.has(id))).toBeNull();
    expect(matchExamHeader("Русский язык не родной", (id) => all.has(id))).toBeNull();
  });
  it("refuses an id the catalogue does not have", () => {
    expect(matchExamHeader("ЕГЭ рус. яз.", () => false)).toBeNull();
  });
});
