import { isCellError } from "../../src/core/errors";
import { lowResults, readFlag, stablyLow, statusCode } from "../../src/core/classification/rules";

describe("stablyLow", () => {
  it.each([
    ["the last two years below", [30, 22, 25], [27, 27, 27], 2, true],
    ["only the last year below", [20, 30, 25], [27, 27, 27], 2, false],
    ["three years asked, two below", [30, 22, 25], [27, 27, 27], 3, false],
    ["blank years are skipped", [22, 25, null], [27, 27, 27], 2, true],
    ["a blank between low years is skipped", [25, null, 22], [27, 27, 27], 2, true],
    ["too few years of data", [22], [27], 2, false],
    ["equal to the minimum is not below", [27, 27], [27, 27], 2, false],
    ["thresholds change by year (обществознание 39 → 42)", [40.5, 40.2, 36], [39, 42, 42], 2, true],
    ["a year without a threshold is skipped", [20, 21, 22], [27, null, 27], 2, true],
  ])("%s", (_name, scores, thresholds, years, expected) => {
    expect(stablyLow(scores, thresholds, years)).toBe(expected);
  });
});

describe("lowResults (the 30% rule)", () => {
  it.each([
    ["two procedures at or above 30% this year", [0.35, 0.3, 0.1], null, {}, true],
    ["one procedure this year only", [0.35, 0.1, 0.1], null, {}, false],
    ["one procedure two years running ('or')", [0.35, 0.1], [0.31, 0.2], {}, true],
    ["one procedure two years running ('and' needs both)", [0.35, 0.1], [0.31, 0.2], { mode: "and" as const }, false],
    ["both conditions ('and')", [0.35, 0.4], [0.31, 0.2], { mode: "and" as const }, true],
    ["a different procedure failed last year", [0.35, 0.1], [0.1, 0.5], {}, false],
    ["a custom cut of 25%", [0.26, 0.27], null, { cut: 0.25 }, true],
    ["three procedures required", [0.5, 0.5, 0.1], null, { procedures: 3 }, false],
    ["blanks are not failures", [null, 0.5, null], [null, 0.1, null], {}, false],
  ])("%s", (_name, current, previous, options, expected) => {
    expect(lowResults(current, previous, options)).toBe(expected);
  });
});

describe("statusCode", () => {
  it.each([
    [true, true, "both"],
    [true, false, "low_results"],
    [false, true, "adverse_social"],
    [false, false, "none"],
  ])("(%p, %p) -> %p", (low, adverse, code) => {
    expect(statusCode(low, adverse)).toBe(code);
  });
});

describe("readFlag", () => {
  it.each([
    [true, true], [false, false], [1, true], [0, false], ["да", true], ["Да", true], ["нет", false],
    ["ИСТИНА", true], ["ложь", false], [null, false], ["", false], ["yes", true],
  ])("reads %p as %p", (value, expected) => {
    expect(readFlag(value)).toBe(expected);
  });

  it.each([2, "может быть"])("rejects %p", (value) => {
    expect(isCellError(readFlag(value))).toBe(true);
  });
});
