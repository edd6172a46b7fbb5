/**
 * The ten ФИОКО risk factors (DOMAIN.md §4), in ФИОКО's order. Values are the levels ФИОКО reports
 * («высокий» / «средний» / «низкий»), typed in by users: a lower level is better.
 */
import type { Indicator } from "./types";
import { RISK_FACTORS, type RiskFactorId } from "./ids";

export const RISK_FACTOR_TITLES: Record<RiskFactorId, { ru: string; en: string }> = {
  risk_equipment: { ru: "Низкий уровень оснащения школы", en: "Low level of school equipment" },
  risk_staff_shortage: { ru: "Дефицит педагогических кадров", en: "Shortage of teaching staff" },
  risk_teacher_competence: {
    ru: "Недостаточная предметная и методическая компетентность педагогических работников",
    en: "Insufficient subject and methodical competence of teachers",
  },
  risk_adaptivity: { ru: "Риски низкой адаптивности учебного процесса", en: "Low adaptivity of teaching" },
  risk_no_school_pd: {
    ru: "Несформированность внутришкольной системы повышения квалификации",
    en: "No in-school professional development system",
  },
  risk_language_barriers: {
    ru: "Низкое качество преодоления языковых и культурных барьеров",
    en: "Weak handling of language and cultural barriers",
  },
  risk_school_climate: {
    ru: "Пониженный уровень качества школьной образовательной и воспитательной среды",
    en: "Weak school learning and upbringing climate",
  },
  risk_failing_pupils: {
    ru: "Высокая доля обучающихся с рисками учебной неуспешности",
    en: "High share of pupils at risk of academic failure",
  },
  risk_parent_involvement: { ru: "Низкий уровень вовлеченности родителей", en: "Low parental involvement" },
  risk_low_motivation: { ru: "Низкая учебная мотивация обучающихся", en: "Low learning motivation of pupils" },
};

/** Header spellings seen in risk-profile tables besides the full title. */
const RISK_SYNONYMS: Record<RiskFactorId, string[]> = {
  risk_equipment: ["Оснащение школы", "Низкое оснащение", "Недостаточная оснащенность"],
  risk_staff_shortage: ["Дефицит кадров", "Кадровый дефицит", "Дефицит педагогов"],
  risk_teacher_competence: ["Недостаточная предметная и методическая компетентность", "Компетентность педагогов", "Предметная и методическая компетентность"],
  risk_adaptivity: ["Низкая адаптивность обучения", "Адаптивность учебного процесса", "Низкая адаптивность"],
  risk_no_school_pd: ["Внутришкольная система повышения квалификации", "Отсутствие внутришкольной системы повышения квалификации"],
  risk_language_barriers: ["Языковые и культурные барьеры", "Языковые барьеры"],
  risk_school_climate: ["Школьный климат", "Качество школьной среды", "Образовательная и воспитательная среда"],
  risk_failing_pupils: ["Риски учебной неуспешности", "Доля обучающихся с рисками учебной неуспешности", "Учебная неуспешность"],
  risk_parent_involvement: ["Вовлеченность родителей", "Низкая вовлеченность родителей"],
  risk_low_motivation: ["Учебная мотивация", "Низкая мотивация обучающихся", "Низкая учебная мотивация"],
};

export const RISK_INDICATORS: readonly Indicator[] = RISK_FACTORS.map((id) => ({
  id,
  title: RISK_FACTOR_TITLES[id],
  unit: "level",
  direction: "down",
  group: "risk",
  synonyms: RISK_SYNONYMS[id],
  yearly: true,
}));
