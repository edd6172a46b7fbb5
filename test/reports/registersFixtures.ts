/**
 * Hand-made inputs of the register, summary, diagnostics and monitoring tests (small enough to count by
 * hand), and a HyperFormula check that every formula of a set of plans computes its cached result.
 */
import { HyperFormula } from "hyperformula";
import type { StatusCode } from "../../src/core/classification/rules";
import { DEFAULT_STATUS_LABELS } from "../../src/core/classification/rules";
import type { ClassificationResult, Level, Reason, SchoolClassification } from "../../src/core/classification/types";
import { indicatorById } from "../../src/core/catalogue";
import type { DataColumn, Dataset, RecordValue, SchoolRecord } from "../../src/core/records";
import type { ProgramInfo } from "../../src/core/settings";
import { address, isFormula, type CellValue, type SheetPlan } from "../../src/reports/sheetPlan";

export const PROGRAM: ProgramInfo = { fromYear: 2024, toYear: 2026, region: "Смоленская область", department: "Отдел образования", appendixTo: "", targetTemplate: "", roadmapTemplate: "" };
export const LABELS = { ...DEFAULT_STATUS_LABELS };

export const reason = (rule: Reason["rule"], met: boolean | null, text: string): Reason =>
  ({ rule, indicator: null, met, value: null, threshold: null, year: 2024, text });

export function school(
  key: string, name: string, municipality: string | null, status: StatusCode, level: Level,
  indicators: Record<string, RecordValue>, extra: Partial<SchoolClassification> = {},
): SchoolClassification {
  return {
    key, school: name, municipality, status, label: LABELS[status], level, reasons: [], biased: false, resilient: false,
    weakBlocks: [], socialIndex: null, indicators, ...extra,
  };
}

function counts(schools: readonly SchoolClassification[]): Record<StatusCode, number> {
  const out: Record<StatusCode, number> = { low_results: 0, adverse_social: 0, both: 0, none: 0 };
  for (const s of schools) out[s.status]++;
  return out;
}

export const result = (year: number, schools: SchoolClassification[]): ClassificationResult =>
  ({ year, schools, rules: [], counts: counts(schools) });

const ind = (r: number, m: number, mean: number, kq: number, income: number, cluster: string): Record<string, RecordValue> => ({
  ege_below_min_russian: r, ege_below_min_math_profile: m, knowledge_quality: kq, ege_mean_russian: mean,
  share_low_income: income, cluster, flag_biased: null,
});

/**
 * 2024 classification of 8 schools. By municipality (hand count):
 * Альфинский: 3 schools — ШНОР 1, both 1 (program 2, crisis 2); Бетинский: 3 — ШНОР 1, ШНСУ 1 (program 2);
 * г. Гамма: 1 — ШНСУ 1; no municipality: 1 — none. Total 8: program 5, ШНОР 2, ШНСУ 2, both 1, crisis 2.
 */
export function registerResult(): ClassificationResult {
  return result(2024, [
    school("b3", "СОШ № 5", "Бетинский район", "none", "risk", ind(0.05, 0.1, 61, 0.45, 0.2, "сельская"), {
      reasons: [reason("lowResults", false, "Правило 30%: 0 из 2"), reason("level", true, "Зона риска: ухудшение результатов")], socialIndex: 0.2,
    }),
    school("a10", "Школа № 10", "Альфинский район", "low_results", "crisis", ind(0.35, 0.4, 52, 0.3, 0.1, "городская"), {
      reasons: [
        reason("socialIndex", false, "ИСБШ 1,4 — выше нижних 25%"),
        reason("lowResults", true, "Правило 30%: 2 из 2"),
        reason("biased", null, "Нет данных о необъективности"),
        reason("level", true, "Кризисная ситуация: 3 года подряд"),
      ],
      socialIndex: 1.4,
    }),
    school("a2", "Школа № 2", "Альфинский район", "both", "crisis", ind(0.5, 0.45, 40, 0.2, 0.4, "сельская"), {
      reasons: [reason("lowResults", true, "Правило 30%: 2 из 2"), reason("socialIndex", true, "ИСБШ −1,2 — в нижних 25%")], socialIndex: -1.2,
    }),
    school("a3", "Школа № 3", "Альфинский район", "none", "none", ind(0.02, 0.05, 70, 0.6, 0.15, "городская"), {
      reasons: [reason("lowResults", false, "Правило 30%: 0 из 2"), reason("level", false, "Ни один критерий не выполнен")], socialIndex: 0.9,
    }),
    school("b1", "Гимназия № 1", "Бетинский район", "adverse_social", "risk", ind(0.1, 0.12, 65, 0.55, 0.35, "городская"), {
      biased: true, socialIndex: -0.9, reasons: [reason("socialIndex", true, "ИСБШ −0,9 — в нижних 25%")],
    }),
    school("b2", "СОШ № 4", "Бетинский район", "low_results", "risk", ind(0.31, 0.33, 55, 0.35, 0.25, "сельская"), { socialIndex: 0.1 }),
    school("g1", "Лицей", "г. Гамма", "adverse_social", "risk", ind(0.0, 0.02, 78, 0.7, 0.3, "городская"), { resilient: true, socialIndex: -1 }),
    school("n1", "ООШ с. Дальнее", null, "none", "none", ind(0.08, 0.09, 58, 0.4, 0.2, "сельская"), { socialIndex: 0.3 }),
  ]);
}

