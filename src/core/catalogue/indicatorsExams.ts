/**
 * Exam indicators: every ExamMeasure × ExamSubject of ids.ts, generated from subject word forms so the
 * 84 entries stay consistent. ОГЭ and ВПР have one mathematics exam: it takes the `math_profile` id
 * (as plain «математика» does in minscores.ts); their `math_base` ids exist for id completeness only
 * and carry no synonyms, so the matcher never picks them.
 */
import type { ExamSubject } from "../minscores";
import type { Direction, Indicator, Unit } from "./types";
import { examId, type ExamMeasure } from "./ids";

interface SubjectForms {
  /** «по русскому языку»: the first one goes into the title. */
  po: string[];
  /** «русский язык»: for headers like «ЕГЭ русский язык средний балл». */
  nom: string[];
  short: string;
  en: string;
}

const SUBJECTS: Record<ExamSubject, SubjectForms> = {
  russian: { po: ["по русскому языку", "по рус. яз."], nom: ["русский язык", "рус. яз."], short: "рус.", en: "Russian" },
  math_profile: {
    po: ["по математике (профильный уровень)", "по профильной математике", "по математике", "по матем."],
    nom: ["математика профильная", "математика (профиль)", "математика"], short: "матем. проф.", en: "mathematics (profile)",
  },
  math_base: {
    po: ["по математике (базовый уровень)", "по базовой математике", "по математике базовой"],
    nom: ["математика базовая", "математика (база)"], short: "матем. баз.", en: "mathematics (base)",
  },
  social: { po: ["по обществознанию"], nom: ["обществознание"], short: "общ.", en: "social studies" },
  physics: { po: ["по физике"], nom: ["физика"], short: "физ.", en: "physics" },
  chemistry: { po: ["по химии"], nom: ["химия"], short: "хим.", en: "chemistry" },
  biology: { po: ["по биологии"], nom: ["биология"], short: "биол.", en: "biology" },
  history: { po: ["по истории"], nom: ["история"], short: "ист.", en: "history" },
  literature: { po: ["по литературе"], nom: ["литература"], short: "лит.", en: "literature" },
  informatics: { po: ["по информатике", "по информатике и ИКТ"], nom: ["информатика", "информатика и ИКТ"], short: "инф.", en: "informatics" },
  geography: { po: ["по географии"], nom: ["география"], short: "геогр.", en: "geography" },
  foreign: {
    po: ["по иностранному языку", "по английскому языку", "по ин. яз."], nom: ["иностранный язык", "английский язык"],
    short: "ин. яз.", en: "foreign language",
  },
};

const SINGLE_MATH: SubjectForms = { po: ["по математике", "по матем."], nom: ["математика"], short: "матем.", en: "mathematics" };

function formsFor(subject: ExamSubject, exam: "ege" | "oge" | "vpr"): SubjectForms | null {
  if (exam === "ege") return SUBJECTS[subject];
  if (subject === "math_profile") return SINGLE_MATH;
  return subject === "math_base" ? null : SUBJECTS[subject];
}

interface MeasureSpec {
  exam: "ege" | "oge" | "vpr";
  unit: Unit;
  direction: Direction;
  /** Title from the subject's «по …» form. */
  title: (po: string) => string;
  en: string;
  short: string;
  /** Synonym patterns: {po} and {nom} are replaced by every subject form. */
  patterns: string[];
}

