import type { ProgramInfo } from "../../src/core/settings";
import { buildTargetSheet } from "../../src/reports/targets";
import { isFormula } from "../../src/reports/sheetPlan";
import { cachedGrid, col, describePlan, evaluate, maxOverlap, rowOf, styleAt } from "./planTools";
import { CASES, caseItems, expected } from "./targetCases";

const PROGRAM: ProgramInfo = {
  fromYear: 2020, toYear: 2021, region: "Смоленская область", department: "Комитет по образованию", appendixTo: "ведомственной целевой программе", targetTemplate: "", roadmapTemplate: "",
};


describe("target sheet layout", () => {
  const plan = buildTargetSheet({
    templateId: "seed000-targets",
    goals: [
      {
        title: "Цель: развитие муниципальной системы образования",
        items: [
          { key: "centre", title: "Наличие центра поддержки", unit: "count", direction: "up", base: 0, baseYear: 2018, plan: { 2021: 1 } },
          { key: "low", title: "Доля школ со стабильно низкими результатами", unit: "percent", direction: "down", base: 0.15, baseYear: 2018, plan: { 2020: 0.1, 2021: 0 }, actual: { 2020: 0.12 } },
        ],
      },
      { title: "", items: [{ key: "ege", title: "Средний балл ЕГЭ по русскому языку", unit: "score", direction: "up", base: 60, baseYear: 2019, plan: { 2021: 65 } }] },
    ],
    fromYear: 2020, toYear: 2021, program: PROGRAM, heading: "Целевые показатели реализации программы",
  });

  it("matches the golden plan", () => {
    expect(describePlan(plan)).toMatchSnapshot();
  });

  it("puts the appendix block top right, the title, and a row of column numbers under a two-row header", () => {
    expect(plan.cells[0].find((c) => c !== null)).toBe("Приложение № 1\nк ведомственной целевой программе");
    expect(plan.cells[0][0]).toBeNull();
    expect(plan.cells[2][0]).toBe("Целевые показатели реализации программы");
    expect(plan.cells[3][0]).toBe("Комитет по образованию, Смоленская область");
    const numbers = plan.cells[plan.meta.firstRow - 2].filter((c) => c !== null);
    expect(numbers).toEqual(Array.from({ length: numbers.length }, (_, i) => i + 1));
    expect(plan.print).toMatchObject({ orientation: "landscape", paper: "A4", fitToWidth: true, titleRows: "6:8", footer: "Страница &P из &N" });
    expect(plan.freeze).toEqual({ rows: 8, columns: 2 });
  });

  it("records what a rebuild needs: template, years, input columns and the hidden key column", () => {
    expect(plan.meta.params).toEqual({ source: "seed000-targets", fromYear: 2020, toYear: 2021, mode: "both", locale: "ru" });
    const inputs = plan.meta.columns.filter((c) => c.input).map((c) => c.key);
    expect(inputs).toEqual(["base", "baseYear", "plan:2020", "plan:2021", "actual:2020", "actual:2021", "note"]);
    expect(plan.hiddenColumns).toContain(String.fromCharCode(64 + plan.meta.keyColumn));
    expect(plan.cells[rowOf(plan, "low")][col(plan, "dir")]).toBe(-1);
  });

  it("leaves the achievement columns blank, not an error, while there is no actual value", () => {
    const row = plan.cells[rowOf(plan, "centre")];
    for (const key of ["latest", "latestYear", "progress", "fulfillment", "status"]) {
      const cell = row[col(plan, key)];
      expect(isFormula(cell) && cell.result).toBe("");
    }
  });

  it("formats values by unit", () => {
    const format = (key: string, item: string) => styleAt(plan, rowOf(plan, item) + 1, col(plan, key) + 1).numberFormat;
    expect(format("base", "low")).toBe("0.0%");
    expect(format("base", "centre")).toBe("0");
    expect(format("base", "ege")).toBe("0.0");
    expect(format("progress", "ege")).toBe("0.0%");
  });

  it("emits styles as ranges that never overlap, with input cells unlocked and filled where they are monitored", () => {
    expect(maxOverlap(plan)).toBe(1);
    const r = rowOf(plan, "low") + 1;
    expect(styleAt(plan, r, col(plan, "actual:2020") + 1)).toMatchObject({ input: true, fill: "FFF2CC", border: "thin" });
    expect(styleAt(plan, r, col(plan, "plan:2020") + 1)).toMatchObject({ input: true });
    expect(styleAt(plan, r, col(plan, "plan:2020") + 1).fill).toBeUndefined();
    expect(styleAt(plan, r, col(plan, "status") + 1).input).toBeUndefined();
  });

  it("shows only the chosen achievement measure", () => {
    const only = buildTargetSheet({ goals: [], fromYear: 2020, toYear: 2020, program: PROGRAM, heading: "", mode: "progress" });
    const keys = only.meta.columns.map((c) => c.key);
    expect(keys).toContain("progress");
    expect(keys).not.toContain("fulfillment");
    expect(only.meta.lastRow).toBe(only.meta.firstRow - 1);
    expect(only.cells[2][0]).toBe("Целевые показатели");
  });
});

