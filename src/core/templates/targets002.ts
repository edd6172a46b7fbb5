/**
 * Seed 002, «Целевые показатели»: the Бавлинский район program's indicators by tactical goal, a base
 * value and one column per year 2019–2022 (percent as written, stored as fractions). The base value is
 * not dated in the document, so baseYear is null. Three titles are cut off by the table's column
 * break and are completed from the same document: «…индекса социального благополучия» (the index the
 * program names), «…сетевого взаимодействия» (goal 3) and «…дистанционных технологий» (the monitoring
 * table writes it in full); «демонстрирующих высокий процент» has no such source and stays as written.
 */
import type { TargetItem, TargetTemplate } from "./types";
import type { Direction } from "../catalogue/types";

type Plan = [number, number, number, number];

/** Percent values as the document writes them (2 → 0.02); the plan covers 2019–2022. */
function item(key: string, indicatorId: string | null, title: string, base: number, plan: Plan, direction: Direction = "up"): TargetItem {
  const share = (v: number) => Math.round(v * 100) / 10000;
  return {
    key, ...(indicatorId ? { indicatorId } : {}), title, unit: "percent", direction, base: share(base), baseYear: null,
    plan: { 2019: share(plan[0]), 2020: share(plan[1]), 2021: share(plan[2]), 2022: share(plan[3]) },
  };
}

export const SEED002_TARGETS: TargetTemplate = {
  id: "seed002-targets",
  title: {
    ru: "Целевые показатели муниципальной программы поддержки ШНОР и ШНСУ (Бавлинский район)",
    en: "Target indicators of the municipal support program (Bavly district)",
  },
  source: "Бавлинский муниципальный район Республики Татарстан, 2021 (seed 002, «Целевые показатели»)",
  fromYear: 2019,
  toYear: 2022,
  heading: "Целевые показатели",
  goals: [
    {
      title:
        "Разработать систему мер, направленных на поддержку образовательной среды ШНОР и ШНСУ, способствующей личностному росту " +
        "обучающихся, развитию их творческих способностей, путем их включения в олимпиадное движение и в муниципальную систему " +
        "дополнительного образования",
      items: [
        item("vsosh_participants_share", "vsosh_participants_share",
          "Доля обучающихся, которые являются участниками ВсОШ, преодолевшие рейтинговый балл для участия в муниципальном этапе", 2, [1, 1, 2, 2]),
        item("additional_education_share", "additional_education_share",
          "Доля обучающихся, охваченных системой дополнительного образования", 64, [50, 60, 65, 70]),
      ],
    },
    {
      title:
        "Создать условия для профессионального развития педагогов, используя программы повышения квалификации, вертикальные и " +
        "горизонтальные формы профессионального развития",
      items: [
        item("share_teachers_pd_deficits", "share_teachers_pd_deficits",
          "Доля педагогов, прошедших курсы повышения квалификации, исходя из их профессиональных дефицитов", 100, [100, 100, 100, 100]),
        item("share_teachers_tutoring", "share_teachers_tutoring", "Доля педагогов, охваченных тьюторством", 15, [70, 80, 80, 100]),
        item("share_teachers_communities", "share_teachers_communities",
          "Доля педагогов, включенных в профессиональные обучающие сообщества в рамках ОО и за ее пределами", 80, [70, 75, 80, 100]),
        item("share_teachers_contests", "share_teachers_contests",
          "Доля педагогов, включенных в конкурсы профессионального мастерства, мастер-классы, конференции", 50, [10, 30, 40, 50]),
      ],
    },
    {
      title:
        "Создать модель сетевого взаимодействия (с использованием современных образовательных технологий, в т.ч дистанционных) " +
        "между школами в условиях дефицита кадров и низких образовательных результатов обучающихся",
      items: [
        item("share_vacant_posts", "share_vacant_posts", "Доля вакантных руководящих и педагогических должностей", 2, [10, 5, 5, 2], "down"),
        item("share_teachers_by_diploma", "share_teachers_by_diploma",
          "Доля педагогов, преподающих свой предмет в соответствии с квалификацией по диплому", 100, [70, 70, 100, 100]),
        item("schools_network_share", "schools_network_share", "Доля школ, включенных в сетевое взаимодействие", 100, [10, 50, 80, 100]),
        item("gia9_success_cluster", "gia9_success_cluster",
          "Доля обучающихся, успешно прошедших государственную итоговую аттестацию-9 (не ниже среднего по кластеру)", 98, [70, 80, 90, 98]),
        item("high_percent_share", "high_percent_share", "Доля обучающихся, демонстрирующих высокий процент", 50, [25, 30, 30, 50]),
        item("schools_social_index_share", "schools_social_index_share",
          "Доля школ, преодолевших порог показателя индекса социального благополучия", 42, [10, 20, 32, 42]),
      ],
    },
    {
      title: "Создать условия для установления горизонтальных связей между школами по обмену и распространению опыта",
      items: [
        item("hub_schools_share", "hub_schools_share", "Доля школ, получивших статус опорной площадки", 30, [10, 20, 30, 50]),
        item("resource_centres_share", "resource_centres_share",
          "Доля школ, ставших ресурсными центрами, «точками роста» в рамках реализации сетевого взаимодействия", 10, [0, 5, 10, 20]),
        item("distance_programs_share", "distance_programs_share",
          "Доля образовательных программ с использованием дистанционных технологий", 10, [0, 5, 10, 15]),
      ],
    },
  ],
};
