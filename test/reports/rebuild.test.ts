import { toExcelSerial } from "../../src/core/deadlines";
import type { ProgramInfo } from "../../src/core/settings";
import type { RoadmapMeasure, TargetItem } from "../../src/core/templates/types";
import { FormBuilder, KEY, type RowModel } from "../../src/reports/layout";
import { mergeUserInput, rowModelFor, shiftReferences } from "../../src/reports/rebuild";
import { buildRiskProfileSheet } from "../../src/reports/riskProfile";
import { buildRoadmapSheet } from "../../src/reports/roadmap";
import { isFormula, type CellValue, type SheetPlan } from "../../src/reports/sheetPlan";
import { buildTargetSheet } from "../../src/reports/targets";
import { cachedGrid, col, evaluate, maxOverlap, rowOf, styleAt } from "./planTools";

const PROGRAM: ProgramInfo = { fromYear: 2020, toYear: 2021, region: "", department: "", appendixTo: "", targetTemplate: "", roadmapTemplate: "" };
const item = (key: string, title: string, base: number, target: number): TargetItem =>
  ({ key, title, unit: "count", direction: "up", base, baseYear: 2019, plan: { 2021: target } });
const targets = (items: TargetItem[]) =>
  buildTargetSheet({ templateId: "t", goals: [{ title: "Цель", items }], fromYear: 2020, toYear: 2021, program: PROGRAM, heading: "" });


/** The grid a workbook reads back after the user typed `edits` (by row key and column key). */
function typed(plan: SheetPlan, edits: [string, string, CellValue][]): CellValue[][] {
  const grid = cachedGrid(plan);
  for (const [rowKey, columnKey, value] of edits) grid[rowOf(plan, rowKey)][col(plan, columnKey)] = value;
  return grid;
}

describe("rebuilding a target sheet", () => {
  const before = targets([item("a", "Показатель А", 0, 10), item("b", "Показатель Б", 5, 15), item("gone", "Убранный показатель", 1, 2)]);
  const grid = typed(before, [
    ["a", "actual:2020", 4], ["a", "note", "по данным РИС"], ["b", "actual:2021", 15], ["b", "plan:2021", 20], ["gone", "actual:2020", 7],
  ]);
  // The user inserted a row of their own inside the block: the stored meta does not know about it.
  const handRow: CellValue[] = grid[0].map(() => null);
  handRow[col(before, "title")] = "Свой показатель";
  handRow[col(before, "actual:2021")] = 3;
  grid.splice(before.meta.lastRow - 1, 0, handRow);

  // New template: rows reordered, a measure added, one removed.
  const fresh = targets([item("new", "Новый показатель", 0, 1), item("b", "Показатель Б", 5, 15), item("a", "Показатель А", 0, 10)]);
  const { plan, kept, orphans, added } = mergeUserInput(fresh, { values: grid, meta: before.meta });

  it("keeps typed values by row key and column key, whatever the new order", () => {
    expect(plan.cells[rowOf(plan, "a")][col(plan, "actual:2020")]).toBe(4);
    expect(plan.cells[rowOf(plan, "a")][col(plan, "note")]).toBe("по данным РИС");
    expect(plan.cells[rowOf(plan, "b")][col(plan, "actual:2021")]).toBe(15);
    expect(plan.cells[rowOf(plan, "b")][col(plan, "plan:2021")]).toBe(20); // typed over the template's 15
    expect(plan.cells[rowOf(plan, "new")][col(plan, "actual:2020")]).toBeNull();
    expect(kept).toBe(4); // the removed row's value is appended, not carried into a row
  });

  it("recomputes the formulas of rows that got input, for their new row", () => {
    const r = rowOf(plan, "b");
    const status = plan.cells[r][col(plan, "status")];
    expect(isFormula(status) && status.formula).toContain(`$J${r + 1}`);
    expect(isFormula(status) && status.result).toBe("улучшение"); // 15 of a plan now 20
    const progress = plan.cells[r][col(plan, "progress")];
    expect(isFormula(progress) && progress.result).toBeCloseTo(2 / 3, 12);
  });

  it("appends removed rows holding input and hand-added rows under section rows, with working formulas", () => {
    expect([orphans, added]).toEqual([1, 1]);
    const titles = plan.cells.slice(fresh.meta.lastRow).map((r) => r[0] ?? r[1]);
    expect(titles).toEqual(["Строки, отсутствующие в новом шаблоне", 4, "Добавлено пользователем", 5]);
    expect(plan.cells[rowOf(plan, "gone")][col(plan, "title")]).toBe("Убранный показатель");
    expect(plan.meta.lastRow).toBe(fresh.meta.lastRow + 4);
    expect(plan.merges).toContain(`A${fresh.meta.lastRow + 1}:O${fresh.meta.lastRow + 1}`);
    expect(plan.conditionalFormats?.[0].range).toBe(`N${plan.meta.firstRow}:N${plan.meta.lastRow}`);
    const calculated = evaluate(plan);
    let formulas = 0;
    for (const key of ["latest", "progress", "status"]) {
      const c = col(plan, key);
      for (let r = plan.meta.firstRow - 1; r < plan.meta.lastRow; r++) {
        const cell = plan.cells[r][c];
        if (!isFormula(cell)) continue;
        formulas++;
        expect([r, key, calculated[r][c]]).toEqual([r, key, cell.result]);
      }
    }
    expect(formulas).toBeGreaterThan(3); // the built rows and the appended one were all checked
    const hand = plan.cells[plan.meta.lastRow - 1];
    expect(hand[col(plan, "title")]).toBe("Свой показатель");
    expect(isFormula(hand[col(plan, "latest")]) && (hand[col(plan, "latest")] as { result: CellValue }).result).toBe(3);
  });

  it("styles appended rows like built ones, without overlapping ranges", () => {
    const built = rowOf(plan, "a") + 1;
    const appended = rowOf(plan, "gone") + 1;
    for (const key of ["title", "actual:2020", "note", "status"]) {
      expect(styleAt(plan, appended, col(plan, key) + 1)).toEqual(styleAt(plan, built, col(plan, key) + 1));
    }
    expect(styleAt(plan, appended - 1, 1)).toMatchObject({ bold: true, fill: "DDEBF7", border: "thin" });
    expect(maxOverlap(plan)).toBe(1);
  });

  it("changes nothing when there is nothing to keep", () => {
    const same = mergeUserInput(fresh, { values: cachedGrid(fresh), meta: fresh.meta });
    expect(same).toEqual({ plan: fresh, kept: 0, orphans: 0, added: 0 });
  });
});

