/**
 * A methodologist's own target-indicator list read from a sheet (seed 000 and 002 layouts and the like):
 * goals, indicators, base, plan and actual values by year. Titles are linked to the catalogue with the
 * importer's HeaderMatcher; values are read by core/numbers and shares stored as fractions.
 *
 * Goal rows: a goal column («Наименование цели», seed 002) whose text changes; or a row without values
 * whose text is merged across the table, sits left of the title column (seed 000), starts with «Цель»,
 * «Задача» …, or carries a number that the next row's number extends («1» over «1.1»). A row ending
 * with «:» and no values («Доля школ, показавших:», seed 000 item 4) prefixes its sub-items' titles.
 */
import { CATALOGUE, indicatorById } from "../core/catalogue";
import type { Indicator } from "../core/catalogue/types";
import { UserError } from "../core/errors";
import type { TargetGoal, TargetItem } from "../core/templates/types";
import { t } from "../i18n";
import { SheetView, type GridLike } from "./grid";
import { HeaderMatcher } from "./headers";
import { placeText } from "./issues";
import { totalsKind } from "./tables";
import { cleanTitle, listRows, ListReader, requireTable, shortTitle, withNumber, type ListColumnInfo } from "./userListCommon";
import { KeyBook, slugOf } from "./userListKeys";
import { TARGET_SPEC, type TargetRole } from "./userListRoles";
import { cellText, isChildNumber, mergedAcross } from "./userListTable";
import { readTargetValues } from "./userListValues";

export interface ReadTargetItem extends TargetItem {
  /** A planned value from a column without a year (seed 000): the caller puts it under the program's last year. */
  plannedNoYear?: number | null;
}

export interface ReadTargetGoal {
  title: string;
  items: ReadTargetItem[];
}

export interface TargetListRead {
  goals: ReadTargetGoal[];
  /** The sheet the list was read from. */
  source: string;
  /** The table on the sheet, header included: «A5:J30». */
  range: string;
  columns: ListColumnInfo[];
  warnings: string[];
  /** Years of the base, plan and actual columns, ascending. */
  years: number[];
  /** The planned-value column without a year, if the list has one. */
  undatedPlan: { header: string; cell: string } | null;
}

const GOAL_WORDS = /^(цель|цели|задача|задачи|подцель|направление)(?![а-я])/i;

let sharedMatcher: HeaderMatcher | null = null;
/** Built on first use: the catalogue's synonym index is not free and most sessions never need it. */
const matcher = (): HeaderMatcher => (sharedMatcher ??= new HeaderMatcher(CATALOGUE));

export function readTargetList(grid: GridLike, file: string): TargetListRead {
  const view = new SheetView(grid);
  const reader = new ListReader<TargetRole>(view, file, requireTable(view, file, TARGET_SPEC, "targets"));
  const { table } = reader;
  const titleCol = reader.col("title")!;
  const goalCol = reader.col("goal");
  const valueCols = table.columns.filter((c) => c.role === "unit" || c.role === "base" || c.role === "baseYear" || c.role === "plan" || c.role === "actual");
  const keys = new KeyBook();
  const goals: ReadTargetGoal[] = [{ title: "", items: [] }];
  const startGoal = (title: string): void => {
    // A goal heading right under another one (no items between) replaces it: a heading of headings.
    if (goals[goals.length - 1].items.length === 0) goals[goals.length - 1].title = title;
    else goals.push({ title, items: [] });
  };
  let lastGoalCell = "";
  let prefix: { number: string; text: string } | null = null;
  let last = table.bottom;

  for (const r of listRows(reader, table.firstData)) {
    const lead = reader.lead(r)!;
    const title = cleanTitle(reader.text(r, titleCol));
    const hasValues = valueCols.some((c) => cellText(view, r, c.column) !== "");
    if (!hasValues && reader.endsAt(lead, titleCol.column)) break;
    last = r;
    if (totalsKind(title || lead.text) !== null) continue;
    if (goalCol) {
      const m = view.merge(r, goalCol.column);
      const cell = m ? view.address(m.r1, m.c1) : view.address(r, goalCol.column);
      const text = cleanTitle(cellText(view, r, goalCol.column, true));
      if (text && cell !== lastGoalCell && text !== goals[goals.length - 1].title) {
        startGoal(text);
        lastGoalCell = cell;
      }
    }
    const number = reader.numberAt(r);
    if (title === "") {
      if (hasValues) reader.warn(view.range(r, table.left, r, table.right), "lists.row.noTitle");
      else if (!goalCol || lead.c !== goalCol.column) {
        const text = cleanTitle(lead.text);
        if (text && !/^[\d.\s]+$/.test(text)) startGoal(text);
      }
      continue;
    }
    if (!hasValues) {
      if (/:\s*$/.test(reader.text(r, titleCol))) {
        prefix = { number, text: title.replace(/:\s*$/, "") };
        continue;
      }
      if (mergedAcross(view, r, table.left, table.right) || GOAL_WORDS.test(title) || (number && isChildNumber(number, reader.nextNumber(r)))) {
        startGoal(withNumber(number, title));
        prefix = null;
        continue;
      }
    }
    if (prefix && !(prefix.number ? isChildNumber(prefix.number, number) : number === "")) prefix = null;
    const fullTitle = prefix ? `${prefix.text} ${title}` : title;
    goals[goals.length - 1].items.push(readItem(reader, r, fullTitle, keys));
  }

  const found = goals.filter((g) => g.items.length > 0);
  if (found.length === 0) {
    const where = { file, sheet: view.name, cell: table.columns.find((c) => c.role === "title")!.cell };
    throw new UserError(`${placeText(where)}: ${t("lists.targets.empty", { range: reader.range(last) })}`, where);
  }
  const undated = table.columns.find((c) => c.role === "plan" && c.year === null);
  const years = [...new Set(table.columns.filter((c) => c.year !== null).map((c) => c.year as number))].sort((a, b) => a - b);
  return {
    goals: found, source: view.name, range: reader.range(last), columns: reader.columnsInfo(), warnings: reader.warnings, years,
    undatedPlan: undated ? { header: undated.header, cell: undated.cell } : null,
  };
}

