import { CellError, isCellError } from "../../src/core/errors";
import fc from "fast-check";
import { dynamics, fulfillment, inequality, progress, ratio, share, targetStatus } from "../../src/core/formulas";

const kindOf = (v: unknown): string | undefined => (isCellError(v) ? v.kind : undefined);

describe("share", () => {
  it.each([
    [16, 25, 0.64],
    [0, 10, 0],
    [10, 10, 1],
  ])("share(%p, %p) = %p", (part, whole, expected) => {
    expect(share(part, whole)).toBeCloseTo(expected, 12);
  });

  it("takes a part equal to the whole within float noise as the whole, and still refuses a part really above it", () => {
    expect(share(0.1 + 0.2, 0.3)).toBe(1);
    expect(kindOf(share(0.31, 0.3))).toBe("VALUE");
  });

  it("returns #DIV/0! when the whole is zero", () => {
    expect(kindOf(share(0, 0))).toBe("DIV0");
  });

  it.each([
    [-1, 10, "Отрицательное значение: часть = -1"],
    [1, -10, "Отрицательное значение: целое = -10"],
    [11, 10, "Часть (11) больше целого (10)"],
  ])("returns #VALUE! with a message for share(%p, %p)", (part, whole, message) => {
    const result = share(part, whole) as CellError;
    expect(result.kind).toBe("VALUE");
    expect(result.message).toBe(message);
  });
});

describe("ratio", () => {
  it("divides the school value by the reference", () => {
    expect(ratio(54, 72)).toBeCloseTo(0.75, 12);
  });
  it("returns #DIV/0! for a zero reference", () => {
    expect(kindOf(ratio(5, 0))).toBe("DIV0");
  });
});

describe("progress", () => {
  it.each([
    ["a rising target half way", 40, 60, 50, 0.5],
    ["a rising target reached", 40, 60, 60, 1],
    ["a falling target (15% → 0%) two thirds of the way", 0.15, 0, 0.05, 2 / 3],
    ["a falling indicator that moved away", 0.1, 0.02, 0.12, -0.25],
    ["overshooting a falling target", 0.1, 0.02, 0, 1.25],
  ])("measures %s", (_name, base, target, actual, expected) => {
    expect(progress(base, target, actual)).toBeCloseTo(expected, 12);
  });

  it("returns #N/A with a message when the target equals the base", () => {
    const result = progress(5, 5, 6) as CellError;
    expect(result.kind).toBe("NA");
    expect(result.message).toContain("совпадает с базовым");
  });
});

describe("fulfillment", () => {
  it.each([
    ["rising: actual ÷ plan", 80, 60, "up" as const, 0.75],
    ["rising above plan", 80, 100, "up" as const, 1.25],
    ["falling: plan ÷ actual", 0.02, 0.04, "down" as const, 0.5],
    ["falling target of 0 met exactly", 0, 0, "down" as const, 1],
    ["falling target of 0 missed", 0, 0.05, "down" as const, 0],
  ])("%s", (_name, plan, actual, direction, expected) => {
    expect(fulfillment(plan, actual, direction)).toBeCloseTo(expected, 12);
  });

  it("returns #DIV/0! for a rising plan of 0", () => {
    expect(kindOf(fulfillment(0, 5))).toBe("DIV0");
  });

  it("returns #N/A for a falling indicator whose actual is 0 against a positive plan", () => {
    expect(kindOf(fulfillment(0.02, 0, "down"))).toBe("NA");
  });
});

describe("targetStatus", () => {
  it.each([
    ["rising, reached", 40, 60, 60, "reached"],
    ["rising, above", 40, 60, 70, "reached"],
    ["rising, improved", 40, 60, 50, "improved"],
    ["rising, unchanged", 40, 60, 40, "unchanged"],
    ["rising, worse", 40, 60, 30, "worsened"],
    ["falling, reached exactly 0", 0.15, 0, 0, "reached"],
    ["falling, improved", 0.15, 0, 0.1, "improved"],
    ["falling, worse", 0.1, 0.02, 0.12, "worsened"],
    ["rising, actual differs from target only by float error", 0.1, 0.3, 0.1 + 0.2, "reached"],
  ])("%s", (_name, base, target, actual, expected) => {
    expect(targetStatus(base, target, actual)).toBe(expected);
  });

  it("needs a direction when the target keeps the base level", () => {
    expect(kindOf(targetStatus(1, 1, 0.9))).toBe("NA");
    expect(targetStatus(1, 1, 0.9, "up")).toBe("worsened");
    expect(targetStatus(1, 1, 1, "up")).toBe("reached");
  });
});

describe("dynamics", () => {
  it.each([
    [50, 55, "up" as const, 1],
    [50, 45, "up" as const, -1],
    [0.2, 0.1, "down" as const, 1],
    [0.1, 0.2, "down" as const, -1],
    [50, 50, "up" as const, 0],
  ])("dynamics(%p → %p, %s) = %p", (previous, current, direction, expected) => {
    expect(dynamics(previous, current, direction)).toBe(expected);
  });
});

describe("inequality", () => {
  it("divides the mean of the top 10% by the mean of the bottom 10%", () => {
    expect(inequality([40, 50, 60, 70, 80, 90, 45, 55, 65, 75])).toBeCloseTo(90 / 40, 12);
  });

  it("takes ceil(n × fraction) schools in each group", () => {
    // 11 schools at 10% -> 2 in each group: (100 + 90) / (10 + 20)
    const values = [10, 20, 30, 40, 50, 60, 70, 80, 85, 90, 100];
    expect(inequality(values, 0.1)).toBeCloseTo(190 / 30, 12);
  });

  it("does not reorder its input", () => {
    const values = [3, 1, 2, 4];
    inequality(values, 0.25);
    expect(values).toEqual([3, 1, 2, 4]);
  });

  it("returns #N/A when the groups would overlap", () => {
    expect(kindOf(inequality([50]))).toBe("NA");
    expect(kindOf(inequality([1, 2, 3], 0.5))).toBe("NA");
  });

  it("returns #DIV/0! when the bottom group's mean is 0", () => {
    expect(kindOf(inequality([0, 0, 10, 20]))).toBe("DIV0");
  });

  it("gives the same ratio as sorting, for small groups (one pass) and large ones (sort)", () => {
    const bySorting = (values: number[], fraction: number): number => {
      const sorted = [...values].sort((a, b) => a - b);
      const k = Math.max(1, Math.ceil(values.length * fraction - 1e-9));
      const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
      return sum(sorted.slice(-k)) / sum(sorted.slice(0, k));
    };
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 2, maxLength: 400 }),
        fc.constantFrom(0.05, 0.1, 0.25, 0.5),
        (values, fraction) => {
          const result = inequality(values, fraction);
          if (typeof result !== "number") return true; // overlap cases are covered above
          expect(result).toBeCloseTo(bySorting(values, fraction), 9);
          return true;
        },
      ),
    );
  });
});
