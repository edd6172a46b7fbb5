/**
 * Identity and grouping fields of a school record, and the department's own marks (DOMAIN.md §4, §8).
 * Synonyms are header spellings as department workbooks and ФИС ОКО exports write them.
 */
import type { Indicator } from "./types";
import { ID } from "./ids";

export const IDENTITY_INDICATORS: readonly Indicator[] = [
  {
    id: ID.school, title: { ru: "Наименование образовательной организации", en: "School" }, short: "ОО",
    unit: "text", direction: "none", group: "identity", sources: ["000", "001"],
    synonyms: [
      "Наименование ОО", "Наименование ОУ", "Образовательная организация", "Общеобразовательная организация",
      "Наименование общеобразовательной организации", "Наименование общеобразовательного учреждения",
      "Образовательное учреждение", "Общеобразовательное учреждение", "Наименование школы", "Название ОО",
      "Название школы", "Школа", "ОО", "ОУ", "Полное наименование ОО", "Краткое наименование ОО", "Учреждение",
    ],
  },
  {
    id: "school_code", title: { ru: "Код образовательной организации", en: "School code" }, short: "Код ОО",
    unit: "text", direction: "none", group: "identity",
    synonyms: ["Код ОО", "Код школы", "Код ОУ", "Логин ОО", "Логин школы", "Код организации"],
  },
  {
    id: ID.municipality, title: { ru: "Муниципальное образование", en: "Municipality" }, short: "МО",
    unit: "text", direction: "none", group: "identity", sources: ["001:5"],
    synonyms: [
      "МО", "Район", "Муниципальный район", "Муниципальный округ", "Городской округ", "МР", "ГО", "МР/ГО",
      "Муниципалитет", "Муниципальное образование, городской округ", "Наименование МО",
      "Наименование муниципального образования", "Территория", "АТЕ",
    ],
  },
  {
    id: ID.year, title: { ru: "Год", en: "Year" }, unit: "text", direction: "none", group: "identity",
    synonyms: ["Учебный год", "Отчетный год", "Год проведения", "Год сдачи", "Уч. год"],
  },
  {
    id: ID.cluster, title: { ru: "Городская или сельская школа", en: "Urban / rural" }, short: "Город/село",
    unit: "text", direction: "none", group: "identity", sources: ["001", "002"],
    synonyms: [
      "городская/сельская", "Город/село", "Местность", "Тип местности",
      "Тип населенного пункта", "Территориальный признак", "Расположение ОО", "Кластер", "Кластерная группа",
    ],
  },
  {
    id: ID.schoolType, title: { ru: "Тип образовательной организации", en: "School type" }, short: "Тип ОО",
    unit: "text", direction: "none", group: "identity", sources: ["001"],
    synonyms: ["Тип ОО", "Вид ОО", "Тип школы", "Вид школы", "Тип учреждения", "Тип ОУ", "СОШ/ООШ", "Уровень ОО"],
  },
  {
    id: ID.smallSchool, title: { ru: "Малокомплектная школа", en: "Small school" }, short: "Малокомпл.",
    unit: "flag", direction: "none", group: "identity", sources: ["001"],
    synonyms: ["Малокомплектная", "Малокомплектность", "МКШ", "Малокомплектная (да/нет)", "Признак малокомплектности"],
  },
  {
    id: ID.pupils, title: { ru: "Количество обучающихся", en: "Number of pupils" }, short: "Обучающихся",
    unit: "people", direction: "none", group: "identity", yearly: true,
    synonyms: [
      "Численность обучающихся", "Контингент", "Контингент обучающихся", "Число учащихся", "Кол-во учащихся",
      "Всего обучающихся", "Количество учащихся", "Численность учащихся", "Количество детей",
    ],
  },
  {
    id: "school_status", title: { ru: "Статус школы: ШНОР, ШНСУ", en: "School status (low results / adverse social)" },
    short: "Статус", unit: "text", direction: "none", group: "identity", yearly: true, sources: ["001:5"],
    synonyms: ["Статус", "Статус ОО", "Статус школы", "Категория школы", "Категория ОО", "ШНОР/ШНСУ", "НРО/ФНСУ"],
  },
  {
    id: ID.flagLowResults, title: { ru: "Школа с низкими результатами обучения (ШНОР)", en: "Low-results school (flag)" },
    short: "ШНОР", unit: "flag", direction: "none", group: "identity", yearly: true, sources: ["001:5"],
    synonyms: [
      "НРО", "ШНОР", "ШНРО", "Низкие результаты обучения", "Низкие образовательные результаты",
      "Школа с низкими образовательными результатами", "Признак ШНОР", "Отнесена к ШНОР",
      "Имеет низкие результаты обучения (НРО)",
    ],
  },
  {
    id: ID.flagAdverse,
    title: { ru: "Школа, функционирующая в неблагоприятных социальных условиях (ШНСУ)", en: "Adverse social conditions (flag)" },
    short: "ШНСУ", unit: "flag", direction: "none", group: "identity", yearly: true, sources: ["001:5"],
    synonyms: [
      "ФНСУ", "ШНСУ", "ШФНСУ", "Неблагоприятные социальные условия", "Функционирует в неблагоприятных социальных условиях",
      "Школа, работающая в сложных социальных условиях", "Сложные социальные условия", "Признак ШНСУ", "Отнесена к ШНСУ",
    ],
  },
  {
    id: ID.flagBiased, title: { ru: "Признаки необъективности результатов", en: "Signs of biased results (ФИОКО)" },
    short: "Необъект.", unit: "flag", direction: "none", group: "identity", yearly: true,
    synonyms: [
      "Признаки необъективности", "Необъективность", "Необъективные результаты", "Признаки необъективности ВПР",
      "Школа с признаками необъективности", "Необъективность результатов ВПР", "Признаки необъективного оценивания",
    ],
  },
];
