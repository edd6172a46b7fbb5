/**
 * Columns and row formulas of the target-indicator sheet, shared by the builder (targets.ts) and the
 * rebuild. Every computed cell is a live formula over its own row with a cached result from
 * core/formulas.ts, so the sheet and the custom functions never disagree.
 *
 * Hidden helper columns (right of «Примечание»):
 * - key: the item key (meta.keyColumn);
 * - dir: the indicator's direction from the catalogue/template, 1 rising, -1 falling, blank for none;
 * - target: the final planned value (the last year with a plan);
 * - sign: the direction status uses, as targetStatus decides it: base → target, or dir when equal;
 * - yearPlan: the plan of the latest actual value's year (fulfilment compares with it).
 */
import type { Unit } from "../core/catalogue/types";
import { isCellError } from "../core/errors";
import { fulfillment, progress, targetStatus, type TargetStatus, type TrendDirection } from "../core/formulas";
import { t, type Locale } from "../i18n";
import { cached, lastNumber, lastNumeric, num, ref, rowRange, same, sameExpr, str, unitFormat } from "./formulas";
import { FILL, KEY, type ColumnSpec, type RowCells, type RowModel } from "./layout";
import type { CellStyle, CellValue, PlanCell } from "./sheetPlan";

/** Which achievement measures the sheet shows (DOMAIN §3: both conventions are in use). */
export type TargetMode = "both" | "progress" | "fulfillment";

export interface TargetParams {
  fromYear: number;
  toYear: number;
  mode: TargetMode;
  locale: Locale;
}

const UNITS: Unit[] = ["percent", "count", "people", "score", "mark", "ratio", "years", "hours", "rubles", "flag", "level", "text"];
const RATE = "0.0%";

export const unitLabel = (unit: Unit, locale: Locale): string => t(`reports.unit.${unit}`, {}, locale);
/** The unit a label stands for (rows appended by a rebuild know their unit only by its label). */
export const unitOf = (label: CellValue, locale: Locale): Unit | null =>
  UNITS.find((u) => unitLabel(u, locale) === label) ?? null;

export const years = (p: Pick<TargetParams, "fromYear" | "toYear">): number[] =>
  Array.from({ length: p.toYear - p.fromYear + 1 }, (_, i) => p.fromYear + i);

export function targetColumns(p: TargetParams): ColumnSpec[] {
  const tr = (key: Parameters<typeof t>[0]) => t(key, {}, p.locale);
  const center: CellStyle = { hAlign: "center" };
  const yearly = (prefix: "plan" | "actual", group: string, input: boolean): ColumnSpec[] =>
    years(p).map((y) => ({
      key: `${prefix}:${y}`, header: t("reports.year", { year: y }, p.locale), group, width: 9, input,
      style: input && prefix === "actual" ? { fill: FILL.input } : {},
    }));
  const show = (m: TargetMode) => p.mode === "both" || p.mode === m;
  return [
    { key: "no", header: tr("reports.no"), width: 5, style: center },
    { key: "title", header: tr("reports.targets.name"), width: 42 },
    { key: "unit", header: tr("reports.targets.unit"), width: 11, style: center },
    // Base and plan are the district's own numbers once edited: kept on rebuild, but not filled.
    { key: "base", header: tr("reports.targets.base"), width: 10, input: true },
    { key: "baseYear", header: tr("reports.targets.baseYear"), width: 9, input: true, style: { ...center, numberFormat: "0" } },
    ...yearly("plan", tr("reports.targets.plan"), true),
    ...yearly("actual", tr("reports.targets.actual"), true),
    { key: "latest", header: tr("reports.targets.latest"), width: 13 },
    { key: "latestYear", header: tr("reports.targets.latestYear"), width: 11, style: { ...center, numberFormat: "0" } },
    // Centred: a rate and the «—» of an undefined one line up.
    ...(show("progress") ? [{ key: "progress", header: tr("reports.targets.progress"), width: 12, style: { ...center, numberFormat: RATE } }] : []),
    ...(show("fulfillment") ? [{ key: "fulfillment", header: tr("reports.targets.fulfillment"), width: 12, style: { ...center, numberFormat: RATE } }] : []),
    { key: "status", header: tr("reports.targets.status"), width: 14, style: center },
    { key: "note", header: tr("reports.note"), width: 22, input: true, style: { fill: FILL.input } },
    { key: KEY, header: tr("reports.key"), width: 14, hidden: true },
    { key: "dir", header: tr("reports.targets.dir"), width: 8, hidden: true },
    { key: "target", header: tr("reports.targets.target"), width: 10, hidden: true },
    { key: "sign", header: tr("reports.targets.sign"), width: 8, hidden: true },
    { key: "yearPlan", header: tr("reports.targets.yearPlan"), width: 10, hidden: true },
  ];
}

const COMPUTED = ["latest", "latestYear", "progress", "fulfillment", "status", "target", "sign", "yearPlan"];
const NOT = (x: string) => `NOT(ISNUMBER(${x}))`;

