import { isCellError, type CellError } from "../../src/core/errors";
import { minScore, minScoreFromText, subjectFromText, thresholdKindFromText } from "../../src/core/minscores";

describe("subjectFromText", () => {
  it.each([
    ["Русский язык", "russian"],
    ["русский", "russian"],
    ["рус. яз.", "russian"],
    ["Математика (профильная)", "math_profile"],
    ["математика профильная", "math_profile"],
    ["Математика", "math_profile"],
    ["Математика (базовая)", "math_base"],
    ["ОБЩЕСТВОЗНАНИЕ", "social"],
    ["Информатика и ИКТ", "informatics"],
    ["английский язык", "foreign"],
    ["Physics", "physics"],
    ["  химия ", "chemistry"],
    ["Ёжик", undefined],
  ])("reads %p as %p", (text, subject) => {
    expect(subjectFromText(text)).toBe(subject);
  });
});

describe("minScore", () => {
  it.each([
    ["russian", 2024, "certificate", 24],
    ["russian", 2024, "university", 36],
    ["math_profile", 2019, "certificate", 27],
    ["social", 2026, "certificate", 42],
    ["social", 2014, "certificate", 39],
    ["social", 2016, "certificate", 42],
    ["informatics", 2022, "certificate", 40],
    ["geography", 2021, "certificate", 37],
    ["foreign", 2020, "certificate", 22],
    ["history", 2030, "certificate", 32],
  ] as const)("%s in %p (%s) is %p", (subject, year, kind, expected) => {
    expect(minScore(subject, year, kind)).toBe(expected);
  });

  it("returns #N/A for a year the table does not cover", () => {
    const result = minScore("social", 2015) as CellError;
    expect(result.kind).toBe("NA");
    expect(result.message).toBe("Нет минимального балла по предмету «Обществознание» за 2015 год");
  });

  it("has no university minimum for base mathematics", () => {
    expect(isCellError(minScore("math_base", 2024, "university"))).toBe(true);
  });

  it("uses an edited table when one is given", () => {
    const table = [{ subject: "russian" as const, from: 2027, to: 2027, certificate: 30, university: 40 }];
    expect(minScore("russian", 2027, "certificate", table)).toBe(30);
  });

  it("names the known subjects when the subject is unknown", () => {
    const result = minScoreFromText("астрономия", 2024) as CellError;
    expect(result.kind).toBe("NA");
    expect(result.message).toContain("Неизвестный предмет «астрономия»");
    expect(result.message).toContain("Русский язык");
  });
});

describe("thresholdKindFromText", () => {
  it.each([
    [null, "certificate"],
    ["", "certificate"],
    ["аттестат", "certificate"],
    ["ВУЗ", "university"],
    ["university", "university"],
  ])("reads %p as %p", (text, kind) => {
    expect(thresholdKindFromText(text)).toBe(kind);
  });

  it("rejects other words", () => {
    expect(isCellError(thresholdKindFromText("колледж"))).toBe(true);
  });
});
