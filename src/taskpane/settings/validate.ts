/** Checks the settings form before saving: every message names the row and field the user must fix. */
import type { ExamSubject, MinScoreEntry } from "../../core/minscores";
import type { ProgramInfo } from "../../core/settings";
import { t, type MessageKey } from "../../i18n";
import { parseNumberText } from "../components/NumberField";

/** A subject's name in the pane's language (the table stores ids). */
export const subjectTitle = (subject: ExamSubject): string => t(`class.subject.${subject}` as MessageKey);

/** A row of the minimum-score grid as typed: numbers stay text until saved. */
export interface DraftMinScore {
  id: number;
  subject: ExamSubject;
  from: string;
  to: string;
  certificate: string;
  university: string;
}

export type MinScoreField = "from" | "to" | "certificate" | "university";
export type RowErrors = Partial<Record<MinScoreField, string>>;

export function toDraft(entries: readonly MinScoreEntry[]): DraftMinScore[] {
  return entries.map((e, i) => ({
    id: i + 1,
    subject: e.subject,
    from: String(e.from),
    to: String(e.to),
    certificate: e.certificate === null ? "" : String(e.certificate),
    university: e.university === null ? "" : String(e.university),
  }));
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function year(text: string): number | null {
  const n = parseNumberText(text);
  return n !== null && Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? n : null;
}

function score(text: string): number | null | undefined {
  if (text.trim() === "") return null;
  const n = parseNumberText(text);
  return n !== null && n >= 0 && n <= 100 ? n : undefined;
}

/**
 * Entries when every row is valid, otherwise the errors per row. Two rows of one subject must not cover
 * the same year: the lookup would be ambiguous.
 */
export function checkMinScores(rows: readonly DraftMinScore[]): { entries: MinScoreEntry[] | null; errors: RowErrors[] } {
  const errors: RowErrors[] = rows.map(() => ({}));
  const parsed: { row: number; entry: MinScoreEntry }[] = [];
  rows.forEach((row, i) => {
    const from = year(row.from);
    const to = year(row.to);
    const certificate = score(row.certificate);
    const university = score(row.university);
    if (from === null) errors[i].from = t("ui.settings.badYear", { min: MIN_YEAR, max: MAX_YEAR });
    if (to === null) errors[i].to = t("ui.settings.badYear", { min: MIN_YEAR, max: MAX_YEAR });
    else if (from !== null && to < from) errors[i].to = t("ui.settings.toBeforeFrom");
    if (certificate === undefined) errors[i].certificate = t("ui.settings.badScore");
    if (university === undefined) errors[i].university = t("ui.settings.badScore");
    if (from !== null && to !== null && to >= from && certificate !== undefined && university !== undefined) {
      parsed.push({ row: i, entry: { subject: row.subject, from, to, certificate, university } });
    }
  });
  parsed.forEach(({ row, entry }, i) => {
    const clash = parsed.slice(0, i).find((p) => p.entry.subject === entry.subject && p.entry.from <= entry.to && entry.from <= p.entry.to);
    if (clash) errors[row].from = t("ui.settings.overlap", { subject: subjectTitle(entry.subject), row: clash.row + 1 });
  });
  const ok = errors.every((e) => Object.keys(e).length === 0);
  return { entries: ok ? parsed.map((p) => p.entry) : null, errors };
}

/** Program years as readSettings accepts them: in order and at most 20 years apart. */
export function checkProgram(program: ProgramInfo): string | null {
  const { fromYear, toYear } = program;
  if (!Number.isInteger(fromYear) || !Number.isInteger(toYear)) return t("ui.settings.badYear", { min: MIN_YEAR, max: MAX_YEAR });
  if (toYear < fromYear) return t("ui.settings.toBeforeFrom");
  if (toYear - fromYear > 20) return t("ui.settings.programTooLong");
  return null;
}
