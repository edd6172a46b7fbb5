/**
 * Every custom function once: stable ASCII id (the contract with saved workbooks), Russian and English
 * names and help, parameter metadata and the implementation itself. Both metadata files, the CLI list
 * and the README reference are generated from this table.
 */
import type { Result } from "../core/errors";
import type { Matrix, Scalar } from "./args";
import * as impl from "./impl";

export type ValueType = "number" | "string" | "boolean" | "any";
export type Dimensionality = "scalar" | "matrix";
export interface Text { ru: string; en: string }

export interface ParamSpec {
  name: Text;
  description: Text;
  type: ValueType;
  dimensionality: Dimensionality;
  optional?: boolean;
}

export interface FunctionSpec {
  id: string;
  name: Text;
  description: Text;
  result: { type: ValueType; dimensionality: Dimensionality };
  params: ParamSpec[];
  // Arguments arrive as Excel values of any kind; the implementation reads and checks them.
  impl: (...args: unknown[]) => Result<Scalar | Matrix>;
}

const p = (ru: string, en: string, descRu: string, descEn: string, extra: Partial<ParamSpec> = {}): ParamSpec => ({
  name: { ru, en }, description: { ru: descRu, en: descEn }, type: "any", dimensionality: "scalar", ...extra,
});
const optional = { optional: true } as const;
const range = { dimensionality: "matrix" } as const;
const scalar = (type: ValueType) => ({ type, dimensionality: "scalar" as const });

const BASE = p("база", "base", "Базовое значение показателя", "Base value of the indicator");
const TARGET = p("цель", "target", "Целевое (плановое) значение", "Target (planned) value");
const ACTUAL = p("факт", "actual", "Фактическое значение", "Actual value");
const DIRECTION = p("направление", "direction",
  "1 или «рост» — чем больше, тем лучше; -1 или «снижение» — чем меньше, тем лучше. По умолчанию рост",
  "1 or “up”: higher is better; -1 or “down”: lower is better. Default: up", optional);
const DEFAULT_YEAR = p("год", "year", "Год, если в тексте он не указан (год программы)",
  "Year to use when the text has none (the program year)", optional);

