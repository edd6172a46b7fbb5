/** Import report lines: every message starts with the place (file, sheet, cell) so it stands alone. */
import type { ImportIssue, IssueSeverity } from "../core/records";
import { formatNumberRu } from "../core/numbers";
import { t, type MessageKey } from "../i18n";

export interface Place {
  file: string;
  sheet?: string;
  /** A1 cell or range. */
  cell?: string;
}

/** «data.xlsx», лист «2021», D7 — or less when the sheet or cell is not known. */
export function placeText(place: Place): string {
  if (place.sheet !== undefined && place.cell) return t("import.place.cell", { file: place.file, sheet: place.sheet, cell: place.cell });
  if (place.sheet !== undefined) return t("import.place.sheet", { file: place.file, sheet: place.sheet });
  return t("import.place.file", { file: place.file });
}

export function issue(
  severity: IssueSeverity,
  kind: ImportIssue["kind"],
  place: Place,
  key: MessageKey,
  params: Record<string, string | number> = {},
): ImportIssue {
  const out: ImportIssue = { severity, kind, file: place.file, message: `${placeText(place)}: ${t(key, params)}` };
  if (place.sheet !== undefined) out.sheet = place.sheet;
  if (place.cell) out.cell = place.cell;
  return out;
}

/** A number as the report shows it: Russian decimal comma, at most 4 decimals. */
export const num = (value: number): string => formatNumberRu(value, 4);

/** A fraction as percent text: 0.645 -> «64,5%». */
export const pct = (fraction: number): string => `${formatNumberRu(fraction * 100, 2)}%`;

/** A cell value as the report quotes it. */
export function quote(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? num(value) : String(value);
  return String(value).trim();
}

/** Appends without spreading: `push(...items)` fails once items run to ~100,000 (a big sheet's report). */
export function append<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
