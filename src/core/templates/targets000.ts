/**
 * Seed 000, Приложение № 1: target indicators of the Ярцевский район program (2018–2021), base value →
 * one planned value, which sits under the program's last year (see TargetItem.plan). Indicator 4 of
 * the document is a heading («Доля школ, показавших:») over 4.1–4.3, so 14 numbered indicators give
 * 16 rows. «ШПРО» in indicator 3 is the document's misprint of «ШНРО».
 */
import type { TargetItem, TargetTemplate } from "./types";
import type { Direction, Unit } from "../catalogue/types";

// «Базовое значение … на очередной финансовый год» of a program adopted in March 2018.
const BASE_YEAR = 2018;
const PLAN_YEAR = 2021;

function item(key: string, indicatorId: string | null, title: string, unit: Unit, direction: Direction, base: number, planned: number): TargetItem {
  return {
    key, ...(indicatorId ? { indicatorId } : {}), title, unit, direction, base, baseYear: BASE_YEAR, plan: { [PLAN_YEAR]: planned },
  };
}

export const SEED000_TARGETS: TargetTemplate = {
  id: "seed000-targets",
  title: {
    ru: "Целевые показатели программы перевода школ в эффективный режим (Ярцевский район)",
    en: "Target indicators of the program for moving schools to effective operation (Yartsevo district)",
  },
  source: "Ярцевский район Смоленской области, 2018 (seed 000, Приложение № 1)",
  fromYear: 2018,
  toYear: 2021,
  heading: "Целевые показатели реализации ведомственной целевой программы",
  goals: [
    {
      title:
        "Цель ведомственной целевой программы: Развитие муниципальной системы образования, обеспечивающей ее максимальную " +
        "доступность и качество для каждого ребенка независимо от его местожительства и социального статуса семьи за счёт " +
        "консолидации педагогического и ресурсного потенциала всей сети муниципальных школ",
      items: [
        item("support_centre", "support_centre",
          "Наличие в муниципальной системе образования Образовательного центра поддержки и развития муниципальной системы образования",
          "count", "up", 0, 1),
        item("transition_programs", "transition_programs",
          "Наличие в муниципальной системе образования муниципальных и институциональных программ обеспечивающих перевод школ в эффективный режим работы",
          "count", "up", 1, 2),
        item("schools_analysed_share", "schools_analysed_share",
          "Доля школ, в которых проведен анализ данных об образовательных результатах и внешних социальных условий работы школ, " +
          "идентификация группы ШНРО и ШФНСУ с учетом критериев и показателей",
          "percent", "up", 0.25, 1),
        item("schools_stably_low_share", "schools_stably_low_share",
          "Доля школ, показавших стабильно низкие результаты обучения", "percent", "down", 0.15, 0),
        item("schools_adverse_share", "schools_adverse_share",
          "Доля школ, работающих в неблагоприятных социальных условиях", "percent", "down", 0.22, 0.16),
        item("schools_stably_high_share", "schools_stably_high_share",
          "Доля школ, показавших стабильно высокие результаты обучения", "percent", "up", 0.25, 0.4),
        item("quality_programs", "quality_programs",
          "Наличие в школах программ управления качеством образования", "count", "up", 5, 15),
        item("max_result_share", "max_result_share",
          "Доля обучающихся, получивших максимально возможный образовательный результат", "percent", "up", 0.08, 0.09),
        item("effective_transition_share", "effective_transition_share",
          "Доля образовательных организаций эффективно реализующих программы перевода общеобразовательных организаций в эффективный режим",
          "percent", "up", 0.1, 0.27),
        item("schools_network_share", "schools_network_share",
          "Доля общеобразовательных организаций, вовлеченных в сетевое взаимодействие в рамках проекта", "percent", "up", 0.25, 1),
        item("risk_teachers_trained_share", "risk_teachers_trained_share",
          "Доля педагогов «группы риска», повысивших квалификацию", "percent", "up", 0.25, 0.9),
        item("teachers_competence_growth_share", "teachers_competence_growth_share",
          "Доля педагогов показавших увеличение уровня профессиональных компетенций по результатам итогового тестирования в рамках курсов повышения квалификации",
          "percent", "up", 0, 0.75),
        item("methodical_association", "methodical_association",
          "Наличие в муниципальном образовании методического объединения руководителей и педагогов школ с низкими образовательными результатами",
          "count", "up", 0, 1),
        item("methodical_association_share", "methodical_association_share",
          "Доля руководителей и педагогов, участвующих в работе муниципального методического объединения школ с низкими образовательными результатами",
          "percent", "up", 0, 1),
        item("schools_contests_share", "schools_contests_share",
          "Доля общеобразовательных учреждений, участвующих в конкурсах и проектах регионального и муниципального уровней",
          "percent", "up", 0.6, 0.85),
        item("additional_education_share", "additional_education_share",
          "Доля обучающихся, охваченных системой дополнительного образования", "percent", "up", 0.6, 0.75),
      ],
    },
  ],
};
