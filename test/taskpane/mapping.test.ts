import { parseProfile, profileFileName, withRule } from "../../src/taskpane/data/mapping";
import { isUserError } from "../../src/core/errors";

describe("withRule", () => {
  it("starts a named profile when there is none", () => {
    expect(withRule(null, "ср балл рус", "ege_mean_russian", "Мой профиль")).toEqual({
      name: "Мой профиль",
      rules: [{ header: "ср балл рус", indicator: "ege_mean_russian" }],
    });
  });

  it("replaces the rule for the same header and keeps the others", () => {
    const profile = { name: "П", rules: [{ header: "a", indicator: "x" }, { header: "b", indicator: "y" }], shareScale: "percent" as const };
    expect(withRule(profile, "a", null, "—")).toEqual({ name: "П", shareScale: "percent", rules: [{ header: "b", indicator: "y" }, { header: "a", indicator: null }] });
  });

  it("does not mutate its input", () => {
    const profile = { name: "П", rules: [{ header: "a", indicator: "x" }] };
    withRule(profile, "a", "z", "—");
    expect(profile.rules).toEqual([{ header: "a", indicator: "x" }]);
  });
});

describe("parseProfile", () => {
  it("reads a saved profile back", () => {
    const text = JSON.stringify({ name: "Район 2024", rules: [{ header: "мо", indicator: "municipality" }, { header: "прим", indicator: null }], shareScale: "fraction" });
    expect(parseProfile(text, "район.json")).toEqual({ name: "Район 2024", rules: [{ header: "мо", indicator: "municipality" }, { header: "прим", indicator: null }], shareScale: "fraction" });
  });

  it("names the profile after the file when it has no name", () => {
    expect(parseProfile('{"rules":[]}', "профиль.json")).toEqual({ name: "профиль", rules: [] });
  });

  it("reads rules as the CLI's --mapping does: hand-written headers normalised, listed headers kept as listed", () => {
    const text = JSON.stringify({ rules: [{ header: "ЕГЭ 2016, рус. яз.", indicator: "ege_mean_russian" }, { header: "прим", indicator: null, auto: true }] });
    expect(parseProfile(text, "п.json").rules).toEqual([{ header: "егэ рус яз", indicator: "ege_mean_russian" }, { header: "прим", indicator: null, auto: true }]);
  });

  it.each([
    ["not JSON", "{oops", /не читается как JSON/],
    ["no rules", '{"name":"x"}', /не профиль сопоставления/],
    ["an unknown share scale", '{"rules":[],"shareScale":"промилле"}', /шкала долей «промилле» неизвестна/],
    ["a rule without header", '{"rules":[{"indicator":"x"}]}', /правило № 1/],
    ["an indicator of the wrong type", '{"rules":[{"header":"a","indicator":5}]}', /правило № 1/],
  ])("throws a UserError naming the file for %s", (_, text, message) => {
    let thrown: unknown;
    try {
      parseProfile(text, "плохой.json");
    } catch (e) {
      thrown = e;
    }
    expect(isUserError(thrown)).toBe(true);
    expect((thrown as Error).message).toMatch(message);
    expect((thrown as Error).message).toContain("плохой.json");
  });
});

describe("profileFileName", () => {
  it("removes characters file systems refuse", () => {
    expect(profileFileName({ name: "Район: 2024/25", rules: [] })).toBe("Район 2024 25.json");
  });
});
