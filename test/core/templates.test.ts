import { requireIndicator, indicatorById } from "../../src/core/catalogue";
import { RISK_FACTORS } from "../../src/core/catalogue/ids";
import { parseDeadline } from "../../src/core/deadlines";
import { isCellError } from "../../src/core/errors";
import {
  RISK_FACTOR_TITLES, RISK_MEASURES, ROADMAP_TEMPLATES, STATUS_MEASURES, TARGET_TEMPLATES,
  listTemplates, roadmapTemplateById, targetTemplateById, type SourcedMeasure,
} from "../../src/core/templates";
import type { RoadmapMeasure } from "../../src/core/templates/types";

/**
 * Deadline texts that are legitimately not dates, so parseDeadline may refuse them.
 */
const NOT_DATES = new Set([
  // The source gives no deadline for the row (seed 002 tables have yearly plan numbers instead, seed 000
  // leaves its last row's executor cell and some program-wide measures undated).
  "",
  // A frequency, not a period (seed 002 section X row 5.1).
  "не менее 1раза в год",
]);

const allRoadmapMeasures = ROADMAP_TEMPLATES.flatMap((t) => t.stages.flatMap((s) => s.measures.map((m) => ({ template: t, measure: m }))));
const sourcedMeasures: SourcedMeasure[] = [...Object.values(RISK_MEASURES).flat(), ...Object.values(STATUS_MEASURES).flat()];

describe("template registry", () => {
  it("has unique ids and finds every template by id", () => {
    const ids = [...TARGET_TEMPLATES, ...ROADMAP_TEMPLATES].map((t) => t.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const t of TARGET_TEMPLATES) expect(targetTemplateById(t.id)).toBe(t);
    for (const t of ROADMAP_TEMPLATES) expect(roadmapTemplateById(t.id)).toBe(t);
    expect(targetTemplateById("seed000-plan")).toBeUndefined();
    expect(roadmapTemplateById("nope")).toBeUndefined();
  });

  it("lists every template with its kind and years", () => {
    const list = listTemplates();
    expect(list.map((t) => `${t.kind}:${t.id}`)).toEqual([
      "targets:seed000-targets", "targets:seed002-targets",
      "roadmap:seed000-plan", "roadmap:seed001-roadmap", "roadmap:seed002-measures", "roadmap:seed002-roadmap",
      "roadmap:seed002-monitoring", "roadmap:seed004-measures",
    ]);
    expect(list.find((t) => t.id === "seed000-targets")?.years).toEqual({ from: 2018, to: 2021 });
    for (const t of list) expect(t.source).toMatch(/seed 00\d/);
  });
});

