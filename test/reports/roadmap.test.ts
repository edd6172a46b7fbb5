import { toExcelSerial } from "../../src/core/deadlines";
import type { ProgramInfo } from "../../src/core/settings";
import type { RoadmapMeasure } from "../../src/core/templates/types";
import { buildRoadmapSheet } from "../../src/reports/roadmap";
import { columnLetter, isFormula } from "../../src/reports/sheetPlan";
import { cachedGrid, col, describePlan, evaluate, rowOf } from "./planTools";

const PROGRAM: ProgramInfo = { fromYear: 2020, toYear: 2020, region: "", department: "Отдел образования", appendixTo: "Приложение № 2 к программе", targetTemplate: "", roadmapTemplate: "" };
const measure = (key: string, title: string, deadline: string): RoadmapMeasure =>
  ({ key, title, executor: "МОЦ", deadline, result: "Справка", reportFormat: "Аналитическая справка" });

const build = (measures: RoadmapMeasure[], extra: Partial<Parameters<typeof buildRoadmapSheet>[0]> = {}) =>
  buildRoadmapSheet({ stages: [{ title: "1. Подготовительный этап", measures }], year: 2020, fromYear: 2020, toYear: 2020, program: PROGRAM, heading: "", ...extra });

const serial = (year: number, month: number, day: number) => toExcelSerial({ year, month, day });

describe("roadmap sheet", () => {
  const sheet = build([
    measure("m1", "Входной мониторинг", "сентябрь – октябрь 2020г."),
    measure("m2", "Заседания методического совета", "Ежеквартально"),
    measure("m3", "Консультации", "по мере необходимости"),
  ]);

  it("matches the golden plan", () => {
    expect(describePlan(sheet.plan)).toMatchSnapshot();
  });

  it("writes dates read from the deadline as Excel serials in dd.mm.yyyy input cells", () => {
    const row = sheet.plan.cells[rowOf(sheet.plan, "m1")];
    expect(row[col(sheet.plan, "deadline")]).toBe("сентябрь – октябрь 2020г.");
    expect(row[col(sheet.plan, "start")]).toBe(serial(2020, 9, 1));
    expect(row[col(sheet.plan, "end")]).toBe(serial(2020, 10, 31));
    expect(sheet.plan.meta.columns.filter((c) => c.input).map((c) => c.key)).toEqual(["start", "end", "status", "note"]);
  });

  it("leaves dates blank for a deadline it cannot read, lists it and highlights the cell", () => {
    const row = sheet.plan.cells[rowOf(sheet.plan, "m3")];
    expect(row[col(sheet.plan, "start")]).toBeNull();
    expect(row[col(sheet.plan, "end")]).toBeNull();
    expect(sheet.unreadable).toEqual([
      { key: "m3", title: "Консультации", deadline: "по мере необходимости", message: "Не удалось прочитать срок «по мере необходимости»" },
    ]);
    const d = columnLetter(col(sheet.plan, "deadline") + 1);
    expect(sheet.plan.conditionalFormats?.find((f) => f.range.startsWith(d))?.formula).toBe(`AND($D9<>"",OR(NOT(ISNUMBER($E9)),NOT(ISNUMBER($F9))))`);
  });

  it("offers the status as a drop-down and spans stage rows over the table, not the timeline", () => {
    expect(sheet.plan.validations).toEqual([
      { range: "I9:I12", values: ["запланировано", "в работе", "выполнено", "отменено"], error: expect.stringContaining("Выберите статус") },
    ]);
    expect(sheet.plan.merges).toContain("A9:J9");
    expect(sheet.plan.cells[3][0]).toBe("Отдел образования");
    expect(sheet.plan.cells[0].find((c) => c !== null)).toBe("Приложение № 2 к программе");
  });

  it("paints the timeline from the dates, in the cached results and when calculated", () => {
    const calculated = evaluate(sheet.plan);
    const cached = cachedGrid(sheet.plan);
    const bar = (grid: unknown[][], key: string) =>
      Array.from({ length: 12 }, (_, m) => grid[rowOf(sheet.plan, key)][col(sheet.plan, `m:2020-${String(m + 1).padStart(2, "0")}`)]);
    const m1 = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 0, 0].map((x) => (x ? 1 : ""));
    expect(bar(cached, "m1")).toEqual(m1);
    expect(bar(calculated, "m1")).toEqual(m1);
    expect(bar(cached, "m2")).toEqual(Array(12).fill(1));
    expect(bar(calculated, "m3")).toEqual(Array(12).fill(""));
    // Editing a date moves the bar.
    const r = rowOf(sheet.plan, "m1") + 1;
    const moved = evaluate(sheet.plan, { [`E${r}`]: serial(2020, 3, 15), [`F${r}`]: serial(2020, 4, 1) });
    expect(bar(moved, "m1")).toEqual([0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0].map((x) => (x ? 1 : "")));
  });

  it("marks recurring measures and spreads a bare recurring deadline over every program year", () => {
    const long = build([measure("y", "Конференция", "Ежегодно"), measure("s", "Отчёт", "Ежегодно, сентябрь")], { fromYear: 2020, toYear: 2022 });
    const y = long.plan.cells[rowOf(long.plan, "y")];
    expect([y[col(long.plan, "start")], y[col(long.plan, "end")]]).toEqual([serial(2020, 1, 1), serial(2022, 12, 31)]);
    expect(y[col(long.plan, "recurrence")]).toBe("yearly");
    const s = long.plan.cells[rowOf(long.plan, "s")];
    // «Ежегодно, сентябрь» with the program starting in 2020: September of the first year.
    expect([s[col(long.plan, "start")], s[col(long.plan, "end")]]).toEqual([serial(2020, 9, 1), serial(2020, 9, 30)]);
  });

  it("lists measures that ended before today and highlights such rows in the sheet", () => {
    const late = build([measure("a", "A", "март 2020"), measure("b", "B", "декабрь 2020")], { today: { year: 2020, month: 6, day: 1 } });
    expect(late.overdue).toEqual(["a"]);
    const rule = late.plan.conditionalFormats?.find((f) => f.range.startsWith("A"));
    expect(rule?.formula).toBe(`AND(ISNUMBER($F9),$F9<TODAY(),$I9<>"выполнено",$I9<>"отменено")`);
  });

  it.each(['=HYPERLINK("x")', "-10%"])("writes the data text %s as a literal string, never a formula", (text) => {
    const plan = build([{ key: "k", title: text, executor: text, deadline: text, result: text, reportFormat: text }]).plan;
    expect(plan.cells.flat().filter((c) => c === text)).toHaveLength(5);
    expect(plan.cells.flat().some((c) => isFormula(c) && c.formula.includes("HYPERLINK"))).toBe(false);
  });

  it("has a two-row header with years over month columns", () => {
    const long = build([], { fromYear: 2020, toYear: 2021 });
    const top = long.plan.cells[long.plan.meta.firstRow - 4];
    const months = long.plan.cells[long.plan.meta.firstRow - 3];
    const first = col(long.plan, "m:2020-01");
    expect(top[first]).toBe("2020 г.");
    expect(top[first + 12]).toBe("2021 г.");
    expect(months.slice(first, first + 3)).toEqual(["янв", "фев", "мар"]);
    expect(long.plan.merges).toEqual(expect.arrayContaining(["M6:X6", "Y6:AJ6", "E6:F6", "A6:A7"]));
    expect(long.plan.print?.titleRows).toBe("6:8");
  });
});
