/**
 * Measures for the ФИОКО risk factors, taken from the seed programs' own measures (titles as written).
 * `source` cites the row: "000:1.2.15" = seed 000 plan, stage 1.2, measure 15; "001:4.19" = seed 001
 * table 4 row 19; "002:X 4.2" = seed 002 section X row 4.2 ("002:IV", "002:risks" likewise); "004:4.3"
 * = seed 004 list row 4.3, "004:main 7" = its numbered main measures. Executors are the seeds' bodies
 * named by role («Комитет по образованию…», «МКУ «ОО БМР РТ»» → the district's education department),
 * deadlines drop the seed's year so they fall in the program year; results and report formats are the
 * seed's where it has them, else empty. When a seed 001 row repeats a seed 000 measure, the executor
 * comes from seed 000. The seeds have few measures on language barriers; only those are listed.
 */
import type { RiskFactorId } from "../catalogue/ids";
import type { RoadmapMeasure } from "./types";
import { measure, type MeasureFields } from "./roadmapsCommon";

export { RISK_FACTOR_TITLES } from "../catalogue/indicatorsRisk";

export interface SourcedMeasure extends RoadmapMeasure {
  /** Seed row the measure is taken from, see the file comment. */
  source: string;
}

export const DEPT = "Отдел образования администрации района";
export const CENTRE = "Муниципальный образовательный центр (МОЦ)";
export const HEADS = "Руководители общеобразовательных организаций";
export const IRO = "Институт развития образования (по согласованию)";
export const DEPT_SCHOOLS = `${DEPT}, ОУ`;

export function sourced(source: string, key: string, title: string, fields: MeasureFields): SourcedMeasure {
  return { ...measure(key, title, fields), source };
}

const SPECIALISTS = sourced("001:4.10", "specialists",
  "Организация сопровождения Школ специалистами (психологами, социальными педагогами, дефектологами, логопедами)",
  { executor: `${DEPT}, ${HEADS}`, deadline: "Март, апрель—октябрь" });
const CLASS_HOURS = sourced("004:5.3", "class-hours",
  "Разработка программы классных часов для учащихся ОУ региона по вопросам правового воспитания и формирования толерантных взаимоотношений в образовательном пространстве",
  { executor: DEPT_SCHOOLS, deadline: "Ноябрь" });
const PPMS_SUPPORT = sourced("001:4.20, 000:1.2.16", "ppms-support",
  "Организация консультативно-методического обеспечения психолого-медико-педагогического сопровождения детей и семей",
  { executor: `${DEPT}, ${HEADS}`, deadline: "Апрель–декабрь" });