const MEASURES: Record<ExamMeasure, MeasureSpec> = {
  ege_mean: {
    exam: "ege", unit: "score", direction: "up", title: (po) => `Средний балл ЕГЭ ${po}`, en: "Mean ЕГЭ score", short: "ср. балл",
    patterns: ["Средний балл ЕГЭ {po}", "Ср. балл ЕГЭ {po}", "Средний тестовый балл ЕГЭ {po}", "ЕГЭ {nom} средний балл", "ЕГЭ {nom} ср. балл"],
  },
  ege_below_min: {
    exam: "ege", unit: "percent", direction: "down", en: "ЕГЭ share below the minimum", short: "доля ниже мин.",
    title: (po) => `Доля участников ЕГЭ ${po}, не преодолевших минимальный порог`,
    patterns: [
      "Доля участников ЕГЭ {po}, не преодолевших минимальный порог", "Доля выпускников, не преодолевших мин. порог ЕГЭ {po}",
      "Доля обучающихся, не преодолевших минимальный порог ЕГЭ {po}", "Доля не набравших минимальный балл ЕГЭ {po}",
      "% ниже минимального порога ЕГЭ {po}", "ЕГЭ {nom} доля ниже минимума",
    ],
  },
  ege_participants: {
    exam: "ege", unit: "people", direction: "none", en: "ЕГЭ participants", short: "участников",
    title: (po) => `Количество участников ЕГЭ ${po}`,
    patterns: ["Количество участников ЕГЭ {po}", "Число участников ЕГЭ {po}", "Кол-во сдававших ЕГЭ {po}", "Сдавали ЕГЭ {po}", "ЕГЭ {nom} количество участников"],
  },
  ege_below_min_count: {
    exam: "ege", unit: "people", direction: "down", en: "ЕГЭ participants below the minimum", short: "ниже мин., чел.",
    title: (po) => `Количество участников ЕГЭ ${po}, не преодолевших минимальный порог`,
    patterns: [
      "Количество участников ЕГЭ {po}, не преодолевших минимальный порог", "Число не преодолевших минимальный порог ЕГЭ {po}",
      "Кол-во не сдавших ЕГЭ {po}", "ЕГЭ {nom} количество ниже минимума",
    ],
  },
  oge_mean: {
    exam: "oge", unit: "mark", direction: "up", title: (po) => `Средняя отметка ОГЭ ${po}`, en: "Mean ОГЭ mark", short: "ср. отметка",
    patterns: ["Средняя отметка ОГЭ {po}", "Средний балл ОГЭ {po}", "Ср. балл ОГЭ {po}", "Средняя оценка ОГЭ {po}", "ОГЭ {nom} средний балл", "ОГЭ {nom} средняя отметка"],
  },
  oge_below_min: {
    exam: "oge", unit: "percent", direction: "down", en: "ОГЭ share with mark «2»", short: "доля «2»",
    title: (po) => `Доля участников ОГЭ ${po}, получивших «2»`,
    patterns: [
      "Доля участников ОГЭ {po}, получивших «2»", "Доля «2» ОГЭ {po}", "Доля двоек ОГЭ {po}",
      "Доля неудовлетворительных отметок ОГЭ {po}", "Доля не преодолевших минимальный порог ОГЭ {po}", "ОГЭ {nom} доля 2",
    ],
  },
  vpr_below_min: {
    exam: "vpr", unit: "percent", direction: "down", en: "ВПР share with mark «2»", short: "доля «2»",
    title: (po) => `Доля участников ВПР ${po}, получивших «2»`,
    patterns: [
      "Доля участников ВПР {po}, получивших «2»", "Доля «2» ВПР {po}", "Доля двоек ВПР {po}",
      "Доля неудовлетворительных отметок ВПР {po}", "ВПР {nom} доля 2",
    ],
  },
};

/** Seed rows that name an exam indicator in their own words. */
const EXTRA: Record<string, { synonyms: string[]; sources: string[] }> = {
  [examId("ege_below_min", "russian")]: {
    synonyms: ["Доля обучающихся, не преодолевших минимальный порог, установленный Рособрнадзором ЕГЭ по русскому языку"],
    sources: ["001:1.10"],
  },
  // In 2018 «ЕГЭ по математике» was the scored exam; minscores.ts reads plain «математика» the same way.
  [examId("ege_below_min", "math_profile")]: {
    synonyms: ["Доля обучающихся, не преодолевших порог итогового экзамена в форме ЕГЭ по математике"],
    sources: ["001:1.11"],
  },
  // Seed 000 compares school means with the minimum in these subjects.
  ...Object.fromEntries((["russian", "math_profile", "math_base", "biology", "social", "history"] as const)
    .map((s) => [examId("ege_mean", s), { synonyms: [], sources: ["000"] }])),
};

function expand(patterns: string[], forms: SubjectForms): string[] {
  const out = new Set<string>();
  for (const pattern of patterns) {
    const slots = pattern.includes("{po}") ? forms.po : forms.nom;
    for (const form of slots) out.add(pattern.replace("{po}", form).replace("{nom}", form));
  }
  return [...out];
}

function examIndicator(measure: ExamMeasure, subject: ExamSubject): Indicator {
  const spec = MEASURES[measure];
  const forms = formsFor(subject, spec.exam);
  const extra = EXTRA[examId(measure, subject)];
  // ЕГЭ in base mathematics is graded by marks, not scored.
  const baseMark = spec.exam === "ege" && subject === "math_base" && measure === "ege_mean";
  const titleForm = forms ? forms.po[0] : "по математике (базовый уровень)";
  const enSubject = forms ? forms.en : "mathematics (base; not a separate exam)";
  const examWord = spec.exam === "ege" ? "ЕГЭ" : spec.exam === "oge" ? "ОГЭ" : "ВПР";
  const title = baseMark ? `Средняя отметка ЕГЭ ${titleForm}` : spec.title(titleForm);
  const synonyms = [
    ...(forms ? expand(spec.patterns, forms) : []),
    ...(baseMark && forms ? expand(["Средняя отметка ЕГЭ {po}"], forms) : []),
    ...(extra ? extra.synonyms : []),
  ];
  return {
    id: examId(measure, subject),
    title: { ru: title, en: `${baseMark ? "Mean ЕГЭ mark" : spec.en}: ${enSubject}` },
    short: `${examWord} ${forms ? forms.short : "матем. баз."}: ${baseMark ? "ср. отметка" : spec.short}`,
    unit: baseMark ? "mark" : spec.unit,
    direction: spec.direction,
    group: "results",
    synonyms: synonyms.filter((s) => s !== title),
    subject,
    exam: spec.exam,
    ...(extra && extra.sources.length > 0 ? { sources: extra.sources } : {}),
    yearly: true,
  };
}

const ALL_SUBJECTS = Object.keys(SUBJECTS) as ExamSubject[];

export const EXAM_INDICATORS: readonly Indicator[] = (Object.keys(MEASURES) as ExamMeasure[])
  .flatMap((measure) => ALL_SUBJECTS.map((subject) => examIndicator(measure, subject)));
