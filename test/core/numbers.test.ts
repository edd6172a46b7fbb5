import fc from "fast-check";
import { formatNumberRu, readNumber, toNumberOrNull } from "../../src/core/numbers";
import { isCellError } from "../../src/core/errors";

describe("readNumber", () => {
  it.each([
    [12, 12, false],
    ["45,5", 45.5, false],
    ["45.5", 45.5, false],
    ["1 234,5", 1234.5, false],
    ["1\u00a0234", 1234, false],
    ["1\u202f234", 1234, false],
    ["1\u2009234", 1234, false],
    ["64%", 64, true],
    ["64 %", 64, true],
    ["0,64", 0.64, false],
    [" -3 ", -3, false],
    ["\u22123", -3, false],
    [",5", 0.5, false],
    ["1e3", 1000, false],
    [true, 1, false],
  ])("reads %p as %p", (input, value, percent) => {
    expect(readNumber(input)).toEqual({ kind: "number", value, percent });
  });

  it.each([null, undefined, "", "  ", "н/д", "Н/Д", "-", "–", "нет", "нет данных", "x", "n/a"])(
    "reads %p as missing, never as 0",
    (input) => {
      expect(readNumber(input)).toEqual({ kind: "missing" });
    },
  );

  it.each(["abc", "12 баллов", "1,234.5", "1.2.3", "%", "--5", "5-"])("rejects %p", (input) => {
    expect(readNumber(input).kind).toBe("invalid");
  });

  it("rejects infinities and NaN", () => {
    expect(readNumber(Infinity).kind).toBe("invalid");
    expect(readNumber(NaN).kind).toBe("invalid");
  });
});

describe("toNumberOrNull", () => {
  it("turns percent text into a fraction", () => {
    expect(toNumberOrNull("64%")).toBeCloseTo(0.64, 12);
    // As the importer reads it: no float noise from ÷100.
    expect(toNumberOrNull("1,1%")).toBe(0.011);
    expect(toNumberOrNull("16,7%")).toBe(0.167);
  });
  it("returns #VALUE! naming the text", () => {
    const result = toNumberOrNull("много");
    expect(isCellError(result) && result.message).toBe("«много» — не число");
  });
});

describe("formatNumberRu", () => {
  it("writes a decimal comma", () => {
    expect(formatNumberRu(0.645)).toBe("0,645");
    expect(formatNumberRu(-12)).toBe("-12");
  });

  it("never throws on any string (property)", () => {
    fc.assert(fc.property(fc.string(), (s) => {
      readNumber(s);
    }));
  });

  it("reads back what it formats (property)", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }), (x) => {
        const text = formatNumberRu(x);
        const back = readNumber(text);
        expect(back.kind).toBe("number");
        if (back.kind === "number") expect(back.value).toBeCloseTo(Number(x.toFixed(10)), 9);
      }),
    );
  });
});
