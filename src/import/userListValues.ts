/**
 * The values of one target-indicator row: unit, base (and its year), plan and actual by year.
 *
 * Unit: the unit column when it names one («%», «Процент» -> percent; «ед.», «Единица» -> count;
 * «чел.» -> people; «балл» -> score; …); else the catalogue indicator's; else what the title says
 * («Доля …» -> percent, «Количество …» -> count, «… балл» -> score); else percent when a value is
 * written with «%»; else count when every value is whole (most own indicators are «Наличие …»,
 * «Количество …»), ratio otherwise so that 1,7 is not shown as 2.
 *
 * Shares (percent unit), row by row: «25%» is 0.25; when any plain number of the row is above 1 the row
 * is written in percent and every plain number is divided by 100 (each such cell is reported); when
 * none is, plain numbers are fractions already (0,64). Above 100% or below 0: left empty, reported.
 */
import type { Indicator, Unit } from "../core/catalogue/types";
import { readNumber } from "../core/numbers";
import { t, type MessageKey } from "../i18n";
import { unitHint } from "./headers";
import { num, pct, quote } from "./issues";
import { basicNormalise, yearIn } from "./text";
import { shortTitle, type ListReader } from "./userListCommon";
import type { TargetRole } from "./userListRoles";
import { cellText, type ListColumn } from "./userListTable";
import { percentToFraction } from "../core/numbers";

export interface TargetValues {
  unit: Unit;
  base: number | null;
  baseYear: number | null;
  plan: Record<number, number | null>;
  actual?: Record<number, number | null>;
  plannedNoYear?: number | null;
}

interface Reading {
  column: ListColumn<TargetRole>;
  cell: string;
  raw: string;
  number: number | null;
  percent: boolean;
  value: number | null;
}

const UNIT_WORDS: [RegExp, Unit][] = [
  [/%|процент|доля/, "percent"],
  [/^(ед|единиц|шт|штук|количеств|число|наличие)/, "count"],
  [/^чел|человек/, "people"],
  [/балл/, "score"],
  [/коэф|индекс|отношени/, "ratio"],
  [/^(лет|год)/, "years"],
  [/^час/, "hours"],
  [/руб/, "rubles"],
  [/^да\s*\/\s*нет$/, "flag"],
  [/отметк/, "mark"],
  [/уровен/, "level"],
];

export function unitFromText(text: string): Unit | null {
  const normalised = basicNormalise(text);
  return UNIT_WORDS.find(([pattern]) => pattern.test(normalised))?.[1] ?? null;
}

const unitName = (unit: Unit): string => t(`reports.unit.${unit}` as MessageKey);

export function readTargetValues(reader: ListReader<TargetRole>, r: number, title: string, indicator: Indicator | null): TargetValues {
  const { view } = reader;
  const name = shortTitle(title);
  const readings: Reading[] = [];
  for (const column of reader.table.columns) {
    if (column.role !== "base" && column.role !== "plan" && column.role !== "actual") continue;
    const cell = view.address(r, column.column);
    const raw = view.value(r, column.column);
    const n = readNumber(raw);
    if (n.kind === "invalid") reader.warn(cell, "lists.value.notNumber", { value: quote(raw), title: name });
    const number = n.kind === "number" ? n.value : null;
    readings.push({ column, cell, raw: quote(raw), number, percent: n.kind === "number" && n.percent, value: number });
  }

  const unitCol = reader.col("unit");
  const unitText = reader.text(r, unitCol);
  const written = unitText ? unitFromText(unitText) : null;
  const hint = unitHint(title);
  const numbers = readings.filter((x) => x.number !== null);
  const unit: Unit = written ?? indicator?.unit ?? hint
    ?? (numbers.some((x) => x.percent) ? "percent" : numbers.every((x) => Number.isInteger(x.number)) ? "count" : "ratio");
  if (unitText && !written) reader.warn(view.address(r, unitCol!.column), "lists.unit.unknown", { text: unitText, title: name, unit: unitName(unit) });

  if (unit === "percent") scaleShares(reader, numbers, name, written !== null);
  else {
    for (const x of numbers) {
      if (!x.percent) continue;
      x.value = percentToFraction(x.number!);
      if (unit !== "ratio") reader.warn(x.cell, "lists.value.percentInUnit", { value: x.raw, title: name, unit: unitName(unit), share: num(x.value) });
    }
  }

  const out: TargetValues = { unit, base: null, baseYear: null, plan: {} };
  const bases = readings.filter((x) => x.column.role === "base").sort((a, b) => (a.column.year ?? 0) - (b.column.year ?? 0));
  for (const x of bases) {
    if (x.value === null) continue;
    out.base = x.value;
    out.baseYear = x.column.year;
  }
  if (out.base !== null && out.baseYear === null) out.baseYear = baseYearAt(reader, r, name);
  for (const x of readings) {
    if (x.column.role === "plan") {
      if (x.column.year === null) out.plannedNoYear = x.value;
      else out.plan[x.column.year] = x.value;
    } else if (x.column.role === "actual" && x.column.year !== null) {
      (out.actual ??= {})[x.column.year] = x.value;
    }
  }
  return out;
}

function scaleShares(reader: ListReader<TargetRole>, numbers: Reading[], title: string, unitWritten: boolean): void {
  const inPercent = numbers.some((x) => !x.percent && x.number! > 1);
  const converted: Reading[] = [];
  const fractions: Reading[] = [];
  for (const x of numbers) {
    const asPercent = x.percent || inPercent ? x.number! : x.number! * 100;
    if (asPercent < 0 || asPercent > 100) {
      reader.warn(x.cell, "lists.value.shareOutOfRange", { value: x.raw, title });
      x.value = null;
      continue;
    }
    x.value = x.percent || inPercent ? percentToFraction(x.number!) : x.number;
    if (!x.percent && inPercent && x.number !== 0) converted.push(x);
    if (!x.percent && !inPercent && x.number !== 0) fractions.push(x);
  }
  if (converted.length) {
    reader.warn(converted.map((x) => x.cell).join(", "), "lists.value.percentRead", {
      title, values: converted.map((x) => x.raw).join("; "), shares: converted.map((x) => pct(x.value!)).join("; "),
    });
  }
  // «Процент» over 0,64 is odd enough to say how it was read: as 64%.
  if (fractions.length && unitWritten) {
    reader.warn(fractions.map((x) => x.cell).join(", "), "lists.value.fractionsRead", {
      title, values: fractions.map((x) => x.raw).join("; "), shares: fractions.map((x) => pct(x.value!)).join("; "),
    });
  }
}

/** The base year from a «Год» column: a year number or a text naming one year. */
function baseYearAt(reader: ListReader<TargetRole>, r: number, title: string): number | null {
  const column = reader.col("baseYear");
  if (!column) return null;
  const raw = reader.view.value(r, column.column);
  if (raw === null || cellText(reader.view, r, column.column) === "") return null;
  const year = typeof raw === "number" && Number.isInteger(raw) && raw >= 1990 && raw <= 2099 ? raw : yearIn(String(raw));
  if (year === null) reader.warn(reader.view.address(r, column.column), "lists.baseYear.bad", { value: quote(raw), title });
  return year;
}