describe("rebuilding a roadmap", () => {
  const m = (key: string, title: string, deadline: string): RoadmapMeasure => ({ key, title, executor: "МОЦ", deadline, result: "", reportFormat: "" });
  const build = (measures: RoadmapMeasure[]) =>
    buildRoadmapSheet({ stages: [{ title: "Этап", measures }], year: 2020, fromYear: 2020, toYear: 2020, program: PROGRAM, heading: "" }).plan;
  const before = build([m("a", "А", "март 2020"), m("b", "Б", "по мере необходимости"), m("c", "В", "май 2020")]);
  // The ExcelJS reader gives date cells back as dd.mm.yyyy text.
  const grid = typed(before, [["a", "status", "выполнено"], ["b", "start", "01.04.2020"], ["b", "end", "30.04.2020"], ["c", "start", "10.05.2020"]]);
  const after = build([m("c", "В", "июнь 2020"), m("added", "Новое", "июль 2020"), m("b", "Б", "по мере необходимости"), m("a", "А", "март 2020")]);
  const { plan } = mergeUserInput(after, { values: grid, meta: before.meta });
  const cell = (key: string, column: string) => plan.cells[rowOf(plan, key)][col(plan, column)];

  it("keeps statuses and dates typed over an unread deadline, as date serials, and moves their bars", () => {
    expect(cell("a", "status")).toBe("выполнено");
    expect(cell("b", "start")).toBe(toExcelSerial({ year: 2020, month: 4, day: 1 }));
    expect(cell("b", "end")).toBe(toExcelSerial({ year: 2020, month: 4, day: 30 }));
    const bar = cell("b", "m:2020-04");
    expect(isFormula(bar) && bar.result).toBe(1);
  });

  it("takes new dates when the template's deadline text changed", () => {
    expect(cell("c", "start")).toBe(toExcelSerial({ year: 2020, month: 6, day: 1 }));
    expect(cell("added", "start")).toBe(toExcelSerial({ year: 2020, month: 7, day: 1 }));
  });
});