const rec = (key: string, name: string, municipality: string, year: number | null, values: Record<string, RecordValue>): SchoolRecord =>
  ({ key, school: name, municipality, year, values, sources: [] });

/**
 * Data for the start diagnostics: 4 schools × 2022–2024 and year-less attribute records (share_ovz).
 * 2024 by hand: knowledge_quality 0.5, 0, 0.25, blank -> n 3, mean 0.25, max 0.5, min 0, zeros 1;
 * ege_mean_russian 60, 45, 70, 0 -> n 4, mean 43.75, max 70, min 0, zeros 1;
 * teacher_vacancies 2, 0, 0, 1 (and «н/д» in 2022) -> n 4, mean 0.75, zeros 2, max/min broken by the text;
 * share_ovz (year-less) 0.1, 0.05 -> n 2, mean 0.075, max 0.1, min 0.05, zeros 0.
 */
export function diagnosticsDataset(): Dataset {
  const schools = [["s1", "Школа № 1", "Альфинский район"], ["s2", "Школа № 2", "Альфинский район"], ["s3", "СОШ № 3", "Бетинский район"], ["s4", "Лицей", "г. Гамма"]];
  const data: Record<number, [RecordValue, RecordValue, RecordValue][]> = {
    2022: [[0.1, 50, "н/д"], [0.2, 40, 1], [0.3, 30, 0], [0.9, 99, 5]],
    2023: [[0.4, 55, 1], [0.1, 42, 0], [0.2, 65, 0], [null, 80, 2]],
    2024: [[0.5, 60, 2], [0, 45, 0], [0.25, 70, 0], [null, 0, 1]],
  };
  const records: SchoolRecord[] = [];
  for (const year of [2022, 2023, 2024]) {
    schools.forEach(([key, name, mun], i) => {
      const [kq, mean, vac] = data[year][i];
      records.push(rec(key, name, mun, year, { knowledge_quality: kq, ege_mean_russian: mean, teacher_vacancies: vac, has_psychologist: true, cluster: "сельская", "col:своё": 7 }));
    });
  }
  records.push(rec("s1", "Школа № 1", "Альфинский район", null, { share_ovz: 0.1 }), rec("s3", "СОШ № 3", "Бетинский район", null, { share_ovz: 0.05 }));
  const ids = ["knowledge_quality", "ege_mean_russian", "teacher_vacancies", "share_ovz", "has_psychologist", "cluster", "col:своё"];
  const columns: DataColumn[] = ids.map((id) => ({ key: id, title: indicatorById(id)?.title.ru ?? "Своё", indicatorId: indicatorById(id) ? id : null }));
  return { records, columns };
}

/**
 * Every formula of `plans` computed by HyperFormula next to its cached result. HyperFormula evaluates
 * array arithmetic (SUMPRODUCT of comparisons) only with useArrayArithmetic.
 */
