/**
 * Academic results other than per-subject exam figures: grades, certificates, ratios to the region,
 * medals (seed 001 table 1 rows 1–12; seed 002 targets; DOMAIN.md glossary).
 */
import type { Indicator } from "./types";
import { ID } from "./ids";

export const RESULTS_INDICATORS: readonly Indicator[] = [
  {
    id: ID.knowledgeQuality, title: { ru: "Доля обучающихся, закончивших учебный год на «4» и «5»", en: "Knowledge quality (share with only 4s and 5s)" },
    short: "Качество знаний", unit: "percent", direction: "up", group: "results", yearly: true, sources: ["001:1.1", "004"],
    synonyms: [
      "Качество знаний", "Кач-во знаний", "% качества", "Процент качества", "Качество обученности", "Качество обучения",
      "Качество успеваемости", "Доля обучающихся, закончивших учебный год на «4», «5»", "Закончили на 4 и 5",
      "Успевают на 4 и 5", "Учатся на «4» и «5»", "Обучающиеся на «4» и «5»", "Доля хорошистов и отличников",
    ],
  },
  {
    id: ID.academicSuccess, title: { ru: "Успеваемость (доля обучающихся без неудовлетворительных отметок)", en: "Academic success (share with no «2»)" },
    short: "Успеваемость", unit: "percent", direction: "up", group: "results", yearly: true,
    synonyms: [
      "Успеваемость", "% успеваемости", "Процент успеваемости", "Абсолютная успеваемость", "Уровень успеваемости",
      "Доля успевающих", "Доля обучающихся без «2»", "Обученность",
    ],
  },
  {
    id: ID.retention, title: { ru: "Сохранность контингента обучающихся", en: "Pupil retention between levels" },
    short: "Сохранность контингента", unit: "percent", direction: "up", group: "results", yearly: true, sources: ["002"],
    synonyms: [
      "Сохранность контингента", "Сохранение контингента", "Сохранность контингента при переходе на следующий уровень",
      "Сохранность контингента 9-10", "Доля перешедших в 10 класс",
    ],
  },
  {
    id: "honours_9", title: { ru: "Доля выпускников 9-х классов, получивших аттестаты особого образца", en: "Share of grade 9 leavers with honours certificates" },
    short: "Аттестаты с отличием 9 кл.", unit: "percent", direction: "up", group: "results", yearly: true, sources: ["001:1.2"],
    synonyms: ["Аттестаты особого образца 9 класс", "Аттестат с отличием 9 класс", "Доля аттестатов с отличием 9 кл"],
  },
  {
    id: "oge_ratio_russian",
    title: { ru: "Коэффициент отношения среднего балла по итогам ГИА выпускников 9-х классов по русскому языку в ОУ с данным показателем по региону", en: "Ratio of the school's mean ОГЭ result in Russian to the region's" },
    short: "ОГЭ рус.: к региону", unit: "ratio", direction: "up", group: "results", yearly: true, subject: "russian", exam: "oge", sources: ["001:1.3"],
    synonyms: [
      "Отношение среднего балла ОГЭ по русскому языку к региональному", "Коэффициент отношения среднего балла ОГЭ по русскому языку к региону",
      "ОГЭ русский язык к среднему по региону", "Отношение среднего балла ГИА-9 по русскому языку к среднему по региону",
    ],
  },
  {
    id: "oge_ratio_math",
    title: { ru: "Коэффициент отношения среднего балла по итогам ГИА по математике в ОУ с данным показателем по региону", en: "Ratio of the school's mean ОГЭ result in mathematics to the region's" },
    short: "ОГЭ матем.: к региону", unit: "ratio", direction: "up", group: "results", yearly: true, subject: "math_profile", exam: "oge", sources: ["001:1.4"],
    synonyms: [
      "Отношение среднего балла ОГЭ по математике к региональному", "Коэффициент отношения среднего балла ОГЭ по математике к региону",
      "ОГЭ математика к среднему по региону", "Отношение среднего балла ГИА-9 по математике к среднему по региону",
    ],
  },
  {
    id: "ege_ratio_russian",
    title: { ru: "Коэффициент отношения среднего балла ЕГЭ выпускников 11 классов по русскому языку к данному показателю по региону", en: "Ratio of the school's mean ЕГЭ score in Russian to the region's" },
    short: "ЕГЭ рус.: к региону", unit: "ratio", direction: "up", group: "results", yearly: true, subject: "russian", exam: "ege", sources: ["001:1.6"],
    synonyms: [
      "Коэффициент отношения среднего балла ЕГЭ выпускников 11 классов по русскому языку к данным показателем по региону",
      "Отношение среднего балла ЕГЭ по русскому языку к региональному", "Коэффициент отношения среднего балла ЕГЭ по русскому языку к региону",
      "ЕГЭ русский язык к среднему по региону",
    ],
  },
  {
    id: "ege_ratio_math",
    title: { ru: "Коэффициент отношения среднего балла ЕГЭ выпускников 11 классов по математике к данному показателю по региону", en: "Ratio of the school's mean ЕГЭ score in mathematics to the region's" },
    short: "ЕГЭ матем.: к региону", unit: "ratio", direction: "up", group: "results", yearly: true, subject: "math_profile", exam: "ege", sources: ["001:1.7"],
    synonyms: [
      "Коэффициент отношения среднего балла ЕГЭ выпускников 11 классов по математике к данным показателем по региону",
      "Отношение среднего балла ЕГЭ по математике к региональному", "Коэффициент отношения среднего балла ЕГЭ по математике к региону",
      "ЕГЭ математика к среднему по региону",
    ],
  },
  {
    id: ID.noCertificate9, title: { ru: "Доля выпускников 9-х классов, не получивших аттестаты", en: "Share of grade 9 leavers without a certificate" },
    short: "Без аттестата 9 кл.", unit: "percent", direction: "down", group: "results", yearly: true, sources: ["001:1.5"],
    synonyms: [
      "Доля обучающихся 9-х классов, не получивших аттестаты", "Не получили аттестат 9 класс", "Доля не получивших аттестат об основном общем образовании",
      "Доля выпускников 9 классов без аттестата",
    ],
  },
  {
    id: ID.noCertificate11, title: { ru: "Доля выпускников 11-х классов, не получивших аттестаты", en: "Share of grade 11 leavers without a certificate" },
    short: "Без аттестата 11 кл.", unit: "percent", direction: "down", group: "results", yearly: true, sources: ["001:1.5"],
    synonyms: [
      "Доля обучающихся 11-х классов, не получивших аттестаты", "Не получили аттестат 11 класс", "Доля не получивших аттестат о среднем общем образовании",
      "Доля выпускников 11 классов без аттестата",
    ],
  },
  {
    id: "no_certificate_9_11", title: { ru: "Доля обучающихся 9-х / 11-х классов, не получивших аттестаты в отчетном учебном году", en: "Share of grade 9 and 11 leavers without a certificate" },
    short: "Без аттестата 9/11 кл.", unit: "percent", direction: "down", group: "results", yearly: true, sources: ["001:1.5"],
    synonyms: ["Доля обучающихся, не получивших аттестат об образовании", "Не получили аттестат", "Доля выпускников без аттестата"],
  },
  {
    id: "ege_below_min_elective", title: { ru: "Доля обучающихся, не преодолевших порог итогового экзамена в форме ЕГЭ по предметам по выбору", en: "Share below the ЕГЭ minimum in elective subjects" },
    short: "ЕГЭ по выбору: ниже мин.", unit: "percent", direction: "down", group: "results", yearly: true, exam: "ege", sources: ["001:1.12"],
    synonyms: ["Доля не преодолевших минимальный порог ЕГЭ по предметам по выбору", "ЕГЭ предметы по выбору ниже минимума"],
  },
  {
    id: "gold_medals_regional", title: { ru: "Доля выпускников 11-х классов, получивших золотые медали (региональные)", en: "Share of grade 11 leavers with regional gold medals" },
    short: "Медали (рег.)", unit: "percent", direction: "up", group: "results", yearly: true, sources: ["001:1.8"],
    synonyms: ["Региональные золотые медали", "Золотые медали региональные", "Медалисты региональные"],
  },
  {
    id: "gold_medals_federal", title: { ru: "Доля выпускников 11-х классов, получивших золотые медали (федеральные)", en: "Share of grade 11 leavers with federal gold medals" },
    short: "Медали (фед.)", unit: "percent", direction: "up", group: "results", yearly: true, sources: ["001:1.9"],
    synonyms: ["Федеральные золотые медали", "Золотые медали федеральные", "Медаль «За особые успехи в учении»", "Медалисты федеральные"],
  },
  {
    id: "gia9_success_cluster",
    title: { ru: "Доля обучающихся, успешно прошедших государственную итоговую аттестацию-9 (не ниже среднего по кластеру)", en: "Share passing the grade 9 exams at or above the cluster mean" },
    short: "ГИА-9 не ниже кластера", unit: "percent", direction: "up", group: "results", yearly: true, exam: "oge", sources: ["002:targets"],
    synonyms: ["Доля обучающихся, успешно прошедших государственную итоговую -9 аттестацию (не ниже среднего по кластеру)", "Успешно прошли ГИА-9 не ниже среднего по кластеру"],
  },
  {
    // The seed's title is cut off after «высокий процент» (table column break); kept as written.
    id: "high_percent_share", title: { ru: "Доля обучающихся, демонстрирующих высокий процент", en: "Share of pupils showing a «high percent» (title cut off in seed 002)" },
    short: "Высокий процент", unit: "percent", direction: "up", group: "results", yearly: true, sources: ["002:targets"],
    synonyms: [],
  },
  {
    id: "max_result_share", title: { ru: "Доля обучающихся, получивших максимально возможный образовательный результат", en: "Share of pupils reaching their best possible result" },
    short: "Макс. результат", unit: "percent", direction: "up", group: "results", yearly: true, sources: ["000:targets 6"],
    synonyms: ["Максимально возможный образовательный результат"],
  },
];
