/**
 * A methodologist's own plan or roadmap read from a sheet (seed 000 plan, seed 001 table 4, seed 002
 * monitoring roadmap, seed 004 measures by stage): stages and their measures with executor, deadline,
 * result, report format and funding, texts kept as written.
 *
 * Stage rows: a stage column («Этапы», seed 004) whose text changes; or a row without executor, result,
 * format or funding whose text is merged across the table, sits left of the title column (seed 000,
 * seed 001), names a stage («I этап …», «Раздел …», «Задача …»), or carries a number that the next
 * row's number extends («1» over «1.1», seed 002). A period written on a stage row («февраль – март
 * 2018 год») joins its title and is the deadline of its measures that have none, as the seed reads.
 * A measure cell holding «1.1. … 1.2. …» (seed 004) is split, and so are its executor and deadline cells
 * when they have one line per measure.
 */
import { fromExcelSerial, formatDayDate, parseDeadline } from "../core/deadlines";
import { isCellError, UserError } from "../core/errors";
import type { RoadmapMeasure, RoadmapStage } from "../core/templates/types";
import { t } from "../i18n";
import { SheetView, type GridLike } from "./grid";
import { placeText, quote } from "./issues";
import { totalsKind } from "./tables";
import { cleanTitle, listRows, ListReader, requireTable, shortTitle, withNumber, type ListColumnInfo } from "./userListCommon";
import { KeyBook, slugOf } from "./userListKeys";
import { PLAN_SPEC, type PlanRole } from "./userListRoles";
import { cellText, isChildNumber, ITEM_NUMBER, mergedAcross } from "./userListTable";

export interface PlanListRead {
  stages: RoadmapStage[];
  source: string;
  range: string;
  columns: ListColumnInfo[];
  warnings: string[];
}

const STAGE_WORDS = /^(?:(?:[IVXLC]+|\d+(?:\.\d+)*)\.?\s*(?:[-–—]\s*)?)?(?:раздел|задача|направление|блок|цель|основное мероприятие)(?![а-яё])|(?<![а-яё])этап(?![а-яё])/i;
// Only whether a deadline can be read is checked here; the roadmap builder reads it with the program's year.
const ANY_YEAR = 2020;
const FIELDS = ["executor", "deadline", "result", "reportFormat", "funding"] as const;
type Field = (typeof FIELDS)[number];

interface Stage {
  title: string;
  /** A period written on the stage row and its cell: the deadline of measures without one. */
  period: { text: string; cell: string } | null;
  measures: RoadmapMeasure[];
}

export function readPlanList(grid: GridLike, file: string): PlanListRead {
  const view = new SheetView(grid);
  const reader = new ListReader<PlanRole>(view, file, requireTable(view, file, PLAN_SPEC, "plan"));
  const { table } = reader;
  const titleCol = reader.col("title")!;
  const stageCol = reader.col("stage");
  const keys = new KeyBook();
  const stages: Stage[] = [{ title: "", period: null, measures: [] }];
  const deadlineCells = new Map<RoadmapMeasure, string>();
  const startStage = (text: string, period: Stage["period"]): void => {
    const title = period && !text.includes(period.text) ? `${text} (${period.text})` : text;
    // A stage heading right under another one (no measures between) replaces it: a heading of headings.
    if (stages[stages.length - 1].measures.length === 0) stages[stages.length - 1] = { title, period, measures: [] };
    else stages.push({ title, period, measures: [] });
  };
  const fieldText = (r: number, field: Field): string => deadlineText(view, r, reader.col(field)?.column);
  const others = (r: number): boolean => FIELDS.some((f) => f !== "deadline" && fieldText(r, f) !== "");
  let lastStageCell = "";
  let lastStageText = "";
  let last = table.bottom;

  for (const r of listRows(reader, table.firstData)) {
    const lead = reader.lead(r)!;
    const number = reader.numberAt(r);
    const title = reader.text(r, titleCol);
    if (number === "" && lead.c <= titleCol.column && reader.endsAt(lead, titleCol.column)) break;
    last = r;
    if (totalsKind(title || lead.text) !== null) continue;
    if (stageCol) {
      const m = view.merge(r, stageCol.column);
      const cell = m ? view.address(m.r1, m.c1) : view.address(r, stageCol.column);
      const text = cleanTitle(cellText(view, r, stageCol.column, true));
      if (text && cell !== lastStageCell && text !== lastStageText) {
        startStage(withNumber(number, text), null);
        lastStageCell = cell;
        lastStageText = text;
      }
    }
    const deadline = fieldText(r, "deadline");
    const deadlineCol = reader.col("deadline");
    const ownPeriod = deadline && deadlineCol ? { text: deadline, cell: view.address(r, deadlineCol.column) } : null;
    if (!stageCol || lead.c !== stageCol.column) {
      const leftText = lead.c < titleCol.column && !ITEM_NUMBER.test(lead.text) ? cleanTitle(lead.text) : "";
      if (title === "" && leftText) {
        startStage(leftText, ownPeriod ?? periodIn(view, r, lead.c, table.right));
        continue;
      }
      const stageLike = mergedAcross(view, r, table.left, table.right) || STAGE_WORDS.test(title) || (number !== "" && isChildNumber(number, reader.nextNumber(r)));
      if (title !== "" && !others(r) && stageLike) {
        startStage(withNumber(number, cleanTitle(title)), ownPeriod);
        continue;
      }
    }
    const measures = stages[stages.length - 1].measures;
    if (title === "") {
      const previous = number === "" ? measures[measures.length - 1] : undefined;
      if (!previous) {
        if (others(r) || deadline) reader.warn(view.range(r, table.left, r, table.right), "lists.plan.noTitle");
        continue;
      }
      // The rest of a measure written over two rows: its texts continue the measure above.
      for (const f of FIELDS) {
        const more = fieldText(r, f);
        if (more && reader.col(f)) previous[f] = [previous[f] ?? "", more].filter(Boolean).join(" ");
      }
      reader.warn(view.range(r, table.left, r, table.right), "lists.plan.continued", { title: shortTitle(previous.title) });
      continue;
    }
    for (const m of splitMeasures(title, (f) => fieldText(r, f), reader.col("funding") !== undefined)) {
      const measure: RoadmapMeasure = { ...m, key: keys.unique(slugOf(m.title)) };
      if (measure.deadline !== "" && deadlineCol) deadlineCells.set(measure, view.address(r, deadlineCol.column));
      measures.push(measure);
    }
  }

  const found = stages.filter((s) => s.measures.length > 0);
  if (found.length === 0) {
    const where = { file, sheet: view.name, cell: titleCol.cell };
    throw new UserError(`${placeText(where)}: ${t("lists.plan.empty", { range: reader.range(last) })}`, where);
  }
  for (const stage of found) {
    for (const m of stage.measures) {
      if (m.deadline !== "" || !stage.period) continue;
      m.deadline = stage.period.text;
      deadlineCells.set(m, stage.period.cell);
    }
  }
  reportUnreadable(reader, found, deadlineCells);
  return {
    stages: found.map((s) => ({ title: s.title, measures: s.measures })),
    source: view.name, range: reader.range(last), columns: reader.columnsInfo(), warnings: reader.warnings,
  };
}

