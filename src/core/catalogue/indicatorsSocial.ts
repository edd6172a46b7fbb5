/**
 * Social context of a school: the shares of the social well-being index (DOMAIN.md §4), registers of
 * the prevention bodies (seed 001 row 15) and the family data of social passports (seed 002).
 * Registers are also kept per body, as departments keep separate columns for КДН, ПДН and ВШУ.
 */
import type { Indicator } from "./types";
import { ID } from "./ids";

export const SOCIAL_INDICATORS: readonly Indicator[] = [
  {
    id: ID.parentsHigherEd, title: { ru: "Доля обучающихся, оба родителя которых имеют высшее образование", en: "Share of pupils whose parents both have higher education" },
    short: "Родители с высшим образованием", unit: "percent", direction: "up", group: "social", yearly: true, sources: ["002"],
    synonyms: [
      "Оба родителя с высшим образованием", "Родители с высшим образованием", "Доля родителей с высшим образованием",
      "Образование родителей высшее", "Доля семей, где оба родителя имеют высшее образование",
    ],
  },
  {
    id: ID.singleParent, title: { ru: "Доля обучающихся из неполных семей", en: "Share of pupils from single-parent families" },
    short: "Неполные семьи", unit: "percent", direction: "down", group: "social", yearly: true, sources: ["002"],
    synonyms: ["Неполные семьи", "Доля неполных семей", "Дети из неполных семей", "Из неполных семей", "Неполная семья", "Один родитель"],
  },
  {
    id: ID.lowIncome, title: { ru: "Доля обучающихся из малообеспеченных семей", en: "Share of pupils from low-income families" },
    short: "Малообеспеченные", unit: "percent", direction: "down", group: "social", yearly: true, sources: ["002"],
    synonyms: [
      "Малообеспеченные семьи", "Малообеспеч.", "Из малообеспеченных семей", "Дети из малообеспеченных семей",
      "Доля малообеспеченных семей", "Малоимущие семьи", "Из малоимущих семей", "Семьи с низким доходом",
    ],
  },
  {
    id: ID.unemployedParents, title: { ru: "Доля обучающихся, родители которых не работают", en: "Share of pupils with unemployed parents" },
    short: "Безработные родители", unit: "percent", direction: "down", group: "social", yearly: true,
    synonyms: ["Безработные родители", "Родители не работают", "Неработающие родители", "Оба родителя безработные", "Из семей безработных"],
  },
  {
    id: ID.onRegister, title: { ru: "Доля обучающихся, состоящих на учете в органах профилактики всех уровней", en: "Share of pupils on prevention registers (all levels)" },
    short: "На учете", unit: "percent", direction: "down", group: "social", yearly: true, sources: ["001:1.15", "001", "002"],
    synonyms: [
      "Доля обучающихся, находящихся на различных видах учета (КДН и ЗП, ПДН, внутришкольный учет)", "На различных видах учета",
      "Состоят на учете", "Доля состоящих на учете", "Доля обучающихся на учете", "Дети группы риска на учете",
      "На профилактическом учете", "Число обучающихся, стоящих на профилактическом учете в связи с девиантным поведением",
    ],
  },
  {
    id: "on_register_kdn", title: { ru: "Количество обучающихся, состоящих на учете в КДН и ЗП", en: "Pupils on the juvenile commission register (КДН и ЗП)" },
    short: "КДН и ЗП", unit: "people", direction: "down", group: "social", yearly: true, sources: ["001"],
    synonyms: ["КДН", "КДН и ЗП", "КДНиЗП", "На учете в КДН", "Состоят на учете в КДН и ЗП", "Учет КДН"],
  },
  {
    id: "on_register_pdn", title: { ru: "Количество обучающихся, состоящих на учете в ПДН", en: "Pupils on the police register (ПДН)" },
    short: "ПДН", unit: "people", direction: "down", group: "social", yearly: true, sources: ["001"],
    synonyms: ["ПДН", "На учете в ПДН", "Состоят на учете в ПДН", "Учет ПДН", "ОДН", "На учете в полиции"],
  },
  {
    id: "on_register_school", title: { ru: "Количество обучающихся, состоящих на внутришкольном учете", en: "Pupils on the in-school register (ВШУ)" },
    short: "ВШУ", unit: "people", direction: "down", group: "social", yearly: true, sources: ["001"],
    synonyms: ["ВШУ", "Внутришкольный учет", "На внутришкольном учете", "Состоят на ВШУ", "Учет ВШУ"],
  },
  {
    id: ID.ovz, title: { ru: "Доля обучающихся с ограниченными возможностями здоровья", en: "Share of pupils with special needs (ОВЗ)" },
    short: "ОВЗ", unit: "percent", direction: "down", group: "social", yearly: true, sources: ["002"],
    synonyms: [
      "ОВЗ", "Дети с ОВЗ", "Обучающиеся с ОВЗ", "Доля детей с ОВЗ", "Ограниченные возможности здоровья",
      "С ограниченными возможностями здоровья", "Дети-инвалиды и дети с ОВЗ",
    ],
  },
  {
    id: ID.nonNative, title: { ru: "Доля обучающихся, для которых русский язык не является родным", en: "Share of pupils whose first language is not Russian" },
    short: "Неродной русский", unit: "percent", direction: "down", group: "social", yearly: true,
    synonyms: [
      "Русский язык не родной", "Неродной русский язык", "Для которых русский язык не родной", "Билингвы",
      "Дети мигрантов", "Дети-инофоны", "Инофоны", "Плохо владеющие русским языком",
    ],
  },
  {
    id: "share_large_families", title: { ru: "Доля обучающихся из многодетных семей", en: "Share of pupils from large families" },
    short: "Многодетные", unit: "percent", direction: "none", group: "social", yearly: true, sources: ["002"],
    synonyms: ["Многодетные семьи", "Из многодетных семей", "Дети из многодетных семей", "Доля многодетных семей"],
  },
  {
    id: "share_dysfunctional_families", title: { ru: "Доля неблагополучных семей", en: "Share of dysfunctional families" },
    short: "Неблагополучные семьи", unit: "percent", direction: "down", group: "social", yearly: true, sources: ["001"],
    synonyms: [
      "Неблагополучные семьи", "Из неблагополучных семей", "Семьи в социально опасном положении", "СОП",
      "Семьи, находящиеся в социально опасном положении", "Семьи группы риска",
    ],
  },
  {
    id: "satisfaction_conditions", title: { ru: "Доля обучающихся и их родителей, удовлетворенных качеством условий образования", en: "Share of pupils and parents satisfied with learning conditions" },
    short: "Удовлетворенность", unit: "percent", direction: "up", group: "social", yearly: true, sources: ["002:monitoring"],
    synonyms: ["Доля обучающихся ШНОР и ШНСУ и их родителей удовлетворенных качеством условий образования", "Удовлетворенность родителей качеством образования"],
  },
];