describe("target templates", () => {
  it.each(TARGET_TEMPLATES.map((t) => [t.id, t] as const))("%s: items link to the catalogue and agree with it", (_id, template) => {
    const keys = template.goals.flatMap((g) => g.items.map((i) => i.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const item of template.goals.flatMap((g) => g.items)) {
      if (item.indicatorId === undefined) continue;
      const indicator = requireIndicator(item.indicatorId);
      expect([item.key, item.unit, item.direction]).toEqual([item.key, indicator.unit, indicator.direction]);
    }
  });

  it.each(TARGET_TEMPLATES.map((t) => [t.id, t] as const))("%s: plan years in the program and shares within 0..1", (_id, template) => {
    for (const item of template.goals.flatMap((g) => g.items)) {
      const values = [item.base, ...Object.values(item.plan), ...Object.values(item.actual ?? {})];
      for (const year of [...Object.keys(item.plan), ...Object.keys(item.actual ?? {})].map(Number)) {
        expect(year).toBeGreaterThanOrEqual(template.fromYear);
        expect(year).toBeLessThanOrEqual(template.toYear);
      }
      for (const v of values) {
        if (v === null) continue;
        expect(v).toBeGreaterThanOrEqual(0);
        if (item.unit === "percent") expect(v).toBeLessThanOrEqual(1);
        if (item.unit === "count" || item.unit === "people") expect(Number.isInteger(v)).toBe(true);
      }
    }
  });

  it("transcribes seed 000: 14 indicators, the 4th split into 4.1–4.3, one planned value in 2021", () => {
    const t = targetTemplateById("seed000-targets")!;
    const items = t.goals.flatMap((g) => g.items);
    expect(t.goals).toHaveLength(1);
    expect(items).toHaveLength(16);
    for (const item of items) expect(Object.keys(item.plan)).toEqual(["2021"]);
    expect(items.find((i) => i.key === "schools_stably_low_share")).toMatchObject({ base: 0.15, plan: { 2021: 0 }, direction: "down" });
    expect(items.find((i) => i.key === "quality_programs")).toMatchObject({ unit: "count", base: 5, plan: { 2021: 15 } });
  });

  it("transcribes seed 002: 15 indicators under 4 goals, yearly values 2019–2022, base undated", () => {
    const t = targetTemplateById("seed002-targets")!;
    expect(t.goals.map((g) => g.items.length)).toEqual([2, 4, 6, 3]);
    for (const item of t.goals.flatMap((g) => g.items)) {
      expect(Object.keys(item.plan)).toEqual(["2019", "2020", "2021", "2022"]);
      expect(item.baseYear).toBeNull();
    }
    const vacancies = t.goals[2].items.find((i) => i.key === "share_vacant_posts")!;
    expect(vacancies).toMatchObject({ direction: "down", base: 0.02, plan: { 2019: 0.1, 2020: 0.05, 2021: 0.05, 2022: 0.02 } });
    expect(t.goals[0].items[1]).toMatchObject({ indicatorId: "additional_education_share", base: 0.64, plan: { 2021: 0.65 } });
  });
});

describe("roadmap templates", () => {
  it.each([
    ["seed000-plan", [6, 18, 9]],
    ["seed001-roadmap", [4, 13, 4, 7, 5, 10]],
    ["seed002-measures", [4, 4, 1, 3]],
    ["seed002-roadmap", [4, 2, 12, 2, 1]],
    ["seed002-monitoring", [3, 3]],
    ["seed004-measures", [3, 3, 2, 4, 3]],
  ])("%s has the seed's measures per stage", (id, counts) => {
    expect(roadmapTemplateById(id)!.stages.map((s) => s.measures.length)).toEqual(counts);
  });

  it("has 43 measures in seed 001 table 4, numbered 1–43", () => {
    const keys = roadmapTemplateById("seed001-roadmap")!.stages.flatMap((s) => s.measures.map((m) => m.key));
    expect(keys).toEqual(Array.from({ length: 43 }, (_, k) => `m${k + 1}`));
  });

  it.each(ROADMAP_TEMPLATES.map((t) => [t.id, t] as const))("%s: unique measure keys, titles present, years consistent", (_id, template) => {
    const keys = template.stages.flatMap((s) => s.measures.map((m) => m.key));
    expect(new Set(keys).size).toBe(keys.length);
    for (const m of template.stages.flatMap((s) => s.measures)) expect(m.title.trim()).not.toBe("");
    expect(template.year).toBeGreaterThanOrEqual(template.fromYear);
    expect(template.year).toBeLessThanOrEqual(template.toYear);
  });

  it("reads every deadline, or the text is one that is not a date", () => {
    const unread = allRoadmapMeasures
      .filter(({ template, measure }) => !NOT_DATES.has(measure.deadline) && isCellError(parseDeadline(measure.deadline, template.year)))
      .map(({ template, measure }) => `${template.id}/${measure.key}: «${measure.deadline}»`);
    expect(unread).toEqual([]);
  });

  it("keeps the seed's funding column where it has one", () => {
    const funded = roadmapTemplateById("seed000-plan")!.stages[1].measures.filter((m) => m.funding !== undefined);
    expect(funded.map((m) => [m.key, m.funding])).toEqual([["practice-7", "внебюджетные средства"], ["practice-13", "внебюджетные средства"]]);
  });
});

/** Where a measure's first source is a roadmap row, the template and key it came from. */
function sourceRow(source: string): { template: string; key: string } | null {
  const first = source.split(",")[0].trim();
  const stage000 = /^000:1\.([123])\.(\d+)$/.exec(first);
  if (stage000) return { template: "seed000-plan", key: `${["prep", "practice", "final"][Number(stage000[1]) - 1]}-${stage000[2]}` };
  const t001 = /^001:4\.(\d+)$/.exec(first);
  if (t001) return { template: "seed001-roadmap", key: `m${t001[1]}` };
  const t002 = /^002:(X|IV|monitoring) (\S+)$/.exec(first);
  if (t002) return { template: { X: "seed002-roadmap", IV: "seed002-measures", monitoring: "seed002-monitoring" }[t002[1]]!, key: t002[2] };
  const t004 = /^004:(\d\.\d)$/.exec(first);
  return t004 ? { template: "seed004-measures", key: t004[1] } : null;
}

// Years in brackets («за последние три года(2018, 2019, 2020)») are dropped from generic measures.
const withoutYears = (s: string) => s.replace(/\s*\((?:\d{4},?\s*)+\)/g, "");

describe("risk-factor and status measures", () => {
  it("has measures for every ФИОКО risk factor and every support status, with titles for the factors", () => {
    for (const id of RISK_FACTORS) {
      expect(RISK_MEASURES[id].length).toBeGreaterThan(0);
      expect(RISK_FACTOR_TITLES[id].ru).not.toBe("");
    }
    expect(Object.keys(STATUS_MEASURES).sort()).toEqual(["adverse_social", "both", "low_results"]);
    for (const list of Object.values(STATUS_MEASURES)) expect(list.length).toBeGreaterThanOrEqual(3);
  });

  it("has unique keys within each list", () => {
    for (const list of [...Object.values(RISK_MEASURES), ...Object.values(STATUS_MEASURES)]) {
      const keys = list.map((m: RoadmapMeasure) => m.key);
      expect(new Set(keys).size).toBe(keys.length);
    }
  });

  it("takes every measure from a seed, word for word where it is a roadmap row", () => {
    let checked = 0;
    for (const m of sourcedMeasures) {
      expect(m.source).toMatch(/^00[0124]:/);
      const row = sourceRow(m.source);
      if (!row) continue;
      const seed = roadmapTemplateById(row.template)!.stages.flatMap((s) => s.measures).find((x) => x.key === row.key);
      expect([m.key, withoutYears(seed?.title ?? "")]).toEqual([m.key, expect.stringContaining(m.title)]);
      checked++;
    }
    expect(checked).toBeGreaterThan(25);
  });

  it("has deadlines a timeline can read in any program year", () => {
    const unread = sourcedMeasures
      .filter((m) => !NOT_DATES.has(m.deadline) && isCellError(parseDeadline(m.deadline, 2024)))
      .map((m) => `${m.key}: «${m.deadline}»`);
    expect(unread).toEqual([]);
  });

  it("names catalogue indicators where a measure's result is a target indicator", () => {
    const titles = new Set(sourcedMeasures.map((m) => m.result));
    for (const id of ["risk_teachers_trained_share", "additional_education_share"]) expect(titles).toContain(indicatorById(id)!.title.ru);
  });
});
