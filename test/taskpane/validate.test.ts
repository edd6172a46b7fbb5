import { checkMinScores, checkProgram, toDraft, type DraftMinScore } from "../../src/taskpane/settings/validate";
import { DEFAULT_MIN_SCORES } from "../../src/core/minscores";

const row = (part: Partial<DraftMinScore>): DraftMinScore => ({ id: 1, subject: "russian", from: "2024", to: "2024", certificate: "24", university: "36", ...part });

describe("checkMinScores", () => {
  it("round-trips the shipped table", () => {
    expect(checkMinScores(toDraft(DEFAULT_MIN_SCORES))).toEqual({ entries: [...DEFAULT_MIN_SCORES], errors: DEFAULT_MIN_SCORES.map(() => ({})) });
  });

  it("reads a decimal comma and blank scores as no minimum", () => {
    expect(checkMinScores([row({ certificate: "24,5", university: " " })]).entries).toEqual([
      { subject: "russian", from: 2024, to: 2024, certificate: 24.5, university: null },
    ]);
  });

  it.each([
    [{ from: "20" }, "from", /год от 1990/],
    [{ to: "2023" }, "to", /окончание раньше начала/],
    [{ certificate: "120" }, "certificate", /от 0 до 100/],
    [{ university: "abc" }, "university", /от 0 до 100/],
  ] as const)("rejects %o in %s", (part, field, message) => {
    const result = checkMinScores([row(part)]);
    expect(result.entries).toBeNull();
    expect(result.errors[0][field]).toMatch(message);
  });

  it("rejects two rows of one subject covering the same year, naming the first row", () => {
    const result = checkMinScores([row({ from: "2019", to: "2026" }), row({ id: 2, subject: "physics" }), row({ id: 3, from: "2024", to: "2030" })]);
    expect(result.entries).toBeNull();
    expect(result.errors[2].from).toBe("годы пересекаются со строкой 1 (Русский язык)");
    expect(result.errors[1]).toEqual({});
  });
});

describe("checkProgram", () => {
  const program = { fromYear: 2024, toYear: 2027, region: "", department: "", appendixTo: "", targetTemplate: "", roadmapTemplate: "" };
  it("accepts a program in order", () => expect(checkProgram(program)).toBeNull());
  it("rejects an end before the start", () => expect(checkProgram({ ...program, toYear: 2023 })).toMatch(/раньше/));
  it("rejects more than 20 years, as readSettings would", () => expect(checkProgram({ ...program, toYear: 2045 })).toMatch(/20 лет/));
});