export function targetModel(p: TargetParams): RowModel {
  const columns = targetColumns(p);
  const index = new Map(columns.map((c, i) => [c.key, i + 1]));
  const ys = years(p);
  const U = t("reports.undefined", {}, p.locale);
  const statusText = (s: TargetStatus) => t(`target.${s}`, {}, p.locale);

  function compute(row: number, lit: ReadonlyMap<string, CellValue>): RowCells {
    const at = (key: string) => ref(index.get(key) as number, row);
    const B = at("base"), T = at("target"), S = at("sign"), L = at("latest"), LY = at("latestYear"), Q = at("yearPlan");
    const D = at("dir");
    const planRefs = ys.map((y) => at(`plan:${y}`));
    const actualRefs = ys.map((y) => at(`actual:${y}`));
    const planRow = rowRange(row, index.get(`plan:${ys[0]}`) as number, index.get(`plan:${ys[ys.length - 1]}`) as number);

    // Cached results from the same numbers with the core functions.
    const base = num(lit.get("base"));
    const dirValue = num(lit.get("dir"));
    const dir: TrendDirection | undefined = dirValue === 1 ? "up" : dirValue === -1 ? "down" : undefined;
    const plans = ys.map((y) => lit.get(`plan:${y}`) ?? null);
    const last = lastNumeric(ys.map((y) => lit.get(`actual:${y}`) ?? null));
    const target = lastNumeric(plans)?.value ?? null;
    const sign = base === null || target === null ? null : same(target, base) ? (dirValue === 1 || dirValue === -1 ? dirValue : null) : Math.sign(target - base);
    const yearPlan = last ? num(plans[last.index]) : null;
    const fulfilDir = dir ?? (sign === 1 ? "up" : sign === -1 ? "down" : undefined);
    const actual = last?.value ?? null;

    const cells: Record<string, PlanCell> = {
      target: { formula: lastNumber(planRefs, planRefs), result: target ?? "" },
      sign: {
        formula: `IF(OR(${NOT(B)},${NOT(T)}),"",IF(${sameExpr(T, B)},IF(ISNUMBER(${D}),${D},""),SIGN(${T}-${B})))`,
        result: sign ?? "",
      },
      latest: { formula: lastNumber(actualRefs, actualRefs), result: actual ?? "" },
      latestYear: { formula: lastNumber(actualRefs, ys.map(String)), result: last ? ys[last.index] : "" },
      yearPlan: {
        formula: `IF(ISNUMBER(${LY}),IF(ISNUMBER(INDEX(${planRow},1,${LY}-${ys[0] - 1})),INDEX(${planRow},1,${LY}-${ys[0] - 1}),""),"")`,
        result: yearPlan ?? "",
      },
    };
    if (index.has("progress")) {
      cells.progress = {
        formula: `IF(${NOT(L)},"",IF(OR(${NOT(B)},${NOT(T)}),${str(U)},IF(${sameExpr(T, B)},${str(U)},(${L}-${B})/(${T}-${B}))))`,
        result: actual === null ? "" : base === null || target === null ? U : cached(progress(base, target, actual), U),
      };
    }
    if (index.has("fulfillment")) {
      const E = `IF(ISNUMBER(${D}),${D},${S})`;
      cells.fulfillment = {
        formula:
          `IF(${NOT(L)},"",IF(OR(${NOT(Q)},${NOT(E)}),${str(U)},IF(${E}=1,IF(${Q}=0,${str(U)},${L}/${Q}),` +
          `IF(${L}=0,IF(${Q}=0,1,${str(U)}),${Q}/${L}))))`,
        result: actual === null ? "" : yearPlan === null || !fulfilDir ? U : cached(fulfillment(yearPlan, actual, fulfilDir), U),
      };
    }
    let status: CellValue = "";
    if (actual !== null) {
      const result = base === null || target === null ? null : targetStatus(base, target, actual, dir);
      status = result === null || isCellError(result) ? U : statusText(result);
    }
    cells.status = {
      formula:
        `IF(${NOT(L)},"",IF(${NOT(S)},${str(U)},IF(OR(${sameExpr(L, T)},${S}*(${L}-${T})>0),${str(statusText("reached"))},` +
        `IF(${sameExpr(L, B)},${str(statusText("unchanged"))},IF(${S}*(${L}-${B})>0,${str(statusText("improved"))},${str(statusText("worsened"))})))))`,
      result: status,
    };

    const format = unitFormat(unitOf(lit.get("unit") ?? null, p.locale));
    const styles: Record<string, CellStyle> = {};
    if (format) {
      for (const key of ["base", ...ys.flatMap((y) => [`plan:${y}`, `actual:${y}`]), "latest", "target", "yearPlan"]) {
        styles[key] = { numberFormat: format };
      }
    }
    return { cells, styles };
  }

  return { columns, computed: new Set(COMPUTED), compute };
}