export function evaluatePlans(plans: readonly SheetPlan[]): { sheet: string; cell: string; cached: CellValue; computed: unknown }[] {
  const sheets: Record<string, (string | number | boolean | null)[][]> = {};
  for (const plan of plans) {
    sheets[plan.name] = plan.cells.map((row) => row.map((c) => (isFormula(c) ? `=${c.formula}` : typeof c === "string" && c.startsWith("=") ? `'${c}` : c)));
  }
  const hf = HyperFormula.buildFromSheets(sheets, { licenseKey: "gpl-v3", smartRounding: false, useArrayArithmetic: true });
  const out: { sheet: string; cell: string; cached: CellValue; computed: unknown }[] = [];
  for (const plan of plans) {
    const sheet = hf.getSheetId(plan.name) as number;
    plan.cells.forEach((row, r) => row.forEach((c, col) => {
      if (!isFormula(c)) return;
      const value = hf.getCellValue({ sheet, row: r, col });
      out.push({ sheet: plan.name, cell: address(r + 1, col + 1), cached: c.result ?? null, computed: value });
    }));
  }
  hf.destroy();
  return out;
}

/**
 * Every formula of the plans recalculated by HyperFormula equals its cached result; returns how many
 * formulas were checked, so a caller can insist that there were some.
 */
export function expectSameAsCached(plans: readonly SheetPlan[]): number {
  const checked = evaluatePlans(plans);
  for (const c of checked) expect({ cell: `${c.sheet}!${c.cell}`, same: sameValue(c.cached, c.computed) }).toEqual({ cell: `${c.sheet}!${c.cell}`, same: true });
  return checked.length;
}

/** Same value within floating-point noise; "" equals an empty or blank result. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const blank = (v: unknown) => v === "" || v === null || v === undefined;
  if (blank(a) && blank(b)) return true;
  return a === b;
}

type Trio = [number | null, number | null, number | null];
const values = (t: Trio): Record<string, RecordValue> => ({ ege_below_min_russian: t[0], ege_mean_russian: t[1], knowledge_quality: t[2] });

/**
 * Three monitoring rounds (2022–2024) of 6 schools; values (share below the minimum in Russian, mean ЕГЭ
 * score in Russian, качество знаний) and statuses per round. m6 opened in 2023.
 */
export const MONITORING: Record<string, { name: string; mun: string; rounds: ({ v: Trio; s: StatusCode } | null)[] }> = {
  m1: { name: "Школа № 1", mun: "Альфинский район", rounds: [{ v: [0.4, 40, 0.3], s: "low_results" }, { v: [0.35, 42, 0.3], s: "low_results" }, { v: [0.2, 45, 0.25], s: "none" }] },
  m2: { name: "Школа № 2", mun: "Альфинский район", rounds: [{ v: [0.1, 60, 0.5], s: "none" }, { v: [0.1, 60, 0.5], s: "none" }, { v: [0.1, 58, 0.45], s: "adverse_social" }] },
  m3: { name: "Школа № 3", mun: "Альфинский район", rounds: [{ v: [0.5, 30, null], s: "both" }, { v: [0.45, 33, 0.2], s: "both" }, { v: [0.35, 31, 0.22], s: "low_results" }] },
  m4: { name: "СОШ № 4", mun: "Бетинский район", rounds: [{ v: [0.3, 50, 0.4], s: "adverse_social" }, { v: [0.3, 50, 0.4], s: "adverse_social" }, { v: [0.3, 50, 0.4], s: "adverse_social" }] },
  m5: { name: "СОШ № 5", mun: "Бетинский район", rounds: [{ v: [0.05, 70, 0.6], s: "none" }, { v: [0.05, 70, 0.6], s: "none" }, { v: [0.02, 72, 0.65], s: "none" }] },
  m6: { name: "СОШ № 6", mun: "Бетинский район", rounds: [null, { v: [0.4, 35, 0.3], s: "low_results" }, { v: [0.5, 33, 0.28], s: "low_results" }] },
};

export function monitoringRounds(): ClassificationResult[] {
  return [2022, 2023, 2024].map((year, i) =>
    result(year, Object.entries(MONITORING).flatMap(([key, m]) => {
      const r = m.rounds[i];
      return r ? [school(key, m.name, m.mun, r.s, r.s === "none" ? "none" : "risk", values(r.v))] : [];
    })));
}
