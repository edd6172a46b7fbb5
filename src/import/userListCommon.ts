/**
 * What the two list readers (targets, plan) share: the found table with its warnings, row tests (where
 * the list ends, a header repeated after a page break) and the «not found» errors. Every message starts
 * with the file, sheet and cell, as import messages do.
 */
import { UserError } from "../core/errors";
import { t, type MessageKey } from "../i18n";
import type { SheetView } from "./grid";
import { normaliseHeader } from "./headers";
import { placeText } from "./issues";
import { isFootnote } from "./tables";
import { basicNormalise } from "./text";
import { cellText, findListTable, isNumberingRow, ITEM_NUMBER, rowBlank, type ListColumn, type ListTable, type TableSpec } from "./userListTable";

/** A column the reader used, for the task pane and messages: role code, header as written, its cell. */
export interface ListColumnInfo {
  role: string;
  header: string;
  cell: string;
  year?: number;
}

/** Titles in messages: long indicator names are cut. */
export const shortTitle = (title: string): string => (title.length > 70 ? `${title.slice(0, 67).trimEnd()}…` : title);

/** A title as a name, not a sentence: spaces collapsed, trailing «;», «,», «.» dropped. */
export const cleanTitle = (text: string): string => text.replace(/\s+/g, " ").replace(/[\s;,.]+$/, "").trim();

// Case matters: «И. И.» are initials, «т.ч.» is not.
const SIGNATURE = /_{3,}|[А-ЯЁ]\.\s?[А-ЯЁ]\.|[Пп]одпись|М\.\s?П\.|тел\.|^([Ии]сполнитель|[Оо]тветственный|[Сс]оставил)\s*:/;

// Both role sets name the title and number columns alike (userListRoles.ts).
const TITLE = "title";
const NUMBER = "number";

export class ListReader<R extends string> {
  readonly warnings: string[] = [];

  constructor(
    readonly view: SheetView,
    readonly file: string,
    readonly table: ListTable<R>,
  ) {
    for (const { column, other } of table.extras) {
      this.warn(column.cell, "lists.column.extra", { header: column.header, other: `${other.header} (${other.cell})` });
    }
  }

  place(cell: string): string {
    return placeText({ file: this.file, sheet: this.view.name, cell });
  }

  warn(cell: string, key: MessageKey, params: Record<string, string | number> = {}): void {
    this.warnings.push(`${this.place(cell)}: ${t(key, params)}`);
  }

  col(role: R): ListColumn<R> | undefined {
    return this.table.columns.find((c) => c.role === role);
  }

  cols(role: R): ListColumn<R>[] {
    return this.table.columns.filter((c) => c.role === role);
  }

  text(r: number, column: ListColumn<R> | undefined): string {
    return column ? cellText(this.view, r, column.column) : "";
  }

  /** The first filled cell of row r within the table. */
  lead(r: number): { c: number; text: string } | null {
    const c = this.view.filled(r).find((x) => x >= this.table.left && x <= this.table.right);
    return c === undefined ? null : { c, text: cellText(this.view, r, c) };
  }

  blank(r: number): boolean {
    return rowBlank(this.view, r, this.table.left, this.table.right);
  }

  /**
   * A footnote, a signature or the next document's «Приложение»: the list has ended. In the title
   * column «Руководители …» may begin an indicator, so there a signature needs its marks (initials,
   * a line to sign on, «Исполнитель:»).
   */
  endsAt(lead: { c: number; text: string }, titleColumn: number): boolean {
    const text = basicNormalise(lead.text);
    if (/^(\*|¹|примечани|источник|сноск|приложение|утверждаю|согласовано)/.test(text)) return true;
    if (!isFootnote(lead.text) && !/^(глава|председател|заведующ)/.test(text)) return false;
    return lead.c !== titleColumn || SIGNATURE.test(lead.text);
  }

  /** The header printed again after a page break («№ | Мероприятие | Срок | Результаты»). */
  repeatsHeader(r: number): boolean {
    const title = this.col(TITLE as R);
    const text = this.text(r, title);
    return title !== undefined && text !== "" && normaliseHeader(text) === normaliseHeader(title.header.split(" / ").pop() ?? "");
  }

  /** The item number in the № column of row r, or "" when the row has none. */
  numberAt(r: number): string {
    const text = this.text(r, this.col(NUMBER as R));
    return ITEM_NUMBER.test(text) ? text : "";
  }

  /** The number of the next non-blank row within a few rows (a parent «1» is followed by «1.1»). */
  nextNumber(r: number): string {
    for (let n = r + 1; n < Math.min(this.view.rows, r + 4); n++) if (!this.blank(n)) return this.numberAt(n);
    return "";
  }

  columnsInfo(): ListColumnInfo[] {
    return this.table.columns.map((c) => ({ role: c.role, header: c.header, cell: c.cell, ...(c.year !== null ? { year: c.year } : {}) }));
  }

  range(lastRow: number): string {
    return this.view.range(this.table.top, this.table.left, Math.max(lastRow, this.table.bottom), this.table.right);
  }
}

/** «1» and «Реализация мер…» -> «1. Реализация мер…»; a text that already starts with its number stays. */
export function withNumber(number: string, text: string): string {
  if (!number || text.startsWith(number.replace(/\.$/, ""))) return text;
  return `${number.replace(/\.?$/, ".")} ${text}`;
}

/**
 * The list's table on the sheet, or a UserError naming the file and sheet and saying what was missing:
 * the title column, or (when the title was found) any column of values.
 */
export function requireTable<R extends string>(view: SheetView, file: string, spec: TableSpec<R>, kind: "targets" | "plan"): ListTable<R> {
  const found = findListTable(view, spec);
  if (found.table) return found.table;
  const where = { file, sheet: view.name };
  if (found.titleOnly) {
    const key = kind === "targets" ? "lists.targets.noValues" : "lists.plan.noColumns";
    throw new UserError(`${placeText({ ...where, cell: found.titleOnly.cell })}: ${t(key, { header: found.titleOnly.header })}`, { ...where, cell: found.titleOnly.cell });
  }
  throw new UserError(`${placeText(where)}: ${t(kind === "targets" ? "lists.targets.notFound" : "lists.plan.notFound")}`, where);
}

/**
 * The rows a list reader looks at, from the first data row: two blank rows in a row end the table; a
 * «1, 2, 3 …» numbering row and a header repeated after a page break are skipped.
 */
export function* listRows<R extends string>(reader: ListReader<R>, firstData: number): Generator<number> {
  let blanks = 0;
  for (let r = firstData; r < reader.view.rows; r++) {
    if (reader.blank(r)) {
      if (++blanks >= 2) return;
      continue;
    }
    blanks = 0;
    if (isNumberingRow(reader.view, r) || reader.repeatsHeader(r)) continue;
    yield r;
  }
}
