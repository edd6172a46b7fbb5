import fc from "fast-check";
import { formatNumberRu } from "../../src/core/numbers";
import type { ImportIssue } from "../../src/core/records";
import { readColumn, type ReadUnit } from "../../src/import/values";

const place = { file: "f.xlsx", sheet: "Лист1", cell: "C2:C9" };
const column = (values: unknown[], header = "Показатель") => ({ place, header, values, cellAt: (i: number) => `C${i + 2}` });
const read = (values: unknown[], unit: ReadUnit, header?: string, scale?: "auto" | "percent" | "fraction") => readColumn(column(values, header), unit, scale);
const kinds = (issues: ImportIssue[]) => issues.map((i) => `${i.kind}@${i.cell}`);

describe("readColumn by unit", () => {
  it.each<[ReadUnit, unknown, unknown]>([
    ["count", "1\u2009234", 1234],
    ["count", "1\u00a0234", 1234],
    ["count", 845, 845],
    ["count", "45,0", 45],
    ["people", "12", 12],
    ["score", "68,4", 68.4],
    ["score", 100, 100],
    ["mark", "3,9", 3.9],
    ["ratio", "0,85", 0.85],
    ["ratio", "95%", 0.95],
    ["years", "47,3", 47.3],
    ["flag", "да", true],
    ["flag", "Нет", false],
    ["flag", "+", true],
    ["level", "Высокий", "высокий"],
    ["text", " городская ", "городская"],
    ["raw", "45,5", 45.5],
    ["raw", "64%", 0.64],
    ["raw", "много", "много"],
  ])("%s: %p -> %p", (unit, input, expected) => {
    const r = read([input], unit);
    expect(r.values).toEqual([expected]);
    expect(r.issues).toEqual([]);
  });

  it.each<[ReadUnit, unknown]>([
    ["count", "45,5"],
    ["count", "-3"],
    ["count", "12%"],
    ["count", "много"],
    ["score", "101"],
    ["score", "-1"],
    ["score", "55%"],
    ["mark", "6"],
    ["years", "150"],
    ["flag", "возможно"],
    ["level", "очень"],
  ])("%s: rejects %p with its cell and leaves it out", (unit, input) => {
    const r = read([input], unit);
    expect(r.values).toEqual([undefined]);
    expect(kinds(r.issues)).toEqual(["rejected@C2"]);
    expect(r.issues[0].message).toContain("«f.xlsx», лист «Лист1», C2");
  });

  it.each(["н/д", "-", "нет", "", null, "нет данных", "x"])("reads %p as missing, never as 0", (input) => {
    for (const unit of ["count", "score", "percent", "raw"] as ReadUnit[]) {
      expect(read([input], unit).values).toEqual([undefined]);
    }
  });

  it("reports cells that say «no data» once per column, and not blank cells", () => {
    for (const unit of ["count", "percent"] as ReadUnit[]) {
      const r = read(["н/д", "", null, "-", "5"], unit);
      expect(r.issues.filter((i) => i.kind === "missing").map((i) => [i.severity, i.cell])).toEqual([["info", "C2:C5"]]);
      const line = r.issues.find((i) => i.kind === "missing")!.message;
      expect(line).toContain("2 знач. столбца «Показатель» — «нет данных»");
      expect(line).toContain("(C2, C5)");
    }
  });
});

describe("share scale", () => {
  it("reads «64», «0,64» and «64%» in one column all as 0.64, reporting the cells it interpreted", () => {
    const r = read(["64", "0,64", "64%", "70", "55"], "percent");
    expect(r.values).toEqual([0.64, 0.64, 0.64, 0.7, 0.55]);
    expect(kinds(r.issues)).toEqual(["interpreted@C3", "interpreted@C2:C6"]);
    expect(r.issues[0].message).toContain("может означать 64% или 0,64%");
  });

  it("takes a column of values up to 1 as fractions, silently", () => {
    const r = read(["0,64", 0.5, "0,125", "1"], "percent");
    expect(r.values).toEqual([0.64, 0.5, 0.125, 1]);
    expect(r.issues).toEqual([]);
  });

  it("flags a «%» header over values that are all at most 1", () => {
    const r = read(["0,5", "0,8"], "percent", "Доля «2», %");
    expect(r.values).toEqual([0.5, 0.8]);
    expect(kinds(r.issues)).toEqual(["interpreted@C2:C9"]);
  });

  it("reads an ambiguous cell the way that falls within the column's range", () => {
    // 0–50% in the column: «0,8» is 0.8%, not 80%.
    const r = read(["0", "4,3", "10", "50", "0,8"], "percent");
    expect(r.values[4]).toBeCloseTo(0.008, 12);
    expect(r.issues[0].message).toContain("прочитано как 0,8%");
  });

  it("falls back to the median when both readings or neither fall within the range", () => {
    const r = read(["2,1", "1,8", "4", "0,15", "0,9"], "percent");
    expect(r.values[3]).toBeCloseTo(0.15, 12);
    expect(r.values[4]).toBeCloseTo(0.009, 12);
  });

  it("follows the profile's scale for ambiguous cells", () => {
    expect(read(["0,5", "64"], "percent", "x", "percent").values).toEqual([0.005, 0.64]);
    expect(read(["0,5", "64"], "percent", "x", "fraction").values).toEqual([0.5, 0.64]);
  });

  it.each(["120%", "101", "-5", "много"])("rejects %p as a share", (input) => {
    const r = read(["50", input], "percent");
    expect(r.values).toEqual([0.5, undefined]);
    expect(r.issues.map((i) => i.kind)).toContain("rejected");
  });
});

describe("properties", () => {
  const units: ReadUnit[] = ["percent", "count", "people", "score", "mark", "ratio", "years", "hours", "rubles", "flag", "level", "text", "raw"];
  const cell = fc.oneof(fc.string(), fc.double(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom("н/д", "-", "64%", "0,64", "1\u2009234,5", "--", "%", "1,2.3"));

  it("never throws, and returns one value per cell, each within its unit", () => {
    fc.assert(fc.property(fc.array(cell, { maxLength: 20 }), fc.constantFrom(...units), (cells, unit) => {
      const r = read(cells, unit);
      expect(r.values).toHaveLength(cells.length);
      for (const v of r.values) {
        if (unit === "percent" && v !== undefined) expect(v as number).toBeGreaterThanOrEqual(0);
        if (unit === "percent" && v !== undefined) expect(v as number).toBeLessThanOrEqual(1);
        if ((unit === "count" || unit === "people") && v !== undefined) expect(Number.isInteger(v)).toBe(true);
      }
    }));
  });

  it("reads back a share it formats: percent text, and plain percents in a percent-written column", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (x) => {
      const text = formatNumberRu(x, 6);
      const written = Number(text.replace(",", "."));
      expect(read([`${text}%`], "percent").values[0]).toBeCloseTo(written / 100, 12);
      const r = read(["50", text], "percent");
      if (written > 1 || written === 0) expect(r.values[1]).toBeCloseTo(written / 100, 12);
    }));
  });

  it("reads back counts and scores it formats, with thin-space grouping", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 10_000_000 }), (n) => {
      const grouped = n.toLocaleString("ru-RU").replace(/\s/g, "\u2009");
      expect(read([grouped], "count").values).toEqual([n]);
    }));
    fc.assert(fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (x) => {
      const text = formatNumberRu(x, 4);
      expect(read([text], "score").values[0]).toBeCloseTo(Number(text.replace(",", ".")), 12);
    }));
  });
});
