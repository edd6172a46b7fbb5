import { RISK_FACTORS } from "../../src/core/catalogue/ids";
import type { ProgramInfo } from "../../src/core/settings";
import { RISK_FACTOR_TITLES, RISK_MEASURES, STATUS_MEASURES } from "../../src/core/templates";
import { buildRiskProfileSheet, readRiskProfile, roadmapFromRisks } from "../../src/reports/riskProfile";
import type { CellValue, SheetPlan } from "../../src/reports/sheetPlan";
import { cachedGrid, describePlan } from "./planTools";

const PROGRAM: ProgramInfo = { fromYear: 2024, toYear: 2026, region: "Белгородская область", department: "", appendixTo: "", targetTemplate: "", roadmapTemplate: "" };
const SCHOOLS = [
  { school: "МБОУ «СОШ № 2»", municipality: "Красненский район" },
  { key: "oo-6", school: "МБОУ СОШ № 6", municipality: "Красненский район" },
];

/** The sheet's grid with levels typed into it: `typed[school row index][factor index] = text`. */
function typeInto(plan: SheetPlan, typed: Record<number, Record<number, string>>): CellValue[][] {
  const grid = cachedGrid(plan);
  for (const [i, levels] of Object.entries(typed)) {
    for (const [f, text] of Object.entries(levels)) {
      const column = plan.meta.columns.find((c) => c.key === `risk:${RISK_FACTORS[Number(f)]}`)?.column ?? 0;
      grid[plan.meta.firstRow - 1 + Number(i)][column - 1] = text;
    }
  }
  return grid;
}

describe("risk profile sheet", () => {
  const plan = buildRiskProfileSheet({ schools: SCHOOLS, program: PROGRAM });

  it("matches the golden plan", () => {
    expect(describePlan(plan)).toMatchSnapshot();
  });

  it("has one row per listed school with a stable key, and a drop-down of levels over the factor columns", () => {
    const keys = plan.cells.slice(plan.meta.firstRow - 1).map((r) => r[plan.meta.keyColumn - 1]);
    expect(keys).toEqual(["school:мбоу сош № 2", "oo-6"]);
    expect(plan.validations?.[0].values).toEqual(["высокий", "средний", "низкий"]);
    expect(plan.meta.columns.filter((c) => c.input)).toHaveLength(2 + RISK_FACTORS.length);
    expect(plan.cells[plan.meta.firstRow - 3][3]).toBe(RISK_FACTOR_TITLES.risk_equipment.ru);
  });

  it("has empty rows to type into when no school list is given", () => {
    const empty = buildRiskProfileSheet({ program: PROGRAM, emptyRows: 3 });
    expect(empty.meta.lastRow - empty.meta.firstRow + 1).toBe(3);
    expect(empty.cells[empty.meta.firstRow - 1][empty.meta.keyColumn - 1]).toBe("row:1");
  });
});

describe("reading the profile and generating a roadmap", () => {
  const plan = buildRiskProfileSheet({ schools: SCHOOLS, program: PROGRAM });

  it("reads the levels the user typed, in any case, and names text that is not a level", () => {
    const grid = typeInto(plan, { 0: { 0: "Высокий ", 1: "средний", 9: "очень высокий" }, 1: { 1: "high", 2: "низкий" } });
    const rows = readRiskProfile(grid, plan.meta);
    expect(rows.map((r) => [r.school, r.municipality])).toEqual([["МБОУ «СОШ № 2»", "Красненский район"], ["МБОУ СОШ № 6", "Красненский район"]]);
    expect(rows[0].levels.risk_equipment).toBe("high");
    expect(rows[0].levels.risk_staff_shortage).toBe("medium");
    expect(rows[0].levels.risk_low_motivation).toBeNull();
    expect(rows[0].unreadable).toEqual([{ factor: "risk_low_motivation", text: "очень высокий" }]);
    expect(rows[1].levels.risk_staff_shortage).toBe("high");
    expect(rows[1].levels.risk_teacher_competence).toBe("low");
  });

  it("makes one stage per high or medium factor, naming the schools in the executor", () => {
    const grid = typeInto(plan, { 0: { 0: "высокий", 1: "средний" }, 1: { 1: "высокий", 2: "низкий" } });
    const stages = roadmapFromRisks(readRiskProfile(grid, plan.meta), RISK_MEASURES);
    expect(stages.map((s) => s.title)).toEqual([
      "1. Фактор риска «Низкий уровень оснащения школы»: высокий уровень — 1 ОО, средний — 0 ОО",
      "2. Фактор риска «Дефицит педагогических кадров»: высокий уровень — 1 ОО, средний — 1 ОО",
    ]);
    const staff = stages[1].measures;
    expect(staff.map((m) => m.key)).toEqual(RISK_MEASURES.risk_staff_shortage.map((m) => `risk_staff_shortage:${m.key}`));
    expect(staff[0].executor).toBe(`${RISK_MEASURES.risk_staff_shortage[0].executor}\nОО: МБОУ СОШ № 6 (высокий), МБОУ «СОШ № 2» (средний)`);
    expect(staff[0].title).toBe(RISK_MEASURES.risk_staff_shortage[0].title);
  });

  it("invents nothing: no levels typed, no stages", () => {
    expect(roadmapFromRisks(readRiskProfile(cachedGrid(plan), plan.meta), RISK_MEASURES)).toEqual([]);
  });

  it("adds a stage per school status when statuses are given", () => {
    const statuses = new Map([["МБОУ СОШ № 6", "low_results" as const], ["МБОУ «СОШ № 2»", "none" as const]]);
    const stages = roadmapFromRisks([], RISK_MEASURES, STATUS_MEASURES, statuses);
    expect(stages.map((s) => s.title)).toEqual(["1. ШНОР: 1 ОО"]);
    expect(stages[0].measures).toHaveLength(STATUS_MEASURES.low_results.length);
    expect(stages[0].measures[0].key).toBe(`status:low_results:${STATUS_MEASURES.low_results[0].key}`);
    expect(stages[0].measures[0].executor).toMatch(/\nОО: МБОУ СОШ № 6$/);
  });
});