export const RISK_MEASURES: Record<RiskFactorId, SourcedMeasure[]> = {
  risk_equipment: [
    sourced("001:4.34", "equipment-purchase", "Приобретение мультимедийной техники, оргтехники", { deadline: "Май", result: "Приобретено" }),
    sourced("001:4.43", "equipment-use", "Мониторинг эффективности использования оборудования, приобретенного за счет средств субсидии",
      { deadline: "Сентябрь–декабрь", reportFormat: "Справка" }),
  ],
  risk_staff_shortage: [
    sourced("002:X 4.6, 002:risks", "staff-reserve", "Создание базы данных кадрового резерва руководящих и педагогических кадров",
      { executor: DEPT, reportFormat: "База данных" }),
    sourced("004:4.3", "mentors", "Закрепление учителей – наставников из эффективных ОУ по предметным направлениям на определенный срок до улучшения показателей",
      { executor: DEPT_SCHOOLS, deadline: "в теч. года" }),
    sourced("004:main 7", "attract-staff",
      "Привлечение (директоров школ, педагогов) для работы в школах, работающих со сложным контингентом и в сложных условиях, демонстрирующих низкие образовательные результаты.",
      { executor: DEPT }),
  ],
  risk_teacher_competence: [
    sourced("002:X 4.2", "competence-assessment", "Проведение оценки профессиональных и метапредметных компетенций педагогов ШНОР и ШНСУ",
      { executor: `${IRO}, муниципальные тьюторы`, result: "выявление профессиональных потребностей и дефицитов педагогов", reportFormat: "Аналитическая записка" }),
    sourced("002:X 4.3", "pd-request", "Формирование запроса на разработку и реализацию программ повышения квалификации педагогов",
      { executor: DEPT, reportFormat: "Перечень тематик ППК для педагогов МР" }),
    sourced("000:1.2.7, 000:targets 9", "pd-courses", "Организация и проведение курсов повышения квалификации руководителей общеобразовательных организаций и учителей",
      { executor: IRO, deadline: "март - декабрь", result: "Доля педагогов «группы риска», повысивших квалификацию", funding: "внебюджетные средства" }),
    sourced("004:2.1", "method-guides",
      "Разработка и подготовка методических рекомендаций с учетом особенностей малоэффективных школ по: - подготовке и проведению современного урока (предметные направления); " +
      "- подготовке учащихся к итоговой аттестации (9, 11кл) (предметные направления); - работе с одаренными детьми; - организации внеурочной деятельности.",
      { executor: DEPT_SCHOOLS, deadline: "Сентябрь-ноябрь" }),
  ],
  risk_adaptivity: [
    sourced("001:4.19, 000:1.2.15", "individual-routes", "Внедрение механизмов индивидуализации образовательных маршрутов ученика",
      { executor: `${DEPT}, ${HEADS}`, deadline: "Апрель–декабрь" }),
    sourced("000:1.2.14", "assessment-systems", "Сопровождение модернизации внутришкольных систем оценивания", { executor: DEPT, deadline: "март - декабрь" }),
  ],
  risk_no_school_pd: [
    sourced("002:X 4.9", "school-communities", "Создание школьных профессиональных сообществ под руководством муниципальных тьюторов",
      { executor: DEPT, reportFormat: "План ШМО" }),
    sourced("002:IV 5.5", "teacher-councils",
      "Серия педагогических советов и семинаров-практикумов в школах-участницах проекта по развитию профессиональных компетентностей педагогов",
      { executor: DEPT, reportFormat: "Оргпроекты мероприятий" }),
    sourced("004:4.4", "master-classes",
      "Проведение наставниками мастер-классов и оказание практической помощи в организации индивидуальной методической траектории саморазвития учителя",
      { executor: DEPT_SCHOOLS, deadline: "в теч. года" }),
    sourced("002:X 4.12", "method-audit", "Аудит системы методической работы школ- участниц проекта",
      { executor: DEPT, reportFormat: "Аналитическая справка по результатам аудита" }),
  ],
  risk_language_barriers: [
    { ...SPECIALISTS, key: "speech-support" },
    { ...CLASS_HOURS, key: "tolerance-class-hours" },
  ],
  risk_school_climate: [
    sourced("004:5.1", "anonymous-survey",
      "Подготовка и проведение анонимного социально-психологического исследования обучающихся ОУ 8-11 классах на предмет раннего выявления немедицинского потребления наркотических веществ и алкоголя",
      { executor: DEPT_SCHOOLS, deadline: "Сентябрь –январь" }),
    CLASS_HOURS,
    sourced("000:1.2.12", "school-way-of-life",
      "Организация сетевого партнерства и обмена опытом между школами и учителями: - проведение проектного семинара для команд школ инновационной инфраструктуры и Школ с " +
      "низкими результатами, создание совместных проектов повышения качества образования, разработка планов модернизации уклада школьной жизни, заключение партнерских договоров и т.д.",
      { executor: `${DEPT}, ${HEADS}`, deadline: "март - декабрь" }),
  ],
  risk_failing_pupils: [
    PPMS_SUPPORT,
    SPECIALISTS,
    sourced("004:5.2", "ovz-support", "Психолого-педагогическое сопровождение детей с ОВЗ и их родителей в рамках интеграции и успешной социализации в ОУ.",
      { executor: DEPT_SCHOOLS, deadline: "В течение года" }),
    sourced("000:1.2.5", "success-conditions",
      "Создание условий для достижения учебной успешности каждого обучающегося, независимо от места жительства, социально-экономического статуса семьи.",
      { executor: `${DEPT}, ${HEADS}`, deadline: "март - декабрь" }),
  ],
  risk_parent_involvement: [
    sourced("001:4.15, 000:1.2.11", "parents-partners",
      "Вовлечение родительской общественности как социального партнера для повышения образовательных результатов детей и снижения негативных влияний",
      { executor: `${DEPT}, ${HEADS}`, deadline: "Март–ноябрь" }),
    sourced("000:1.3.8", "family-programs",
      "Обеспечение поддержки школ, работающих в сложном социальном контексте, в разработке и реализации (в т.ч. совместно с центрами психолого-медико-социального сопровождения, " +
      "центрами помощи семье и детям и др.) программ вовлечения семей в образование детей, демонстрирующих низкие образовательные результаты, включая посещение педагогами семей, " +
      "проведение консультаций для семей и т.п.",
      { executor: `${DEPT}, ${CENTRE}` }),
    sourced("002:risks", "parents-school", "Родительский Всеобуч", {}),
  ],
  risk_low_motivation: [
    sourced("001:4.21, 000:1.2.17", "motivation-events", "Организация мероприятий по развитию учебной мотивации школьников", { executor: HEADS, deadline: "Март–ноябрь" }),
    sourced("002:IV 2.4, 002:targets", "additional-programs", "Разработка и реализация программ дополнительного образования для обучающихся ШНОР и ШНСУ",
      { executor: DEPT, result: "Доля обучающихся, охваченных системой дополнительного образования", reportFormat: "программы дополнительного образования" }),
    sourced("000:1.3.6", "additional-partners",
      "Поддержка проектов взаимодействия школ с низкими образовательными результатами учреждениями дополнительного образования детей, культуры, спорта",
      { executor: `${DEPT}, ${CENTRE}` }),
  ],
};