/** A deadline as written; a date cell as «dd.mm.yyyy» (a serial number when the file lost its format). */
function deadlineText(view: SheetView, r: number, c: number | undefined): string {
  if (c === undefined) return "";
  const raw = view.value(r, c);
  if (typeof raw === "number" && Number.isInteger(raw) && raw >= 25000 && raw <= 60000) return formatDayDate(fromExcelSerial(raw));
  return typeof raw === "number" ? quote(raw) : cellText(view, r, c);
}

/** The other text of a stage row (seed 000 writes the stage's period a few cells to the right). */
function periodIn(view: SheetView, r: number, from: number, right: number): Stage["period"] {
  const c = view.filled(r).find((x) => x > from && x <= right);
  return c === undefined ? null : { text: cellText(view, r, c).replace(/\s+/g, " "), cell: view.address(r, c) };
}

const SUB_NUMBER = /(^|[\s;:.,>)])(\d{1,2})\.(\d{1,2})\.?(?=\s*[^\d\s.])/g;

/** «1.1. … 1.2. … 1.3. …» in one cell: the parts, when numbered in order from x.1; else null. */
export function splitNumbered(text: string): { number: string; text: string }[] | null {
  const marks: { at: number; start: number; major: string; minor: number }[] = [];
  for (const m of text.matchAll(SUB_NUMBER)) {
    const at = (m.index ?? 0) + m[1].length;
    const minor = Number(m[3]);
    const prev = marks[marks.length - 1];
    if (prev ? m[2] === prev.major && minor === prev.minor + 1 : at === 0 && minor === 1) {
      marks.push({ at, start: (m.index ?? 0) + m[0].length, major: m[2], minor });
    }
  }
  if (marks.length < 2) return null;
  return marks.map((mark, i) => ({ number: `${mark.major}.${mark.minor}`, text: text.slice(mark.start, marks[i + 1]?.at ?? text.length).trim() }));
}

function splitMeasures(title: string, field: (f: Field) => string, withFunding: boolean): Omit<RoadmapMeasure, "key">[] {
  const parts = splitNumbered(title) ?? [{ number: "", text: title }];
  const values = Object.fromEntries(FIELDS.map((f) => {
    const text = field(f);
    const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
    return [f, parts.length > 1 && lines.length === parts.length ? lines : parts.map(() => text)];
  })) as Record<Field, string[]>;
  return parts.map((p, i) => ({
    title: p.text.replace(/[ \t]+/g, " "),
    executor: values.executor[i],
    deadline: values.deadline[i],
    result: values.result[i],
    reportFormat: values.reportFormat[i],
    ...(withFunding ? { funding: values.funding[i] } : {}),
  }));
}

/** One note for all deadlines core/deadlines cannot read, naming their cells (they stay as written). */
function reportUnreadable(reader: ListReader<PlanRole>, stages: RoadmapStage[], cells: Map<RoadmapMeasure, string>): void {
  const bad = new Map<string, string>();
  for (const stage of stages) {
    for (const m of stage.measures) {
      const cell = cells.get(m);
      if (cell && m.deadline !== "" && isCellError(parseDeadline(m.deadline, ANY_YEAR))) bad.set(cell, m.deadline);
    }
  }
  if (bad.size === 0) return;
  const list = [...bad.keys()];
  reader.warn(list.slice(0, 8).join(", ") + (list.length > 8 ? "…" : ""), "lists.deadline.unreadable", {
    count: bad.size, example: [...bad.values()][0],
  });
}
