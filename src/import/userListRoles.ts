/**
 * Column roles of a methodologist's own lists, read from headers normalised by normaliseHeader
 * (lowercase, ё → е, years, «%» and units in brackets removed, punctuation to spaces). The order of the
 * tests matters: «Базовое значение показателей» is a base column although it says «показател»,
 * «Результат выполнения мероприятий» a result column although it says «мероприяти».
 */
import type { RoleHit, TableSpec } from "./userListTable";

export type TargetRole = "number" | "goal" | "title" | "unit" | "base" | "baseYear" | "plan" | "actual";
export type PlanRole = "number" | "stage" | "title" | "executor" | "deadline" | "result" | "reportFormat" | "funding";

const NUMBER = /^(№|n|no|номер)?\s?(пп|п п|по порядку)?$/;
const hit = <R extends string>(role: R, strength = 1, needsYear = false): RoleHit<R> => ({ role, strength, ...(needsYear ? { needsYear } : {}) });

function classifyTarget(n: string): RoleHit<TargetRole> | null {
  if (n !== "" && NUMBER.test(n)) return hit("number");
  if (/^(единиц\S*( измерени\S*)?|ед( изм\S*)?|ед измерени\S*|размерность)$/.test(n)) return hit("unit");
  if (/^(базов\S* )?год( базового значени\S*| базы| измерени\S*)?$/.test(n)) return hit("baseYear");
  if (/(^| )(факт\S*|достигнут\S*)( |$)/.test(n)) return hit("actual");
  if (/(^| )(базов|исходн|стартов|на начало)/.test(n)) return hit("base");
  if (/(^| )(план\S*|прогноз\S*|ожидаем\S*)( |$)/.test(n) || /целев\S* значени/.test(n)) return hit("plan");
  if (/^(значени\S*( показател\S*| индикатор\S*)?( по годам)?|по годам|годы)$/.test(n)) return hit("plan", 1, true);
  if (/^(наименование |название )?(цел[ьи]|задач[аи]|цели и задачи|цели задачи|цель задача|направлени[ея])( программы)?$/.test(n)) return hit("goal");
  if (/(показател|индикатор)/.test(n) && !/значени/.test(n)) return hit("title", 2);
  if (/^(наименование|название|критери\S*)$/.test(n)) return hit("title", 1);
  return null;
}

function classifyPlan(n: string): RoleHit<PlanRole> | null {
  if (n !== "" && NUMBER.test(n)) return hit("number");
  if (/(исполнител|ответственн|участник)/.test(n)) return hit("executor");
  if (/(форм[аы]? (представлени|отчет|контрол)|формат|отчетност|вид отчет|^форма$)/.test(n)) return hit("reportFormat");
  if (/(финансировани|источник|объем средств|бюджет|стоимост|затрат)/.test(n)) return hit("funding");
  if (/(^| )(срок\S*|дата|даты|период\S*|время проведения|когда)( |$)/.test(n)) return hit("deadline");
  if (/(результат|ожидаем|итог|продукт)/.test(n)) return hit("result");
  if (/мероприяти/.test(n) || /^(содержание( \S+)?|наименование работ\S*|вид\S* работ\S*|действи[ея]|мер[аы])$/.test(n)) return hit("title", 2);
  if (/^(наименование|название)$/.test(n)) return hit("title", 1);
  if (/^(наименование )?(этап\S*|раздел\S*|направлени\S*|задач\S*|цел[ьи]|блок\S*)( реализации| программы)?$/.test(n)) return hit("stage");
  return null;
}

export const TARGET_SPEC: TableSpec<TargetRole> = {
  classify: classifyTarget,
  title: "title",
  number: "number",
  yearly: ["base", "plan", "actual"],
  confirming: ["unit", "base", "baseYear", "plan", "actual"],
  bareYear: "plan",
  yearFromParent: true,
  foreign: /(исполнител|ответственн|^срок|мероприяти)/,
};

export const PLAN_SPEC: TableSpec<PlanRole> = {
  classify: classifyPlan,
  title: "title",
  number: "number",
  yearly: [],
  // A stage column alone does not make a plan: «Наименование цели» over indicators is a target list.
  confirming: ["executor", "deadline", "result", "reportFormat", "funding"],
  bareYear: null,
  yearFromParent: false,
  foreign: /(^единиц\S* измерени|^ед изм|базов\S* значени|наименование показател)/,
};
