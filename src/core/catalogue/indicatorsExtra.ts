/**
 * Olympiads, clubs, sections and additional education: block 2 and block 3 of seed 004's cluster model
 * (seed 001 table 1 rows 13, 14, 17, 18; targets of seeds 000 and 002).
 */
import type { Indicator } from "./types";
import { ID } from "./ids";

export const EXTRACURRICULAR_INDICATORS: readonly Indicator[] = [
  {
    id: ID.olympMunicipal, title: { ru: "Доля победителей и призеров муниципального этапа Всероссийской олимпиады школьников", en: "Share of winners and prize-winners of the municipal stage of ВсОШ" },
    short: "ВсОШ мун. этап", unit: "percent", direction: "up", group: "extracurricular", yearly: true, sources: ["001:1.13", "002:monitoring", "004"],
    synonyms: [
      "Победители и призеры муниципального этапа ВсОШ", "Призеры муниципального этапа", "Доля победителей и призеров муниципального этапа ВсОШ",
      "Победители и призеры МЭ ВсОШ", "Доля обучающихся-участников / призеров/ победителей в муниципальном этапе ВсОШ",
      "Доля победителей и призеров муниципальных, региональных и федеральных мероприятий",
    ],
  },
  {
    id: ID.olympRegional, title: { ru: "Доля победителей и призеров регионального этапа Всероссийской олимпиады школьников", en: "Share of winners and prize-winners of the regional stage of ВсОШ" },
    short: "ВсОШ рег. этап", unit: "percent", direction: "up", group: "extracurricular", yearly: true, sources: ["001:1.14"],
    synonyms: [
      "Победители и призеры регионального этапа ВсОШ", "Призеры регионального этапа", "Доля победителей и призеров регионального этапа ВсОШ",
      "Победители и призеры РЭ ВсОШ",
    ],
  },
  {
    id: "vsosh_participants_share",
    title: { ru: "Доля обучающихся, которые являются участниками ВсОШ, преодолевшие рейтинговый балл для участия в муниципальном этапе", en: "Share of pupils qualifying for the municipal stage of ВсОШ" },
    short: "ВсОШ: прошли на мун. этап", unit: "percent", direction: "up", group: "extracurricular", yearly: true, sources: ["002:targets"],
    synonyms: ["Участники муниципального этапа ВсОШ", "Прошли на муниципальный этап ВсОШ", "Преодолели рейтинговый балл для муниципального этапа"],
  },
  {
    id: ID.sportSections, title: { ru: "Доля обучающихся, регулярно занимающихся в спортивных секциях, клубах и иных объединениях спортивной направленности", en: "Share of pupils in sports sections and clubs" },
    short: "Спортивные секции", unit: "percent", direction: "up", group: "extracurricular", yearly: true, sources: ["001:1.17", "004"],
    synonyms: ["Спортивные секции", "Занимаются в спортивных секциях", "Доля занимающихся спортом", "Охват спортивными секциями", "Спортивные клубы и секции"],
  },
  {
    id: ID.creativeClubs, title: { ru: "Доля детей, занимающихся в творческих кружках, объединениях", en: "Share of pupils in creative clubs" },
    short: "Творческие кружки", unit: "percent", direction: "up", group: "extracurricular", yearly: true, sources: ["001:1.18", "004"],
    synonyms: ["Творческие кружки", "Занимаются в творческих кружках", "Охват творческими объединениями", "Кружки и творческие объединения"],
  },
  {
    id: "additional_education_share", title: { ru: "Доля обучающихся, охваченных системой дополнительного образования", en: "Share of pupils in additional education" },
    short: "Доп. образование", unit: "percent", direction: "up", group: "extracurricular", yearly: true, sources: ["000:targets 14", "002:targets", "002:monitoring"],
    synonyms: [
      "Охват дополнительным образованием", "Дополнительное образование", "Доля обучающихся ШНОР и ШНСУ охваченных программами дополнительного образования",
      "Охвачены доп. образованием", "Занятость в системе дополнительного образования",
    ],
  },
];
