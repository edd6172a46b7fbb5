/**
 * Staffing and school conditions: seed 001 table 1 rows 16, 19–30, the staff targets of seed 002 and
 * the staffing block of seed 004's cluster model.
 */
import type { Indicator } from "./types";
import { ID } from "./ids";

export const STAFF_INDICATORS: readonly Indicator[] = [
  {
    id: ID.teacherVacancies, title: { ru: "Количество вакансий учителей и педагогических работников в школе", en: "Teacher vacancies" },
    short: "Вакансии", unit: "count", direction: "down", group: "staff", yearly: true, sources: ["001:1.20"],
    synonyms: ["Вакансии", "Количество вакансий", "Вакансии учителей", "Число вакансий педагогов", "Кол-во вакансий", "Вакантные ставки"],
  },
  {
    id: "share_vacant_posts", title: { ru: "Доля вакантных руководящих и педагогических должностей", en: "Share of vacant management and teaching posts" },
    short: "Доля вакансий", unit: "percent", direction: "down", group: "staff", yearly: true, sources: ["002:targets"],
    synonyms: ["Доля вакантных должностей", "Доля вакансий", "Доля вакантных педагогических должностей"],
  },
  {
    id: "staffing_level", title: { ru: "Укомплектованность школ педагогическими кадрами", en: "Teaching posts filled" },
    short: "Укомплектованность", unit: "percent", direction: "up", group: "staff", yearly: true, sources: ["002:monitoring", "004"],
    synonyms: ["Укомплектованность", "Укомплектованность кадрами", "Укомплектованность педагогическими кадрами", "Кадровая обеспеченность", "Кадровые условия"],
  },
  {
    id: ID.teachersHigherEd, title: { ru: "Доля педагогических работников, имеющих высшее образование", en: "Share of teaching staff with higher education" },
    short: "Высшее образование", unit: "percent", direction: "up", group: "staff", yearly: true, sources: ["001:1.21"],
    synonyms: ["Педагоги с высшим образованием", "Доля педагогов с высшим образованием", "Имеют высшее образование", "Доля учителей с высшим образованием", "Учителя с высшим образованием"],
  },
  {
    id: "share_teachers_higher_ped_ed", title: { ru: "Доля учителей, имеющих высшее педагогическое образование", en: "Share of teachers with higher pedagogical education" },
    short: "Высшее пед. образование", unit: "percent", direction: "up", group: "staff", yearly: true, sources: ["001:1.22"],
    synonyms: ["Высшее педагогическое образование", "Учителя с высшим педагогическим образованием", "Доля учителей с высшим педагогическим образованием"],
  },
  {
    id: ID.teachersCategories, title: { ru: "Доля педагогических работников с высшей и первой квалификационными категориями", en: "Share of teaching staff with the top or first qualification category" },
    short: "Категории", unit: "percent", direction: "up", group: "staff", yearly: true, sources: ["001:1.23", "002:monitoring"],
    synonyms: [
      "Доля педагогов с высшей и первой квалификационными категориями", "Высшая и первая категория", "Квалификационные категории",
      "Доля педагогов с квалификационной категорией", "Педагоги с высшей и первой категорией",
    ],
  },
  {
    id: "share_teachers_pd_3y",
    title: { ru: "Доля педагогических работников, прошедших курсовую подготовку в течение последних 3х лет в соответствии с должностью в объеме не менее 16 часов в ОО, имеющей лицензию на образовательную деятельность", en: "Share of teaching staff trained (≥ 16 hours) in the last 3 years" },
    short: "КПК за 3 года", unit: "percent", direction: "up", group: "staff", yearly: true, sources: ["001:1.24"],
    synonyms: ["Прошли курсовую подготовку за 3 года", "Прошли КПК за последние 3 года", "Доля педагогов, прошедших КПК за 3 года", "Курсовая подготовка за три года"],
  },
  {
    id: "share_teachers_pd_deficits", title: { ru: "Доля педагогов, прошедших курсы повышения квалификации, исходя из их профессиональных дефицитов", en: "Share of teachers trained on their identified professional gaps" },
    short: "КПК по дефицитам", unit: "percent", direction: "up", group: "staff", yearly: true, sources: ["002:targets"],
    synonyms: ["Доля педагогов, повысивших свою квалификацию", "КПК по профессиональным дефицитам", "Повысили квалификацию по дефицитам"],
  },
  {
    id: "share_teachers_tutoring", title: { ru: "Доля педагогов, охваченных тьюторством", en: "Share of teachers with tutor support" },
    short: "Тьюторство", unit: "percent", direction: "up", group: "staff", yearly: true, sources: ["002:targets"],
    synonyms: ["Охвачены тьюторством", "Тьюторское сопровождение педагогов", "Доля педагогов с тьюторским сопровождением"],
  },
  {
    id: "share_teachers_communities", title: { ru: "Доля педагогов, включенных в профессиональные обучающие сообщества в рамках ОО и за ее пределами", en: "Share of teachers in professional learning communities" },
    short: "Проф. сообщества", unit: "percent", direction: "up", group: "staff", yearly: true, sources: ["002:targets"],
    synonyms: ["Профессиональные обучающие сообщества", "Доля педагогов в профессиональных сообществах", "Включены в профессиональные сообщества"],
  },
  {
    id: "share_teachers_contests", title: { ru: "Доля педагогов, включенных в конкурсы профессионального мастерства, мастер-классы, конференции", en: "Share of teachers in professional contests, master classes, conferences" },
    short: "Конкурсы (доля)", unit: "percent", direction: "up", group: "staff", yearly: true, sources: ["002:targets", "002:monitoring"],
    synonyms: ["Доля педагогов включенных в конкурсное движение", "Доля педагогов, участвующих в конкурсах профессионального мастерства"],
  },
  {
    id: "share_teachers_by_diploma", title: { ru: "Доля педагогов, преподающих свой предмет в соответствии с квалификацией по диплому", en: "Share of teachers teaching the subject of their diploma" },
    short: "Предмет по диплому", unit: "percent", direction: "up", group: "staff", yearly: true, sources: ["002:targets"],
    synonyms: ["Преподают по специальности", "Преподают предмет по диплому", "Соответствие преподаваемого предмета диплому"],
  },
  {
    id: ID.teachersMeanAge, title: { ru: "Средний возраст педагогов в школе", en: "Mean teacher age" },
    short: "Средний возраст", unit: "years", direction: "none", group: "staff", yearly: true, sources: ["001:1.25", "002"],
    synonyms: ["Средний возраст педагогов", "Средний возраст учителей", "Ср. возраст педагогических работников", "Возраст педагогов средний"],
  },
  {
    id: "has_psychologist", title: { ru: "Наличие в ОО педагога-психолога", en: "School has a psychologist" },
    short: "Психолог", unit: "flag", direction: "up", group: "staff", yearly: true, sources: ["001:1.26"],
    synonyms: ["Педагог-психолог", "Наличие психолога", "Психолог (да/нет)", "Есть педагог-психолог"],
  },
  {
    id: "has_social_pedagogue", title: { ru: "Наличие в ОО социального педагога", en: "School has a social pedagogue" },
    short: "Соц. педагог", unit: "flag", direction: "up", group: "staff", yearly: true, sources: ["001:1.27"],
    synonyms: ["Социальный педагог", "Наличие социального педагога", "Соцпедагог", "Есть социальный педагог"],
  },
  {
    id: "methodical_events", title: { ru: "Количество методических мероприятий муниципального, регионального, федерального уровня, организованных в ОО", en: "Methodical events hosted by the school" },
    short: "Метод. мероприятия", unit: "count", direction: "up", group: "staff", yearly: true, sources: ["001:1.28"],
    synonyms: ["Методические мероприятия на базе ОО", "Количество методических мероприятий", "Проведено методических мероприятий"],
  },
  {
    id: "teachers_in_contests",
    title: { ru: "Количество педагогов, участников конкурсов профессионального мастерства и исследовательско-методических конкурсов, организованных органами управления в сфере образования", en: "Teachers taking part in professional contests" },
    short: "Конкурсы (чел.)", unit: "people", direction: "up", group: "staff", yearly: true, sources: ["001:1.29"],
    synonyms: ["Количество педагогов-участников конкурсов", "Участники конкурсов профессионального мастерства", "Педагоги, участвовавшие в конкурсах"],
  },
  {
    id: "teacher_publications", title: { ru: "Количество публикаций педагогов в официальных СМИ", en: "Teacher publications in official media" },
    short: "Публикации", unit: "count", direction: "up", group: "staff", yearly: true, sources: ["001:1.30"],
    synonyms: ["Публикации педагогов", "Количество публикаций", "Публикации в СМИ"],
  },
  {
    id: "extracurricular_hours", title: { ru: "Среднее количество часов внеурочной деятельности в неделю, реализованных учреждением в рамках внедрения ФГОС", en: "Mean weekly hours of out-of-class activities (ФГОС)" },
    short: "Часы внеурочной", unit: "hours", direction: "up", group: "conditions", yearly: true, sources: ["001:1.16"],
    synonyms: ["Часы внеурочной деятельности", "Внеурочная деятельность часов в неделю", "Количество часов внеурочной деятельности"],
  },
  {
    id: "profile_classes_share", title: { ru: "Доля учащихся, обучавшихся в отчетном учебном году в профильных классах и по индивидуальным учебным планам", en: "Share of pupils in profile classes or on individual curricula" },
    short: "Профильные классы, ИУП", unit: "percent", direction: "up", group: "conditions", yearly: true, sources: ["001:1.19"],
    synonyms: ["Профильные классы", "Обучаются в профильных классах", "Индивидуальные учебные планы", "Доля обучающихся по ИУП"],
  },
  {
    id: "distance_programs_share", title: { ru: "Доля образовательных программ с использованием дистанционных технологий", en: "Share of programmes using distance technologies" },
    short: "Дистанционные программы", unit: "percent", direction: "up", group: "conditions", yearly: true, sources: ["002:targets", "002:monitoring"],
    synonyms: [
      "Доля образовательных программ с использований дистанционных технологий в общем пакете программ ОО",
      "Программы с дистанционными технологиями", "Дистанционные образовательные технологии",
    ],
  },
];
