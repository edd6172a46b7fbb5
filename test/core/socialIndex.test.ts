import { isCellError, type CellError } from "../../src/core/errors";
import { socialIndex } from "../../src/core/socialIndex";

/** Element-wise toBeCloseTo that keeps nulls exact. */
function expectClose(actual: unknown, expected: (number | null)[]): void {
  expect(Array.isArray(actual)).toBe(true);
  const values = actual as (number | null)[];
  expect(values).toHaveLength(expected.length);
  expected.forEach((e, i) => (e === null ? expect(values[i]).toBeNull() : expect(values[i]).toBeCloseTo(e, 12)));
}

describe("socialIndex", () => {
  it("z-scores a column and orients it by its sign", () => {
    expectClose(socialIndex([[0.1], [0.3]], { signs: [-1] }), [1, -1]);
    expectClose(socialIndex([[0.1], [0.3]]), [-1, 1]);
  });

  it("averages columns with equal weights by default (hand-computed)", () => {
    // Column 1 (higher is better): 0.2, 0.4, 0.6 -> z = -1.2247, 0, 1.2247
    // Column 2 (lower is better): 0.3, 0.1, 0.2 -> z = 1.2247, -1.2247, 0 -> oriented -1.2247, 1.2247, 0
    const index = socialIndex([[0.2, 0.3], [0.4, 0.1], [0.6, 0.2]], { signs: [1, -1] }) as number[];
    const z = Math.sqrt(1.5);
    expect(index[0]).toBeCloseTo((-z - z) / 2, 12);
    expect(index[1]).toBeCloseTo((0 + z) / 2, 12);
    expect(index[2]).toBeCloseTo((z + 0) / 2, 12);
  });

  it("applies weights", () => {
    const index = socialIndex([[0.2, 0.3], [0.4, 0.1], [0.6, 0.2]], { signs: [1, -1], weights: [3, 1] }) as number[];
    const z = Math.sqrt(1.5);
    expect(index[0]).toBeCloseTo((3 * -z + -z) / 4, 12);
  });

  it("ignores blanks per column and renormalises the weights", () => {
    const index = socialIndex([[0.1, null], [0.3, 0.5], [0.2, 0.7]]) as number[];
    // Row 0 has only column 1: its z-score there.
    const mean = 0.2;
    const sd = Math.sqrt(((0.1 - mean) ** 2 + (0.3 - mean) ** 2) / 3);
    expect(index[0]).toBeCloseTo((0.1 - mean) / sd, 12);
  });

  it("gives null to a school with no data", () => {
    expectClose(socialIndex([[0.1], [null], [0.3]]), [-1, null, 1]);
  });

  it("returns #N/A naming a column where every school has the same value", () => {
    const result = socialIndex([[0.1, 0.5], [0.3, 0.5]]) as CellError;
    expect(isCellError(result)).toBe(true);
    expect(result.message).toContain("Столбец 2");
  });

  it("does not mutate its input", () => {
    const shares = [[0.1], [0.3]];
    socialIndex(shares);
    expect(shares).toEqual([[0.1], [0.3]]);
  });
});
