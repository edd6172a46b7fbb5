/**
 * Every custom function evaluated as a real spreadsheet function (HyperFormula): ranges, blank cells,
 * numbers written as Russian text, optional arguments left out, errors flowing into cells.
 */
import * as fs from "fs";
import { DetailedCellError } from "hyperformula";
import { buildEngine } from "../support/hyperformula";
import { FUNCTIONS } from "../../src/functions/registry";

// Column A..H: a small department table. Row numbers are 1-based in formulas.
const DATA: unknown[][] = [
  /* 1 */ ["школа", "участники", "ниже мин.", "доля текст", "балл 2023", "балл 2024", "порог", "доля 2023"],
  /* 2 */ ["СОШ №1", 25, 16, "64%", 30, 22, 27, 0.31],
  /* 3 */ ["СОШ №2", "20", "5", "0,25", 25, null, 27, 0.1],
  /* 4 */ ["СОШ №3", 0, 0, "н/д", null, 26, 27, null],
  /* 5 */ ["СОШ №4", 10, 12, null, 40, 45, 27, 0.5],
];

function evaluate(formula: string): unknown {
  const sheet = DATA.map((row) => [...row]);
  sheet.push([formula]);
  const engine = buildEngine(sheet);
  const value = engine.getCellValue({ sheet: 0, row: sheet.length - 1, col: 0 });
  engine.destroy();
  return value;
}

const errorOf = (value: unknown): string | undefined => (value instanceof DetailedCellError ? value.value : undefined);

describe("custom functions in a spreadsheet engine", () => {
  it.each([
    ["=SQ.SHARE(C2, B2)", 0.64],
    ['=SQ.SHARE(C3, B3)', 0.25],
    ["=SQ.RATIO(E2, G2)", 30 / 27],
    ["=SQ.PROGRESS(0.15, 0, 0.05)", 2 / 3],
    ['=SQ.FULFILLMENT(0.02, 0.04, "снижение")', 0.5],
    ["=SQ.FULFILLMENT(80, 60)", 0.75],
    ["=SQ.FULFILLMENT(0, 0, -1)", 1],
    ['=SQ.MINSCORE("Русский язык")', 24],
    ['=SQ.MINSCORE("русский", 2024, "вуз")', 36],
    ['=SQ.MINSCORE("обществознание", 2014)', 39],
    ["=SQ.BELOWMINSHARE(E2:F5, 27)", 3 / 6],
    ["=SQ.INEQUALITY(B2:B5, 0.25)", 25 / 0],
  ])("%s", (formula, expected) => {
    const value = evaluate(formula);
    if (Number.isFinite(expected)) expect(value).toBeCloseTo(expected as number, 12);
    else expect(errorOf(value)).toBe("#DIV/0!");
  });

  it.each([
    ["=SQ.TARGETSTATUS(0.15, 0, 0.1)", "улучшение"],
    ["=SQ.TARGETSTATUS(40, 60, 60)", "достигнут"],
    ["=SQ.TARGETSTATUS(40, 60, 40)", "без изменений"],
    ["=SQ.TARGETSTATUS(40, 60, 35)", "ухудшение"],
    ['=SQ.TARGETSTATUS(1, 1, 1, "рост")', "достигнут"],
    ["=SQ.DYNAMICS(50, 55)", "положительная динамика"],
    ['=SQ.DYNAMICS(0.2, 0.3, "снижение")', "отрицательная динамика"],
    ["=SQ.STATUS(TRUE(), 0)", "ШНОР"],
    ['=SQ.STATUS("нет", "да")', "ШНСУ"],
    ["=SQ.STATUS(1, 1)", "ШНОР и ШНСУ"],
    ["=SQ.STATUS(H4, H4)", "—"],
  ])("%s", (formula, expected) => {
    expect(evaluate(formula)).toBe(expected);
  });

  it.each([
    // Row 2: 30 then 22 against 27 — only the last year is below, so not two years running.
    ["=SQ.STABLYLOW(E2:F2, G2)", false],
    ["=SQ.STABLYLOW({25,22}, 27)", true],
    ["=SQ.STABLYLOW(E2:F2, 27, 1)", true],
    ["=SQ.STABLYLOW(E5:F5, 27)", false],
    ["=SQ.LOWRESULTS(H2:H3, H3:H4)", false],
    ["=SQ.LOWRESULTS(H2:H5)", true],
    ['=SQ.LOWRESULTS(H2:H3, H2:H3, 0.3, 2, "и")', false],
    ["=SQ.LOWRESULTS(H2:H5, , 0.6)", false],
  ])("%s", (formula, expected) => {
    expect(evaluate(formula)).toBe(expected);
  });

  it("reads dates from deadline text", () => {
    expect(evaluate('=SQ.PERIODSTART("сентябрь – октябрь 2020г.")')).toBe(44075);
    expect(evaluate('=SQ.PERIODEND("сентябрь – октябрь 2020г.")')).toBe(44135);
    expect(evaluate('=SQ.PERIODEND("Март–ноябрь", 2021)')).toBe(44530);
  });

  it.each([
    ["=SQ.SHARE(C4, B4)", "#DIV/0!"],
    ["=SQ.SHARE(C5, B5)", "#VALUE!"],
    ["=SQ.SHARE(A2, B2)", "#VALUE!"],
    ["=SQ.PROGRESS(5, 5, 6)", "#N/A"],
    ['=SQ.MINSCORE("астрономия")', "#N/A"],
    ['=SQ.PERIODSTART("по мере необходимости", 2021)', "#N/A"],
    ["=SQ.LOWRESULTS(E2:E3)", "#VALUE!"],
    ["=SQ.STABLYLOW(E2:F3, 27)", "#VALUE!"],
  ])("%s gives %s", (formula, code) => {
    expect(errorOf(evaluate(formula))).toBe(code);
  });

  it("carries the Russian message with the error", () => {
    const value = evaluate("=SQ.SHARE(C5, B5)") as DetailedCellError;
    expect(value.message).toBe("Часть (12) больше целого (10)");
  });

  it("spills the social index as one value per school, blank for a school without data", () => {
    const sheet: unknown[][] = [
      [0.2, 0.3, "=SQ.SOCIALINDEX(A1:B4, D1:E1)"],
      [0.4, 0.1],
      [0.6, 0.2],
      [null, null],
    ];
    sheet[0].push(1, -1);
    const engine = buildEngine(sheet);
    const column = [0, 1, 2, 3].map((row) => engine.getCellValue({ sheet: 0, row, col: 2 }));
    engine.destroy();
    const z = Math.sqrt(1.5);
    expect(column[0]).toBeCloseTo(-z, 12);
    expect(column[1]).toBeCloseTo(z / 2, 12);
    expect(column[2]).toBeCloseTo(z / 2, 12);
    expect(column[3]).toBe("");
  });

  it("has a spreadsheet case for every registered function", () => {
    const source = fs.readFileSync(__filename, "utf8");
    for (const spec of FUNCTIONS) expect(source).toContain(`SQ.${spec.id}(`);
  });
});
