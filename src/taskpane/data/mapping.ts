/** The user's corrections to column matching, as a MappingProfile that can be saved and loaded again. */
import type { MappingProfile, MappingRule } from "../../core/settings";
import { UserError } from "../../core/errors";
import { t } from "../../i18n";

/**
 * The profile with the rule for one normalised header set to `indicator` (null: never map it).
 * `withRule(null, "ср балл рус", "ege_mean_russian", "Мой профиль").rules` -> [{ header: "ср балл рус", indicator: "ege_mean_russian" }]
 */
export function withRule(profile: MappingProfile | null, header: string, indicator: string | null, name: string): MappingProfile {
  const rules: MappingRule[] = (profile?.rules ?? []).filter((rule) => rule.header !== header);
  rules.push({ header, indicator });
  return { ...(profile ?? { name }), rules };
}

const isRule = (value: unknown): value is MappingRule => {
  if (typeof value !== "object" || value === null) return false;
  const rule = value as Record<string, unknown>;
  return typeof rule.header === "string" && rule.header.trim() !== "" && (rule.indicator === null || typeof rule.indicator === "string");
};

const SCALES = ["auto", "percent", "fraction"] as const;

/** Reads a saved profile; a file that is not one throws a UserError naming the file. */
export function parseProfile(text: string, file: string): MappingProfile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new UserError(t("ui.profile.notJson", { file }), { file });
  }
  const data = raw as Record<string, unknown> | null;
  if (typeof data !== "object" || data === null || !Array.isArray(data.rules)) {
    throw new UserError(t("ui.profile.notProfile", { file }), { file });
  }
  const bad = data.rules.findIndex((rule) => !isRule(rule));
  if (bad >= 0) throw new UserError(t("ui.profile.badRule", { file, index: bad + 1 }), { file });
  const name = typeof data.name === "string" && data.name.trim() ? data.name : file.replace(/\.json$/i, "");
  const profile: MappingProfile = { name, rules: (data.rules as MappingRule[]).map((r) => ({ header: r.header, indicator: r.indicator })) };
  const scale = data.shareScale;
  if (typeof scale === "string" && (SCALES as readonly string[]).includes(scale)) profile.shareScale = scale as MappingProfile["shareScale"];
  return profile;
}

/** A file name for the profile: its name without characters file systems refuse. */
export function profileFileName(profile: MappingProfile): string {
  const base = profile.name.replace(/[\\/:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim() || t("ui.profile.defaultName");
  return `${base}.json`;
}
