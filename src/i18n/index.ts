/**
 * One message catalogue for errors, sheet text and UI: Russian by default, English when Excel is English.
 * Each area keeps its strings in messages/<area>.ts (ru and en side by side); the compiler checks that
 * the English table has every Russian key.
 */
import * as app from "./messages/app";
import * as classification from "./messages/classification";
import * as core from "./messages/core";
import * as deadlines from "./messages/deadlines";
import * as importer from "./messages/import";
import * as reports from "./messages/reports";
import * as registers from "./messages/registers";
import * as ui from "./messages/ui";
import * as workbook from "./messages/workbook";

const ru = { ...core.ru, ...deadlines.ru, ...importer.ru, ...classification.ru, ...reports.ru, ...registers.ru, ...workbook.ru, ...app.ru, ...ui.ru };
const en: Record<MessageKey, string> = {
  ...core.en, ...deadlines.en, ...importer.en, ...classification.en, ...reports.en, ...registers.en, ...workbook.en, ...app.en, ...ui.en,
};

export type Locale = "ru" | "en";
export type MessageKey = keyof typeof ru;

const catalogues: Record<Locale, Record<MessageKey, string>> = { ru, en };
let current: Locale = "ru";

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
 * Placeholders are `{name}`; a missing parameter is left visible so the gap is noticed.
 */
export function t(key: MessageKey, params: Record<string, string | number> = {}, locale: Locale = current): string {
  const template = catalogues[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}