describe("rebuilding a risk profile", () => {
  it("keeps typed levels; a school dropped from the list keeps its row only when it has levels", () => {
    const program = { ...PROGRAM };
    const before = buildRiskProfileSheet({ schools: [{ school: "СОШ 1" }, { school: "СОШ 2" }, { school: "СОШ 3" }], program });
    const grid = typed(before, [["school:сош 1", "risk:risk_equipment", "высокий"], ["school:сош 3", "risk:risk_adaptivity", "низкий"]]);
    const after = buildRiskProfileSheet({ schools: [{ school: "СОШ 1" }], program });
    const { plan, orphans } = mergeUserInput(after, { values: grid, meta: before.meta });
    expect(plan.cells[rowOf(plan, "school:сош 1")][col(plan, "risk:risk_equipment")]).toBe("высокий");
    expect(orphans).toBe(1);
    expect(plan.cells[rowOf(plan, "school:сош 3")][col(plan, "school")]).toBe("СОШ 3");
    expect(rowOf(plan, "school:сош 2")).toBe(-1);
  });
});

describe("rows below the data block and other reports", () => {
  // A report this file does not know: a value and its double (a formula), then a total row below the block.
  const model: RowModel = {
    columns: [
      { key: "no", header: "№", width: 5 }, { key: "name", header: "Имя", width: 20 },
      { key: "v", header: "Значение", width: 10, input: true }, { key: "x2", header: "×2", width: 10 }, { key: KEY, header: "key", width: 5, hidden: true },
    ],
    computed: new Set(["x2"]),
    compute: (row, lit) => ({ cells: { x2: { formula: `$C${row}*2`, result: typeof lit.get("v") === "number" ? (lit.get("v") as number) * 2 : 0 } } }),
  };
  function build(keys: string[]): SheetPlan {
    const b = new FormBuilder(model.columns);
    b.title("Список").header().columnNumbers();
    keys.forEach((k, i) => b.modelRow(model, { no: i + 1, name: k.toUpperCase(), v: null, [KEY]: k }));
    b.endData();
    const first = b.firstRow;
    const last = b.lastRow;
    b.extraRow([]);
    b.extraRow(["Итого", null, { formula: `SUM(C${first}:C${last})`, result: 0 }, { formula: `C${last + 2}*2`, result: 0 }]);
    b.conditionals.push({ range: `C${last + 2}`, formula: `C${last + 2}>10`, style: { bold: true } });
    return b.build({ name: "Список", kind: "custom" });
  }

  it("needs the row model of a kind it does not know", () => {
    expect(() => rowModelFor(build(["a"]).meta)).toThrow("No row model for sheet kind custom");
  });

  it("moves rows below the block down, with their formulas and formats, when rows are appended", () => {
    const before = build(["a", "b"]);
    const grid = typed(before, [["a", "v", 4], ["b", "v", 5]]);
    const after = build(["a"]);
    const { plan, kept, orphans } = mergeUserInput(after, { values: grid, meta: before.meta }, model);
    expect([kept, orphans]).toEqual([1, 1]);
    expect(plan.cells[rowOf(plan, "b")][3]).toEqual({ formula: `$C${rowOf(plan, "b") + 1}*2`, result: 10 });
    const total = plan.cells.findIndex((r) => r[0] === "Итого") + 1;
    expect(total).toBe(plan.meta.lastRow + 2);
    expect(plan.cells[total - 1][2]).toEqual({ formula: "SUM(C4:C4)", result: 0 }); // the block it summed was one row
    expect(plan.cells[total - 1][3]).toEqual({ formula: `C${total}*2`, result: 0 });
    expect(plan.conditionalFormats?.find((f) => f.formula.endsWith(">10"))).toEqual({ range: `C${total}:C${total}`, formula: `C${total}>10`, style: { bold: true } });
  });

  it.each([
    ['IF(ISNUMBER($I10),$I10,"")', 'IF(ISNUMBER($I12),$I12,"")'],
    ['$A9="A10"', '$A9="A10"'],
    ["LOG10(A10)+ATAN2(B9,B11)", "LOG10(A12)+ATAN2(B9,B13)"],
    ["'Реестр'!A10+A10", "'Реестр'!A10+A12"],
    ["SUM('Реестр'!$C$6:$C$40)+C10", "SUM('Реестр'!$C$6:$C$40)+C12"],
    ["COUNTIFS('Классификация (2)'!$B$7:$B$14,\"=\"&A10,Лист1!B10:B11,1)", "COUNTIFS('Классификация (2)'!$B$7:$B$14,\"=\"&A12,Лист1!B10:B11,1)"],
    ["'It''s'!A10:A12+A10", "'It''s'!A10:A12+A12"],
    ["SUM($B$5:$B$12)", "SUM($B$5:$B$14)"],
    ["DATE(2020,13,1)", "DATE(2020,13,1)"],
  ])("shifts the references of %s", (formula, shifted) => {
    expect(shiftReferences(formula, (row) => (row >= 10 ? row + 2 : row))).toBe(shifted);
  });
});
