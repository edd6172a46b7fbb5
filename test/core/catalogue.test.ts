import { CATALOGUE, RISK_FACTOR_TITLES, indicatorById, indicatorsByGroup, requireIndicator } from "../../src/core/catalogue";
import { ID, RISK_FACTORS, examId, type ExamMeasure } from "../../src/core/catalogue/ids";
import type { Direction, IndicatorGroup, Unit } from "../../src/core/catalogue/types";
import { SUBJECT_TITLES, type ExamSubject } from "../../src/core/minscores";
import { HeaderMatcher, normaliseHeader } from "../../src/import/headers";

const matcher = new HeaderMatcher(CATALOGUE);

const MEASURES = ["ege_mean", "ege_below_min", "ege_participants", "ege_below_min_count", "oge_mean", "oge_below_min", "vpr_below_min"] as const;
// Fails to compile when ids.ts gains a measure this list lacks.
const measuresComplete: Exclude<ExamMeasure, (typeof MEASURES)[number]> extends never ? true : false = true;
const SUBJECTS = Object.keys(SUBJECT_TITLES) as ExamSubject[];

const UNITS: Unit[] = ["percent", "count", "people", "score", "mark", "ratio", "years", "hours", "rubles", "flag", "level", "text"];
const DIRECTIONS: Direction[] = ["up", "down", "none"];
const GROUPS: IndicatorGroup[] = ["identity", "results", "extracurricular", "social", "staff", "conditions", "program", "risk"];

describe("catalogue ids", () => {
  it("defines every id that code refers to", () => {
    for (const id of Object.values(ID)) expect(indicatorById(id)?.id).toBe(id);
  });

  it("defines every exam measure for every subject, with its subject and procedure", () => {
    expect(measuresComplete).toBe(true);
    for (const measure of MEASURES) {
      for (const subject of SUBJECTS) {
        const indicator = requireIndicator(examId(measure, subject));
        expect(indicator.subject).toBe(subject);
        expect(indicator.exam).toBe(measure.split("_")[0]);
        expect(indicator.yearly).toBe(true);
      }
    }
  });

  it("defines every ФИОКО risk factor as a level with the shared title", () => {
    for (const id of RISK_FACTORS) {
      const indicator = requireIndicator(id);
      expect(indicator).toMatchObject({ unit: "level", group: "risk", direction: "down", title: RISK_FACTOR_TITLES[id] });
    }
    expect(indicatorsByGroup("risk").map((i) => i.id)).toEqual([...RISK_FACTORS]);
  });

  it("has unique ASCII snake_case ids", () => {
    const ids = CATALOGUE.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });

  it("throws on an unknown id only in requireIndicator", () => {
    expect(indicatorById("no_such_indicator")).toBeUndefined();
    expect(() => requireIndicator("no_such_indicator")).toThrow("no_such_indicator");
  });

  it("splits the catalogue into groups without losing an indicator", () => {
    const total = GROUPS.reduce((n, g) => n + indicatorsByGroup(g).length, 0);
    expect(total).toBe(CATALOGUE.length);
    expect(indicatorsByGroup("social").every((i) => i.group === "social")).toBe(true);
  });
});

describe("catalogue content", () => {
  it("uses valid units, directions and groups, with titles in both languages", () => {
    for (const i of CATALOGUE) {
      expect(UNITS).toContain(i.unit);
      expect(DIRECTIONS).toContain(i.direction);
      expect(GROUPS).toContain(i.group);
      expect(i.title.ru.trim()).not.toBe("");
      expect(i.title.en.trim()).not.toBe("");
    }
  });

  it("stores every «Доля …» as a percent", () => {
    const shares = CATALOGUE.filter((i) => /^доля\s/i.test(i.title.ru));
    expect(shares.length).toBeGreaterThan(40);
    for (const i of shares) expect([i.id, i.unit]).toEqual([i.id, "percent"]);
  });

  it("gives no normalised header spelling to two indicators", () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const i of CATALOGUE) {
      for (const text of [i.title.ru, ...(i.short ? [i.short] : []), ...i.synonyms]) {
        const key = normaliseHeader(text);
        expect(key).not.toBe("");
        const other = owner.get(key);
        if (other !== undefined && other !== i.id) clashes.push(`«${key}»: ${other} / ${i.id}`);
        owner.set(key, i.id);
      }
    }
    expect(clashes).toEqual([]);
  });

  it.each([
    ["КДН", "on_register_kdn"],
    ["ПДН", "on_register_pdn"],
    ["ВШУ", "on_register_school"],
    ["ОВЗ", ID.ovz],
    ["малообеспеч.", ID.lowIncome],
    ["Неполные семьи", ID.singleParent],
    ["кач-во знаний", ID.knowledgeQuality],
    ["% успеваемости", ID.academicSuccess],
    ["ср. балл ЕГЭ по русскому языку", examId("ege_mean", "russian")],
    ["Средний балл ЕГЭ по рус. яз.", examId("ege_mean", "russian")],
    ["Доля выпускников, не преодолевших мин. порог ЕГЭ по математике", examId("ege_below_min", "math_profile")],
    ["Средний балл ОГЭ по матем.", examId("oge_mean", "math_profile")],
    ["НРО", ID.flagLowResults],
    ["ФНСУ", ID.flagAdverse],
    ["Наименование ОО", ID.school],
    ["Муниципальное образование", ID.municipality],
    ["МО", ID.municipality],
    ["Район", ID.municipality],
    ["городская/сельская", ID.cluster],
    ["Тип ОО", ID.schoolType],
    ["Малокомплектная", ID.smallSchool],
    ["Количество вакансий, чел.", ID.teacherVacancies],
  ])("the importer's header matcher reaches %p as %p", (header, id) => {
    expect(matcher.match(header).indicatorId).toBe(id);
  });

  it("covers all 30 rows of seed 001 table 1 and the 14 targets of seed 000", () => {
    const sources = new Set(CATALOGUE.flatMap((i) => i.sources ?? []));
    for (let row = 1; row <= 30; row++) expect(sources).toContain(`001:1.${row}`);
    const seed000 = [...sources].filter((s) => s.startsWith("000:targets ")).map((s) => s.slice(12).split(".")[0]);
    expect(new Set(seed000)).toEqual(new Set(Array.from({ length: 14 }, (_, k) => String(k + 1))));
  });

  it("knows which way is better where a target falls", () => {
    expect(requireIndicator(ID.teacherVacancies).direction).toBe("down");
    expect(requireIndicator("share_vacant_posts").direction).toBe("down");
    expect(requireIndicator(ID.onRegister).direction).toBe("down");
    expect(requireIndicator("schools_stably_low_share").direction).toBe("down");
    expect(requireIndicator(ID.teachersMeanAge)).toMatchObject({ direction: "none", unit: "years" });
    expect(requireIndicator(examId("ege_mean", "math_base")).unit).toBe("mark");
    expect(requireIndicator(examId("ege_mean", "russian")).unit).toBe("score");
  });
});
