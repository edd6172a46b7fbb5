/** The user's corrections to column matching, as a MappingProfile that can be saved and loaded again. */
import type { MappingProfile, MappingRule } from "../../core/settings";
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

/** Reading a saved profile is the importer's: the same checks and header normalisation as the CLI's --mapping. */
export { parseProfile } from "../../import/profile";

/** A file name for the profile: its name without characters file systems refuse. */
export function profileFileName(profile: MappingProfile): string {
  const base = profile.name.replace(/[\\/:*?"<>|]+/g, " ").replace(/\s+/g, " ").trim() || t("ui.profile.defaultName");
  return `${base}.json`;
}
