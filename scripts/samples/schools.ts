/**
 * The invented schools behind the sample department workbooks (assets/samples): four invented
 * municipalities, 40 schools, 2022–2024, each with its story (`story`, also shown on the sample's
 * «О примере» sheet); model.ts generates the numbers. With the default settings, 2024 gives 8 ШНОР,
 * 7 ШНСУ, 4 «ШНОР и ШНСУ» (the social index's bottom quartile is 10 schools, plus one department
 * mark), 3 crisis schools, 2 schools that left the list since 2022 and one resilient school.
 */
import { build, type Muni, type School, type Spec } from "./model";

export { YEARS } from "./model";
export type { Exam, Muni, School, SchoolType, Social, Year, YearData } from "./model";

const SPECS: Spec[] = [
  // ---- Краснолуговский район: a sheet per year; its social passport is a separate file ----
  { muni: "krasnolug", name: "МБОУ «Краснолуговская СОШ № 1»", pupils: 1042, d: -0.8, story: "обычная сильная школа райцентра" },
  {
    muni: "krasnolug", name: "МБОУ «Краснолуговская СОШ № 2»", pupils: 538, d: 0.2,
    story: "ШНОР второй год (ОГЭ по математике и ЕГЭ по профильной математике ≥ 30%), социальные условия обычные: риск",
    years: { 2023: { ogeMath: 0.34, mathBelow: 0.31 }, 2024: { ogeMath: 0.36, mathBelow: 0.33 } },
  },
  {
    muni: "krasnolug", name: "МБОУ «Краснолуговская СОШ № 3»", pupils: 611, d: 0.1,
    story: "ШНОР в 2022 и 2023 годах, в 2024 году вышла из списка",
    years: { 2022: { ogeRu: 0.31, ogeMath: 0.35 }, 2023: { ogeMath: 0.32 }, 2024: { ogeRu: 0.09, ogeMath: 0.18 } },
  },
  { muni: "krasnolug", name: "МБОУ «Краснолуговская СОШ № 4»", pupils: 476, d: -0.3, story: "обычная школа" },
  {
    muni: "krasnolug", name: "МБОУ «Краснолуговская СОШ № 5»", pupils: 1129, d: 1.3,
    story: "ШНСУ: микрорайон бывшего завода, много малообеспеченных и неработающих родителей; результаты ниже средних, но не низкие",
  },
  { muni: "krasnolug", name: "МБОУ «Краснолуговская гимназия»", type: "гимназия", pupils: 688, d: -1.5, story: "гимназия: лучшие результаты района" },
  {
    muni: "krasnolug", name: "МБОУ «Берёзовская СОШ»", rural: true, pupils: 214, d: 1.9,
    story: "кризис: низкие результаты три года подряд и неблагоприятные социальные условия (ШНОР и ШНСУ)",
    years: { 2022: { ogeRu: 0.31, ogeMath: 0.38 }, 2023: { ogeRu: 0.33, ogeMath: 0.41, mathBelow: 0.5 }, 2024: { ogeRu: 0.3, ogeMath: 0.35 } },
  },
  {
    muni: "krasnolug", name: "МБОУ «Ключевская СОШ»", rural: true, pupils: 146, d: 0.4,
    story: "ШНОР в 2024: одна процедура (ЕГЭ, профильная математика: 1 из 3) два года подряд",
    years: { 2022: { mathN: 2, mathBelow: 0 }, 2023: { mathN: 3, mathBelow: 0.33 }, 2024: { mathN: 3, mathBelow: 0.33 } },
  },
  {
    muni: "krasnolug", name: "МБОУ «Покровская СОШ»", rural: true, pupils: 263, d: -0.2,
    story: "без статуса, но результаты 2024 года хуже 2023-го по большинству показателей: риск",
    years: { 2024: { worse: true } },
  },
  { muni: "krasnolug", name: "МКОУ «Заречная ООШ»", type: "ООШ", rural: true, small: true, pupils: 64, d: 1.6, story: "ШНСУ: малокомплектная сельская, результаты ниже средних, но не низкие" },
  {
    muni: "krasnolug", name: "МКОУ «Никольская ООШ»", type: "ООШ", rural: true, small: true, pupils: 37, d: 1.4,
    story: "ШНСУ; в 2022 году результат ОГЭ по русскому языку не сдан в отдел («н/д»)", years: { 2022: { ogeRu: "н/д" } },
  },
  { muni: "krasnolug", name: "МКОУ «Ольховская ООШ»", type: "ООШ", rural: true, small: true, pupils: 48, d: 0.3, story: "обычная малокомплектная" },

  // ---- Тихореченский район: years inside the headers («ЕГЭ 2023, рус. яз.») ----
  { muni: "tikhorech", name: "МБОУ «Тихореченская СОШ № 1»", pupils: 693, d: -0.9, choice: true, story: "обычная сильная школа" },
  {
    muni: "tikhorech", name: "МБОУ «Тихореченская СОШ № 2»", pupils: 521, d: 1.5, choice: true,
    story: "кризис: ШНОР в 2023 и 2024 годах и ШНСУ",
    years: { 2023: { ogeMath: 0.33, mathBelow: 0.35 }, 2024: { ogeMath: 0.36, mathBelow: 0.38 } },
  },
  {
    muni: "tikhorech", name: "МБОУ «Тихореченская СОШ № 3»", pupils: 468, d: 0.3, choice: true,
    story: "ШНОР в 2024: средний балл ЕГЭ по обществознанию ниже минимума (42) два года подряд",
    years: { 2022: { socMean: 44.8, socBelow: 0.2 }, 2023: { socMean: 39.5, socBelow: 0.45 }, 2024: { socMean: 40.1, socBelow: 0.42 } },
  },
  { muni: "tikhorech", name: "МБОУ «Тихореченская СОШ № 4»", pupils: 556, d: -0.4, choice: true, story: "обычная школа" },
  { muni: "tikhorech", name: "МБОУ «Тихореченская гимназия»", type: "гимназия", pupils: 612, d: -1.4, choice: true, story: "гимназия" },
  {
    muni: "tikhorech", name: "МБОУ «Малиновская СОШ»", rural: true, pupils: 183, d: 1.7, s: 1.2, choice: true,
    story: "резильентная: социальные условия в нижней четверти (ШНСУ), а результаты в верхней",
  },
  {
    muni: "tikhorech", name: "МБОУ «Луговская СОШ»", rural: true, pupils: 232, d: 0.5,
    story: "кризис без ШНСУ: низкие результаты три года подряд (ОГЭ по математике ≥ 30% каждый год)",
    years: { 2022: { ogeRu: 0.3, ogeMath: 0.36 }, 2023: { ogeMath: 0.33 }, 2024: { ogeMath: 0.31 } },
  },
  { muni: "tikhorech", name: "МБОУ «Каменская СОШ»", rural: true, pupils: 201, d: 0, story: "обычная сельская школа" },
  { muni: "tikhorech", name: "МКОУ «Верхнеполянская ООШ»", type: "ООШ", rural: true, small: true, pupils: 41, d: 1.2, story: "ШНСУ: малокомплектная" },
  { muni: "tikhorech", name: "МКОУ «Дубровская ООШ»", type: "ООШ", rural: true, pupils: 58, d: 0.4, story: "обычная основная школа" },

  // ---- г. Нижнеозёрск: a regional-system export, a row per school and year, the department's marks ----
  { muni: "nizhneozyorsk", name: "МАОУ «Лицей № 1»", type: "лицей", pupils: 918, d: -1.6, choice: true, story: "лицей: лучшие результаты города" },
  { muni: "nizhneozyorsk", name: "МБОУ «Гимназия № 2»", type: "гимназия", pupils: 847, d: -1.3, choice: true, story: "гимназия" },
  { muni: "nizhneozyorsk", name: "МБОУ «СОШ № 3»", pupils: 762, d: -0.5, choice: true, story: "обычная школа" },
  {
    muni: "nizhneozyorsk", name: "МБОУ «СОШ № 4»", pupils: 655, d: 0.4, choice: true, nro: [2024],
    story: "ШНОР в 2024 (профильная математика: 5 из 14 ниже минимума, ОГЭ по математике 32%); отдел тоже отметил «НРО»",
    years: { 2024: { mathN: 14, mathBelow: 0.36, ogeMath: 0.32 } },
  },
  {
    muni: "nizhneozyorsk", name: "МБОУ «СОШ № 5»", pupils: 590, d: -0.2, choice: true, biased: [2024],
    story: "признаки необъективности в 2024 году: ни одной «2» на ОГЭ при средних баллах ЕГЭ",
    years: { 2024: { ogeRu: 0, ogeMath: 0, quality: 58.5 } },
  },
  {
    muni: "nizhneozyorsk", name: "МБОУ «СОШ № 6»", pupils: 701, d: 0.2, choice: true,
    story: "ШНОР в 2022 году, с 2023 года вышла из списка", years: { 2022: { ogeRu: 0.32, ogeMath: 0.37 } },
  },
  {
    muni: "nizhneozyorsk", name: "МБОУ «СОШ № 7»", pupils: 534, d: 0.5, choice: true,
    story: "впервые ШНОР в 2024 году (ОГЭ: русский 31%, математика 38%)", years: { 2024: { ogeRu: 0.31, ogeMath: 0.38 } },
  },
  {
    muni: "nizhneozyorsk", name: "МБОУ «СОШ № 8»", pupils: 488, d: 0.7, choice: true, fnsu: [2022, 2023, 2024],
    story: "ШНСУ по отметке отдела «ФНСУ» (общежития, временное жильё): по индексу не в нижней четверти",
  },
  {
    muni: "nizhneozyorsk", name: "МБОУ «СОШ № 9»", pupils: 612, d: 0, choice: true, nro: [2024],
    story: "ШНОР только по отметке отдела «НРО» в 2024 году (по ВПР, которых нет в этих данных)",
  },
  {
    muni: "nizhneozyorsk", name: "МБОУ «СОШ № 10»", pupils: 703, d: 1.8, choice: true, social: { nonNative: 24.3 },
    story: "ШНОР и ШНСУ в 2024 году: много детей, для которых русский язык неродной; риск",
    years: { 2024: { ogeRu: 0.35, ogeMath: 0.31 } },
  },

  // ---- Верхнесосновский район: one summary sheet, years under merged headers, social data on the right ----
  { muni: "verkhnesosn", name: "МБОУ «Верхнесосновская СОШ № 1»", pupils: 644, d: -0.7, story: "обычная сильная школа" },
  { muni: "verkhnesosn", name: "МБОУ «Верхнесосновская СОШ № 2»", pupils: 479, d: 0.1, story: "обычная школа" },
  { muni: "verkhnesosn", name: "МБОУ «Верхнесосновская СОШ № 3»", pupils: 517, d: -0.2, story: "обычная школа" },
  {
    muni: "verkhnesosn", name: "МКОУ «Сосновоборская ООШ»", type: "ООШ", rural: true, pupils: 72, d: 0.5,
    story: "ШНОР в 2023 и 2024 годах по ОГЭ (основная школа, ЕГЭ нет); риск",
    years: { 2023: { ogeRu: 0.33, ogeMath: 0.4 }, 2024: { ogeRu: 0.31, ogeMath: 0.36 } },
  },
  {
    muni: "verkhnesosn", name: "МКОУ «Еловская ООШ»", type: "ООШ", rural: true, small: true, pupils: 39, d: 2.0,
    story: "ШНОР и ШНСУ в 2024 году (2 «двойки» из 4 и в русском, и в математике); риск",
    years: { 2024: { ogeRu: 0.4, ogeMath: 0.4 } },
  },
  { muni: "verkhnesosn", name: "МБОУ «Кедровская СОШ»", rural: true, pupils: 192, d: 1.3, story: "ШНСУ: результаты ниже средних, но не низкие" },
  { muni: "verkhnesosn", name: "МКОУ «Боровская ООШ»", type: "ООШ", rural: true, pupils: 55, d: 0.6, story: "обычная основная школа" },
  { muni: "verkhnesosn", name: "МКОУ «Пихтовская ООШ»", type: "ООШ", rural: true, small: true, pupils: 44, d: 0.4, story: "обычная малокомплектная" },
];

export const SCHOOLS: readonly School[] = SPECS.map(build);

export const schoolsOf = (muni: Muni): School[] => SCHOOLS.filter((school) => school.muni === muni);