function readItem(reader: ListReader<TargetRole>, r: number, title: string, keys: KeyBook): ReadTargetItem {
  const titleCell = reader.view.address(r, reader.col("title")!.column);
  const indicator = matchTitle(reader, title, titleCell);
  const values = readTargetValues(reader, r, title, indicator);
  const direction = decideDirection(reader, titleCell, title, indicator, values.base, values.plan, values.plannedNoYear);
  return {
    key: keys.unique(indicator ? indicator.id : slugOf(title)),
    ...(indicator ? { indicatorId: indicator.id } : {}),
    title,
    unit: values.unit,
    direction,
    base: values.base,
    baseYear: values.baseYear,
    plan: values.plan,
    ...(values.actual ? { actual: values.actual } : {}),
    ...(values.plannedNoYear !== undefined ? { plannedNoYear: values.plannedNoYear } : {}),
  };
}

/** The catalogue indicator a title names, at the importer's threshold; school and place fields never. */
function matchTitle(reader: ListReader<TargetRole>, title: string, cell: string): Indicator | null {
  const match = matcher().match(title);
  const indicator = match.indicatorId ? indicatorById(match.indicatorId) : undefined;
  if (indicator && indicator.group !== "identity") return indicator;
  const candidate = match.ambiguous && match.candidate ? indicatorById(match.candidate.indicatorId) : undefined;
  if (candidate && candidate.group !== "identity") {
    reader.warn(cell, "lists.match.ambiguous", { title: shortTitle(title), candidate: shortTitle(candidate.title.ru) });
  }
  return null;
}

/**
 * The catalogue's direction when it has one; else base → last plan (or first → last plan without a
 * base); else rising, reported. A catalogue direction the values contradict is kept and reported.
 */
function decideDirection(
  reader: ListReader<TargetRole>, cell: string, title: string, indicator: Indicator | null,
  base: number | null, plan: Record<number, number | null>, undated: number | null | undefined,
): TargetItem["direction"] {
  const planned = Object.keys(plan).map(Number).sort((a, b) => a - b).map((y) => plan[y]).filter((v): v is number => v !== null);
  if (undated !== undefined && undated !== null) planned.push(undated);
  const from = base ?? (planned.length > 1 ? planned[0] : null);
  const to = planned.length ? planned[planned.length - 1] : null;
  const inferred = from !== null && to !== null && from !== to ? (to > from ? "up" : "down") : null;
  const known = indicator && indicator.direction !== "none" ? indicator.direction : null;
  if (known) {
    if (inferred && inferred !== known) {
      reader.warn(cell, known === "up" ? "lists.direction.conflictUp" : "lists.direction.conflictDown", { title: shortTitle(title) });
    }
    return known;
  }
  if (inferred) return inferred;
  reader.warn(cell, "lists.direction.assumed", { title: shortTitle(title) });
  return "up";
}

/**
 * Puts each planned value read without a year under `year` (the program's last year, as templates do),
 * unless the item already has a plan for that year; returns plain goals and a note naming the column.
 */
export function placeUndatedPlan(list: TargetListRead, year: number, file: string): { goals: TargetGoal[]; warnings: string[] } {
  let placed = 0;
  const goals = list.goals.map((g) => ({
    title: g.title,
    items: g.items.map(({ plannedNoYear, ...item }): TargetItem => {
      if (plannedNoYear === undefined || (item.plan[year] !== undefined && item.plan[year] !== null)) return item;
      if (plannedNoYear !== null) placed++;
      return { ...item, plan: { ...item.plan, [year]: plannedNoYear } };
    }),
  }));
  const warnings: string[] = [];
  if (list.undatedPlan && placed > 0) {
    const where = placeText({ file, sheet: list.source, cell: list.undatedPlan.cell });
    warnings.push(`${where}: ${t("lists.plan.undated", { header: list.undatedPlan.header, year, count: placed })}`);
  }
  return { goals, warnings };
}
