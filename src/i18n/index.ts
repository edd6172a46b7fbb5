/**
 * One message catalogue for errors, sheet text and UI: Russian by default, English when Excel is English.
 * Each area keeps its strings in messages/<area>.ts (ru and en side by side); the compiler checks that
 * the English table has every Russian key.
 *
 * Only the formulas' messages (core, deadlines) are built in: the custom-functions script loads on every
 * recalculation and must stay small. Every other entry point (task pane, ribbon, CLI, tests) imports
 * `i18n/all`, which registers the other areas; the types below cover every area either way.
 */
import type * as app from "./messages/app";
import type * as classification from "./messages/classification";
import * as core from "./messages/core";
import * as deadlines from "./messages/deadlines";
import type * as importer from "./messages/import";
import type * as lists from "./messages/lists";
import type * as registers from "./messages/registers";
import type * as reports from "./messages/reports";
import type * as ui from "./messages/ui";
import type * as workbook from "./messages/workbook";

type AllRu = typeof core.ru & typeof deadlines.ru & typeof importer.ru & typeof classification.ru & typeof reports.ru
  & typeof registers.ru & typeof workbook.ru & typeof app.ru & typeof ui.ru & typeof lists.ru;

export type Locale = "ru" | "en";
export type MessageKey = keyof AllRu;
export type Messages = Partial<Record<MessageKey, string>>;

const catalogues: Record<Locale, Messages> = {
  ru: { ...core.ru, ...deadlines.ru },
  en: { ...core.en, ...deadlines.en },
};
let current: Locale = "ru";

/** Adds an area's messages (i18n/all does it for every area). */
export function registerMessages(ru: Messages, en: Messages): void {
  Object.assign(catalogues.ru, ru);
  Object.assign(catalogues.en, en);
}

export function setLocale(locale: Locale): void {
  current = locale;
}

export function getLocale(): Locale {
  return current;
}

/** Picks "en" for English Office UI languages ("en-US", "en-GB"), Russian otherwise. */
export function localeFromLanguage(language: string | null | undefined): Locale {
  return language && language.toLowerCase().startsWith("en") ? "en" : "ru";
}

/**
 * Formats a message: `t("share.partAboveWhole", { part: 5, whole: 3 })`.
 * Placeholders are `{name}`; a missing parameter is left visible so the gap is noticed, and so is a key
 * whose area was not registered (the key itself is shown rather than an empty cell).
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}, locale: Locale = current): string {
  const template = catalogues[locale][key] ?? catalogues.ru[key] ?? key;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** Whether a key resolves (tests check every area is registered). */
export function hasMessage(key: string, locale: Locale = current): boolean {
  return Object.prototype.hasOwnProperty.call(catalogues[locale], key);
}
