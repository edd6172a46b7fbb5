import { ALL_AREAS } from "../src/i18n/all";
import { hasMessage, t, type MessageKey } from "../src/i18n";
import * as core from "../src/i18n/messages/core";
import * as deadlines from "../src/i18n/messages/deadlines";

describe("message catalogue", () => {
  it("resolves every key of every area in Russian and English once i18n/all is loaded", () => {
    const keys = [core, deadlines, ...ALL_AREAS].flatMap((area) => Object.keys(area.ru));
    expect(keys.length).toBeGreaterThan(500);
    const missing = keys.filter((key) => !hasMessage(key, "ru") || !hasMessage(key, "en"));
    expect(missing).toEqual([]);
  });

  it("has no key in two areas (a later area would silently replace the earlier text)", () => {
    const keys = [core, deadlines, ...ALL_AREAS].flatMap((area) => Object.keys(area.ru));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
  });

  it("shows an unknown key rather than an empty text", () => {
    expect(t("no.such.key" as MessageKey)).toBe("no.such.key");
  });

  it("fills placeholders and leaves a missing one visible", () => {
    expect(t("share.partAboveWhole", { part: 5, whole: 3 })).toBe("Часть (5) больше целого (3)");
    expect(t("share.partAboveWhole", { part: 5 })).toBe("Часть (5) больше целого ({whole})");
    expect(t("share.partAboveWhole", { part: 5, whole: 3 }, "en")).toBe("The part (5) is larger than the whole (3)");
  });
});
