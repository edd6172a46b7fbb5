/**
 * A mapping profile from JSON (a file passed with --mapping, or one a user edited): checked rule by
 * rule, headers normalised the way the importer normalises them, so a rule written by hand as
 * «ЕГЭ 2016, рус. яз.» still applies to «егэ рус яз».
 */
import { UserError } from "../core/errors";
import type { MappingProfile, MappingRule } from "../core/settings";
import { t } from "../i18n";
import { normaliseHeader } from "./headers";

const SCALES = new Set(["auto", "percent", "fraction"]);

/** `readProfile(JSON.parse(text), "профиль.json")` -> a MappingProfile, or a UserError naming the file and rule. */
export function readProfile(raw: unknown, file: string): MappingProfile {
  if (typeof raw !== "object" || raw === null || !Array.isArray((raw as { rules?: unknown }).rules)) {
    throw new UserError(t("import.profile.notProfile", { file }), { file });
  }
  const data = raw as { name?: unknown; rules: unknown[]; shareScale?: unknown };
  const rules: MappingRule[] = data.rules.map((rule, i) => {
    const r = rule as { header?: unknown; indicator?: unknown; auto?: unknown } | null;
    const ok = typeof r === "object" && r !== null && typeof r.header === "string" && r.header.trim() !== ""
      && (r.indicator === null || typeof r.indicator === "string");
    if (!ok) throw new UserError(t("import.profile.badRule", { file, index: i + 1 }), { file });
    const read: MappingRule = { header: normaliseHeader(r.header as string), indicator: (r.indicator as string | null) };
    // A listed header the user filled in is a decision now, whatever its flag says.
    if (r.auto === true && read.indicator === null) read.auto = true;
    return read;
  });
  if (data.shareScale !== undefined && !SCALES.has(String(data.shareScale))) {
    throw new UserError(t("import.profile.badScale", { file, value: String(data.shareScale) }), { file });
  }
  const profile: MappingProfile = { name: typeof data.name === "string" && data.name.trim() ? data.name : file.replace(/^.*[\\/]/, "").replace(/\.json$/i, ""), rules };
  if (data.shareScale !== undefined) profile.shareScale = data.shareScale as MappingProfile["shareScale"];
  return profile;
}

/** Parses profile text; invalid JSON is a UserError naming the file. */
export function parseProfile(text: string, file: string): MappingProfile {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    throw new UserError(t("import.profile.notJson", { file }), { file });
  }
  return readProfile(raw, file);
}