describe("target formulas agree with core/formulas.ts", () => {
  const plan = buildTargetSheet({ goals: [{ title: "", items: caseItems() }], fromYear: 2020, toYear: 2021, program: PROGRAM, heading: "" });
  const calculated = evaluate(plan);
  const cached = cachedGrid(plan);

  it.each(CASES.map((c, i) => [c.name, i] as const))("%s", (_name, i) => {
    const want = expected(CASES[i]);
    const r = rowOf(plan, `case${i}`);
    for (const [key, value] of Object.entries(want)) {
      const c = col(plan, key);
      for (const [source, got] of [["cached", cached[r][c]], ["calculated", calculated[r][c]]] as const) {
        const message = `${key} (${source})`;
        if (typeof value === "number") {
          expect({ message, ok: typeof got === "number" && Math.abs(got - value) < 1e-12 }).toEqual({ message, ok: true });
        } else expect({ message, got }).toEqual({ message, got: value });
      }
    }
  });

  it("recalculates when the user types a value", () => {
    const r = rowOf(plan, "case7") + 1; // no actual yet: base 5, target 15
    const a = String.fromCharCode(65 + col(plan, "actual:2021"));
    const values = evaluate(plan, { [`${a}${r}`]: 10 });
    expect(values[r - 1][col(plan, "progress")]).toBeCloseTo(0.5, 12);
    expect(values[r - 1][col(plan, "status")]).toBe("улучшение");
  });
});

describe("English workbooks", () => {
  it("builds the sheet in English, statuses included", () => {
    const plan = buildTargetSheet({ goals: [{ title: "", items: caseItems().slice(0, 1) }], fromYear: 2020, toYear: 2021, program: PROGRAM, heading: "" }, "en");
    const header = plan.cells[plan.meta.firstRow - 4];
    expect(header.slice(0, 3)).toEqual(["No.", "Indicator", "Unit"]);
    expect(plan.print?.footer).toBe("Page &P of &N");
    expect(plan.cells[0].find((c) => c !== null)).toBe("Appendix 1\nto ведомственной целевой программе");
    const status = plan.cells[plan.meta.firstRow - 1][col(plan, "status")];
    expect(isFormula(status) && status.formula).toContain('"reached"');
    expect(isFormula(status) && status.result).toBe("improved");
    expect(plan.meta.params?.locale).toBe("en");
  });
});

describe("text from data", () => {
  it.each(['=HYPERLINK("x")', "-10%", "+7", "@home"])("writes %s as a literal string cell", (title) => {
    const plan = buildTargetSheet({
      goals: [{ title, items: [{ key: "k", title, unit: "text", direction: "none", base: null, baseYear: null, plan: {} }] }],
      fromYear: 2020, toYear: 2020, program: PROGRAM, heading: title,
    });
    const hits = plan.cells.flat().filter((c) => c === title);
    expect(hits.length).toBe(3); // heading, goal row, indicator
    expect(plan.cells.flat().some((c) => isFormula(c) && c.formula.includes("HYPERLINK"))).toBe(false);
  });
});