export const FUNCTIONS: readonly FunctionSpec[] = [
  {
    id: "SHARE", name: { ru: "ДОЛЯ", en: "SHARE" },
    description: { ru: "Доля: часть ÷ целое, от 0 до 1", en: "Share: part ÷ whole, from 0 to 1" },
    result: scalar("number"),
    params: [
      p("часть", "part", "Число (например, выпускников ниже минимума)", "Count of the part (e.g. pupils below the minimum)"),
      p("целое", "whole", "Число всех (например, участников)", "Count of the whole (e.g. participants)"),
    ],
    impl: impl.share,
  },
  {
    id: "RATIO", name: { ru: "КОЭФ.ОТНОШЕНИЯ", en: "RATIO" },
    description: { ru: "Коэффициент отношения: значение школы ÷ эталон (среднее по региону или МО)", en: "Ratio of a school's value to a reference (regional or municipal mean)" },
    result: scalar("number"),
    params: [
      p("значение", "value", "Значение школы", "The school's value"),
      p("эталон", "reference", "Эталонное значение (среднее по региону или МО)", "Reference value (regional or municipal mean)"),
    ],
    impl: impl.ratio,
  },
  {
    id: "PROGRESS", name: { ru: "ПРОГРЕСС", en: "PROGRESS" },
    description: { ru: "Прогресс от базы: (факт − база) ÷ (цель − база); 1 — цель достигнута", en: "Progress from base: (actual − base) ÷ (target − base); 1 means reached" },
    result: scalar("number"),
    params: [BASE, TARGET, ACTUAL],
    impl: impl.progress,
  },
  {
    id: "FULFILLMENT", name: { ru: "ВЫПОЛНЕНИЕ", en: "FULFILLMENT" },
    description: { ru: "Процент выполнения: факт ÷ план (для снижающегося показателя план ÷ факт)", en: "Fulfilment: actual ÷ plan (plan ÷ actual for a falling indicator)" },
    result: scalar("number"),
    params: [p("план", "plan", "Плановое значение", "Planned value"), ACTUAL, DIRECTION],
    impl: impl.fulfillment,
  },
  {
    id: "TARGETSTATUS", name: { ru: "СТАТУС.ЦЕЛИ", en: "TARGETSTATUS" },
    description: { ru: "Статус целевого показателя: достигнут, улучшение, без изменений или ухудшение", en: "Target status: reached, improved, unchanged or worsened" },
    result: scalar("string"),
    params: [BASE, TARGET, ACTUAL, { ...DIRECTION, description: {
      ru: "Нужно, только если цель равна базе (сохранить уровень): 1 или «рост», -1 или «снижение»",
      en: "Needed only when the target equals the base (keep the level): 1 or “up”, -1 or “down”" } }],
    impl: impl.targetStatus,
  },
  {
    id: "DYNAMICS", name: { ru: "ДИНАМИКА", en: "DYNAMICS" },
    description: { ru: "Динамика между замерами: положительная, отрицательная или без изменений", en: "Dynamics between two rounds: positive, negative or no change" },
    result: scalar("string"),
    params: [
      p("было", "previous", "Значение предыдущего замера", "Value of the previous round"),
      p("стало", "current", "Значение текущего замера", "Value of the current round"),
      DIRECTION,
    ],
    impl: impl.dynamics,
  },
  {
    id: "MINSCORE", name: { ru: "МИН.БАЛЛ", en: "MINSCORE" },
    description: { ru: "Минимальный балл ЕГЭ по предмету и году (Рособрнадзор)", en: "ЕГЭ minimum score by subject and year (Rosobrnadzor)" },
    result: scalar("number"),
    params: [
      p("предмет", "subject", "Предмет: «Русский язык», «математика профильная», «обществознание» …", "Subject, e.g. “Русский язык” or “physics”"),
      p("год", "year", "Год экзамена; по умолчанию последний известный", "Exam year; default: the latest known", optional),
      p("вид", "kind", "«аттестат» (по умолчанию) или «вуз»", "“аттестат” (certificate, default) or “вуз” (university)", optional),
    ],
    impl: impl.minScore,
  },
  {
    id: "BELOWMINSHARE", name: { ru: "ДОЛЯ.НИЖЕ.МИНИМУМА", en: "BELOWMINSHARE" },
    description: { ru: "Доля участников с баллом ниже порога; пустые ячейки не считаются", en: "Share of participants scoring below a threshold; blanks are not counted" },
    result: scalar("number"),
    params: [
      p("баллы", "scores", "Баллы участников (диапазон)", "Participants' scores (a range)", range),
      p("порог", "threshold", "Минимальный балл, например МИН.БАЛЛ(\"русский\")", "Minimum score, e.g. MINSCORE(\"russian\")"),
    ],
    impl: impl.belowMinShare,
  },
  {
    id: "STABLYLOW", name: { ru: "СТАБИЛЬНО.НИЗКИЙ", en: "STABLYLOW" },
    description: { ru: "ИСТИНА, если последние N лет средний балл ниже минимума", en: "TRUE when the mean score was below the minimum in each of the last N years" },
    result: scalar("boolean"),
    params: [
      p("баллы", "scores", "Средние баллы по годам, от старого к новому (строка или столбец)", "Mean scores by year, oldest first (a row or column)", range),
      p("пороги", "thresholds", "Минимальный балл: одно число или диапазон того же размера", "Minimum: one number or a range of the same shape", range),
      p("лет", "years", "Сколько последних лет подряд (по умолчанию 2)", "How many latest years (default 2)", optional),
    ],
    impl: impl.stablyLowFn,
  },
  {
    id: "LOWRESULTS", name: { ru: "НИЗКИЕ.РЕЗУЛЬТАТЫ", en: "LOWRESULTS" },
    description: { ru: "Правило 30%: не менее 30% участников ниже минимума в 2 и более процедурах и/или в одной процедуре два года подряд", en: "30% rule: at least 30% below the minimum in 2+ procedures and/or in one procedure two years running" },
    result: scalar("boolean"),
    params: [
      p("текущий_год", "current", "Доли ниже минимума в этом году, по процедурам", "This year's shares below the minimum, one per procedure", range),
      p("прошлый_год", "previous", "Доли по тем же процедурам в прошлом году", "Last year's shares for the same procedures", { ...range, optional: true }),
      p("порог", "cut", "Порог доли (по умолчанию 30%)", "Share cut (default 30%)", optional),
      p("процедур", "procedures", "Сколько процедур (по умолчанию 2)", "How many procedures (default 2)", optional),
      p("режим", "mode", "«или» (по умолчанию) или «и»", "“или” (or, default) or “и” (and)", optional),
    ],
    impl: impl.lowResultsFn,
  },
  {
    id: "STATUS", name: { ru: "СТАТУС.ШКОЛЫ", en: "STATUS" },
    description: {
      ru: "Статус школы: ШНОР, ШНСУ, ШНОР и ШНСУ или — (подписи из настроек книги)",
      en: "School status: low results, adverse conditions, both or none (labels from the workbook settings)",
    },
    result: scalar("string"),
    params: [
      p("низкие_результаты", "low_results", "ИСТИНА/ЛОЖЬ, 1/0 или «да»/«нет»", "TRUE/FALSE, 1/0 or yes/no"),
      p("неблагоприятные_условия", "adverse_social", "ИСТИНА/ЛОЖЬ, 1/0 или «да»/«нет»", "TRUE/FALSE, 1/0 or yes/no"),
    ],
    impl: impl.status,
  },
  {
    id: "SOCIALINDEX", name: { ru: "ИНДЕКС.БЛАГОПОЛУЧИЯ", en: "SOCIALINDEX" },
    description: { ru: "Индекс социального благополучия школ: среднее z-оценок долей (столбец на каждую школу)", en: "Social well-being index: mean of z-scored shares (one value per school, spilled)" },
    result: { type: "any", dimensionality: "matrix" },
    params: [
      p("доли", "shares", "Доли по школам (строки) и признакам (столбцы)", "Shares: schools in rows, factors in columns", range),
      p("знаки", "signs", "Для каждого столбца 1 (больше — лучше) или -1 (больше — хуже)", "Per column 1 (higher is better) or -1 (lower is better)", { ...range, optional: true }),
      p("веса", "weights", "Веса столбцов (по умолчанию равные)", "Column weights (default equal)", { ...range, optional: true }),
    ],
    impl: impl.socialIndexFn,
  },
  {
    id: "INEQUALITY", name: { ru: "НЕРАВЕНСТВО", en: "INEQUALITY" },
    description: { ru: "Коэффициент неравенства: средний балл лучших 10% школ ÷ худших 10%", en: "Inequality ratio: mean of the top 10% ÷ mean of the bottom 10%" },
    result: scalar("number"),
    params: [
      p("значения", "values", "Средние баллы школ", "Schools' mean scores", range),
      p("доля", "fraction", "Доля групп (по умолчанию 10%)", "Group fraction (default 10%)", optional),
    ],
    impl: impl.inequalityFn,
  },
  {
    id: "PERIODSTART", name: { ru: "НАЧАЛО.СРОКА", en: "PERIODSTART" },
    description: { ru: "Дата начала срока, записанного текстом («сентябрь – октябрь 2020г.»)", en: "Start date of a deadline written in Russian text" },
    result: scalar("number"),
    params: [p("срок", "text", "Срок, как он записан в плане", "Deadline as written in the plan"), DEFAULT_YEAR],
    impl: impl.periodStart,
  },
  {
    id: "PERIODEND", name: { ru: "КОНЕЦ.СРОКА", en: "PERIODEND" },
    description: { ru: "Дата окончания срока, записанного текстом («до 2021 года»)", en: "End date of a deadline written in Russian text" },
    result: scalar("number"),
    params: [p("срок", "text", "Срок, как он записан в плане", "Deadline as written in the plan"), DEFAULT_YEAR],
    impl: impl.periodEnd,
  },
];

/** Looks a function up by id; throws on a typo because ids are a fixed contract. */
export function functionById(id: string): FunctionSpec {
  const spec = FUNCTIONS.find((f) => f.id === id);
  if (!spec) throw new Error(`Unknown custom function id: ${id}`);
  return spec;
}
