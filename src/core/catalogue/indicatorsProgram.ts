/**
 * Program-level targets: measured over the district's schools, not per school (seed 000 targets,
 * seed 002 targets and monitoring, DOMAIN.md §3 inequality ratio).
 */
import type { Indicator } from "./types";

export const PROGRAM_INDICATORS: readonly Indicator[] = [
  {
    id: "support_centre", title: { ru: "Наличие в муниципальной системе образования Образовательного центра поддержки и развития муниципальной системы образования", en: "Municipal support and development centre exists" },
    short: "Центр поддержки", unit: "count", direction: "up", group: "program", yearly: true, sources: ["000:targets 1"],
    synonyms: ["Наличие Образовательного центра поддержки и развития", "Муниципальный образовательный центр", "Наличие МОЦ"],
  },
  {
    id: "transition_programs", title: { ru: "Наличие в муниципальной системе образования муниципальных и институциональных программ обеспечивающих перевод школ в эффективный режим работы", en: "Municipal and school programmes for moving schools to effective operation" },
    short: "Программы перевода", unit: "count", direction: "up", group: "program", yearly: true, sources: ["000:targets 2"],
    synonyms: ["Программы перевода школ в эффективный режим работы", "Наличие программ перехода в эффективный режим"],
  },
  {
    id: "schools_analysed_share", title: { ru: "Доля школ, в которых проведен анализ данных об образовательных результатах и внешних социальных условий работы школ, идентификация группы ШНРО и ШФНСУ с учетом критериев и показателей", en: "Share of schools analysed and identified (low results / adverse social)" },
    short: "Проведен анализ", unit: "percent", direction: "up", group: "program", yearly: true, sources: ["000:targets 3"],
    synonyms: ["Доля школ, в которых проведен анализ данных об образовательных результатах", "Доля школ, прошедших идентификацию ШНОР и ШНСУ"],
  },
  {
    id: "schools_stably_low_share", title: { ru: "Доля школ, показавших стабильно низкие результаты обучения", en: "Share of schools with stably low results" },
    short: "Стабильно низкие", unit: "percent", direction: "down", group: "program", yearly: true, sources: ["000:targets 4.1"],
    synonyms: ["Доля школ со стабильно низкими результатами", "Школы со стабильно низкими результатами обучения"],
  },
  {
    id: "schools_adverse_share", title: { ru: "Доля школ, работающих в неблагоприятных социальных условиях", en: "Share of schools in adverse social conditions" },
    short: "Доля ШНСУ", unit: "percent", direction: "down", group: "program", yearly: true, sources: ["000:targets 4.2"],
    synonyms: ["Доля ШНСУ", "Доля школ, функционирующих в неблагоприятных социальных условиях"],
  },
  {
    id: "schools_stably_high_share", title: { ru: "Доля школ, показавших стабильно высокие результаты обучения", en: "Share of schools with stably high results" },
    short: "Стабильно высокие", unit: "percent", direction: "up", group: "program", yearly: true, sources: ["000:targets 4.3"],
    synonyms: ["Доля школ со стабильно высокими результатами", "Школы со стабильно высокими результатами обучения"],
  },
  {
    id: "schools_low_results_share", title: { ru: "Доля ОО, демонстрирующих низкие образовательные результаты, от общего числа ОО", en: "Share of schools with low results" },
    short: "Доля ШНОР", unit: "percent", direction: "down", group: "program", yearly: true, sources: ["002:monitoring"],
    synonyms: ["Доля ШНОР", "Число ОО, демонстрирующих низкие образовательные результаты от общего числа ОО МР"],
  },
  {
    id: "quality_programs", title: { ru: "Наличие в школах программ управления качеством образования", en: "Schools with quality-management programmes" },
    short: "Программы управления качеством", unit: "count", direction: "up", group: "program", yearly: true, sources: ["000:targets 5"],
    synonyms: ["Программы управления качеством образования", "Количество школьных программ управления качеством"],
  },
  {
    id: "effective_transition_share", title: { ru: "Доля образовательных организаций эффективно реализующих программы перевода общеобразовательных организаций в эффективный режим", en: "Share of schools effectively implementing transition programmes" },
    short: "Эффективно реализуют программы", unit: "percent", direction: "up", group: "program", yearly: true, sources: ["000:targets 7"],
    synonyms: ["Доля ОО, эффективно реализующих программы перевода в эффективный режим"],
  },
  {
    id: "schools_network_share", title: { ru: "Доля общеобразовательных организаций, вовлеченных в сетевое взаимодействие", en: "Share of schools in network cooperation" },
    short: "Сетевое взаимодействие", unit: "percent", direction: "up", group: "program", yearly: true, sources: ["000:targets 8", "002:targets"],
    synonyms: ["Доля общеобразовательных организаций, вовлеченных в сетевое взаимодействие в рамках проекта", "Доля школ, включенных в сетевое взаимодействие"],
  },
  {
    id: "risk_teachers_trained_share", title: { ru: "Доля педагогов «группы риска», повысивших квалификацию", en: "Share of at-risk teachers trained" },
    short: "Педагоги группы риска: КПК", unit: "percent", direction: "up", group: "program", yearly: true, sources: ["000:targets 9"],
    synonyms: ["Педагоги группы риска, повысившие квалификацию"],
  },
  {
    id: "teachers_competence_growth_share", title: { ru: "Доля педагогов, показавших увеличение уровня профессиональных компетенций по результатам итогового тестирования в рамках курсов повышения квалификации", en: "Share of teachers with measured competence growth after training" },
    short: "Рост компетенций", unit: "percent", direction: "up", group: "program", yearly: true, sources: ["000:targets 10", "002:monitoring"],
    synonyms: ["Доля педагогов школ, демонстрирующих прирост по предметным и метапредметным компетенциям", "Прирост профессиональных компетенций педагогов"],
  },
  {
    id: "methodical_association", title: { ru: "Наличие в муниципальном образовании методического объединения руководителей и педагогов школ с низкими образовательными результатами", en: "Municipal methodical association for low-results schools exists" },
    short: "Метод. объединение", unit: "count", direction: "up", group: "program", yearly: true, sources: ["000:targets 11"],
    synonyms: ["Наличие методического объединения руководителей", "Муниципальное методическое объединение ШНОР"],
  },
  {
    id: "methodical_association_share", title: { ru: "Доля руководителей и педагогов, участвующих в работе муниципального методического объединения школ с низкими образовательными результатами", en: "Share of heads and teachers in the municipal methodical association" },
    short: "Участие в метод. объединении", unit: "percent", direction: "up", group: "program", yearly: true, sources: ["000:targets 12"],
    synonyms: ["Доля педагогов, участвующих в работе муниципального методического объединения, направленного на решение задач муниципальной программы"],
  },
  {
    id: "schools_contests_share", title: { ru: "Доля общеобразовательных учреждений, участвующих в конкурсах и проектах регионального и муниципального уровней", en: "Share of schools in regional and municipal contests and projects" },
    short: "Школы в конкурсах", unit: "percent", direction: "up", group: "program", yearly: true, sources: ["000:targets 13"],
    synonyms: ["Доля ОО, участвующих в конкурсах и проектах", "Школы, участвующие в конкурсах регионального и муниципального уровней"],
  },
  {
    id: "schools_social_index_share", title: { ru: "Доля школ, преодолевших порог показателя индекса социального благополучия", en: "Share of schools above the social well-being index threshold" },
    short: "Порог ИСБШ", unit: "percent", direction: "up", group: "program", yearly: true, sources: ["002:targets"],
    synonyms: ["Доля школ, преодолевших порог показателя индекса социального", "Преодолели порог индекса социального благополучия"],
  },
  {
    id: "hub_schools_share", title: { ru: "Доля школ, получивших статус опорной площадки", en: "Share of schools with hub-school status" },
    short: "Опорные площадки", unit: "percent", direction: "up", group: "program", yearly: true, sources: ["002:targets"],
    synonyms: ["Опорные площадки", "Статус опорной площадки"],
  },
  {
    id: "resource_centres_share", title: { ru: "Доля школ, ставших ресурсными центрами, «точками роста» в рамках реализации сетевого взаимодействия", en: "Share of schools that became resource centres («точки роста»)" },
    short: "Ресурсные центры", unit: "percent", direction: "up", group: "program", yearly: true, sources: ["002:targets"],
    synonyms: ["Доля школ, ставших ресурсными центрами", "Ресурсные центры, точки роста"],
  },
  {
    id: "inequality_ratio", title: { ru: "Отношение среднего балла ЕГЭ в 10% школ с лучшими результатами к среднему баллу ЕГЭ в 10% школ с худшими результатами", en: "Inequality ratio: mean ЕГЭ of the top 10% of schools to the bottom 10%" },
    short: "Неравенство", unit: "ratio", direction: "down", group: "program", yearly: true,
    synonyms: ["Коэффициент неравенства", "Разрыв между лучшими и худшими школами", "Отношение среднего балла ЕГЭ лучших и худших школ"],
  },
];
