/**
 * Target cases for the formula tests (HyperFormula and LibreOffice): base, plans and actuals for
 * 2020–2021, and what core/formulas.ts says about them with the sheet's conventions (blank, «—»).
 */
import { isCellError, type CellError } from "../../src/core/errors";
import { fulfillment, progress, targetStatus, type TrendDirection } from "../../src/core/formulas";
import type { TargetItem } from "../../src/core/templates/types";
import { t } from "../../src/i18n";

const U = "—";

export interface Case {
  name: string;
  base: number | null;
  direction: "up" | "down" | "none";
  plan: Record<number, number | null>;
  actual: Record<number, number | null>;
}

// Years 2020–2021; the final plan is the last year with a value.
export const CASES: Case[] = [
  { name: "rising, half way", base: 0.25, direction: "up", plan: { 2021: 1 }, actual: { 2021: 0.5 } },
  { name: "falling toward 0", base: 0.15, direction: "down", plan: { 2020: 0.1, 2021: 0 }, actual: { 2021: 0.05 } },
  { name: "falling target 0 met exactly", base: 0.15, direction: "down", plan: { 2021: 0 }, actual: { 2021: 0 } },
  { name: "falling, actual 0 under a plan above 0", base: 0.22, direction: "down", plan: { 2021: 0.16 }, actual: { 2021: 0 } },
  { name: "base = target, rising, kept", base: 1, direction: "up", plan: { 2021: 1 }, actual: { 2021: 1 } },
  { name: "base = target, no direction", base: 100, direction: "none", plan: { 2021: 100 }, actual: { 2021: 90 } },
  { name: "base = target, falling, worse (seed 002 vacancies)", base: 0.02, direction: "down", plan: { 2020: 0.05, 2021: 0.02 }, actual: { 2020: 0.04 } },
  { name: "no actual yet", base: 5, direction: "up", plan: { 2021: 15 }, actual: {} },
  { name: "no base", base: null, direction: "up", plan: { 2021: 0.75 }, actual: { 2020: 0.5, 2021: 0.6 } },
  { name: "rising, plan of the year is 0", base: 0, direction: "up", plan: { 2020: 0, 2021: 1 }, actual: { 2020: 0 } },
  { name: "rising, worse than base", base: 50, direction: "up", plan: { 2021: 60 }, actual: { 2021: 45 } },
  { name: "tolerance: 0.1 + 0.2 equals base 0.3", base: 0.3, direction: "up", plan: { 2021: 0.5 }, actual: { 2021: 0.1 + 0.2 } },
  { name: "beyond the target", base: 10, direction: "up", plan: { 2021: 20 }, actual: { 2021: 25 } },
  { name: "no plan in the latest actual's year", base: 10, direction: "up", plan: { 2021: 20 }, actual: { 2020: 12 } },
  { name: "direction from base → target when none is given", base: 10, direction: "none", plan: { 2021: 5 }, actual: { 2021: 8 } },
  { name: "template says up, target falls (status follows base → target)", base: 10, direction: "up", plan: { 2021: 5 }, actual: { 2021: 8 } },
];

export const caseItems = (): TargetItem[] =>
  CASES.map((c, i) => ({ key: `case${i}`, title: c.name, unit: "ratio", direction: c.direction, base: c.base, baseYear: 2019, plan: c.plan, actual: c.actual }));

/** Expected values straight from core/formulas.ts, with the sheet's conventions (blank, «—»). */
export function expected(c: Case): Record<string, string | number> {
  const years = [2020, 2021].filter((y) => typeof c.actual[y] === "number");
  if (!years.length) return { latest: "", latestYear: "", progress: "", fulfillment: "", status: "" };
  const year = years[years.length - 1];
  const actual = c.actual[year] as number;
  const target = [2021, 2020].map((y) => c.plan[y]).find((v) => typeof v === "number") ?? null;
  const dir: TrendDirection | undefined = c.direction === "none" ? undefined : c.direction;
  const or = <T,>(r: T | CellError): T | string => (isCellError(r) ? U : r);
  const fulfilDir = dir ?? (c.base === null || target === null || c.base === target ? undefined : target > c.base ? "up" : "down");
  const yearPlan = c.plan[year];
  const status = c.base === null || target === null ? U : or(targetStatus(c.base, target, actual, dir));
  return {
    latest: actual,
    latestYear: year,
    progress: c.base === null || target === null ? U : or(progress(c.base, target, actual)),
    fulfillment: typeof yearPlan !== "number" || !fulfilDir ? U : or(fulfillment(yearPlan, actual, fulfilDir)),
    status: status === U ? U : t(`target.${status as "reached"}`),
  };
}

