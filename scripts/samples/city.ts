/**
 * г. Нижнеозёрск (invented): an export from a regional monitoring system — one row per school and year,
 * numbers as numbers, shares as fractions, ЕГЭ as participant and below-minimum counts, the department's
 * own marks «НРО» / «ФНСУ» and the ФИОКО biased-results flag as «да» or blank; the social passport on a
 * second sheet with short names («СОШ № 3») and shares written «12,4 %».
 */
import type ExcelJS from "exceljs";
import { schoolsOf, YEARS, type Exam } from "./schools";
import { book, comma, NBSP, NOTE, noExam, put, save, shortName, widths, type V } from "./sheet";

const MUNI = "г. Нижнеозёрск";

const HEADER = [
  "МО", "Код ОО", "Наименование ОО", "Год", "Тип ОО", "Тип населенного пункта", "Контингент",
  "Кол-во участников ЕГЭ по русскому языку", "Средний балл ЕГЭ по русскому языку", "Кол-во не преодолевших мин. порог ЕГЭ по русскому языку",
  "Кол-во участников ЕГЭ по математике (профильный уровень)", "Средний балл ЕГЭ по математике (профильный уровень)",
  "Кол-во не преодолевших мин. порог ЕГЭ по математике (профильный уровень)",
  "Кол-во участников ЕГЭ по обществознанию", "Средний балл ЕГЭ по обществознанию", "Кол-во не преодолевших мин. порог ЕГЭ по обществознанию",
  "Доля «2» ОГЭ по русскому языку", "Доля «2» ОГЭ по математике", "Качество знаний", "НРО", "ФНСУ", "Признаки необъективности",
];

function exportSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Выгрузка");
  const schools = schoolsOf("nizhneozyorsk");
  put(ws, [1, 1], [
    ["Выгрузка из региональной информационной системы мониторинга качества образования"],
    [`Муниципалитет: ${MUNI}; период: 2022–2024; сформировано 16.09.2024`],
    [NOTE],
  ], [], [1]);
  put(ws, [5, 1], [HEADER], [], [5]);
  widths(ws, [17, 10, 24, 7, 10, 12, 11, ...HEADER.slice(7).map(() => 13)]);
  const exam = (e: Exam | null): V[] => (noExam(e) || !e ? [0, null, null] : [e.n, e.mean, e.below]);
  const fraction = (k: number | null, n: number): V => (k === null ? null : Math.round((1000 * k) / n) / 1000);
  const rows: V[][] = [];
  for (const year of YEARS) {
    schools.forEach((s, i) => {
      const y = s.years[year];
      rows.push([
        MUNI, `НОЗ-${String(i + 1).padStart(3, "0")}`, s.name, year, s.type === "СОШ" ? "СОШ" : s.type, "город", s.pupils + (year - 2024) * (3 + i),
        ...exam(y.ru), ...exam(y.math), ...exam(y.soc),
        fraction(y.ogeRu, y.n9), fraction(y.ogeMath, y.n9), Math.round(y.quality * 10) / 1000,
        s.nro.includes(year) ? "да" : null, s.fnsu.includes(year) ? "да" : null, s.biased.includes(year) ? "да" : null,
      ]);
    });
  }
  put(ws, [6, 1], rows);
}

function socialSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Соц. паспорт");
  const schools = schoolsOf("nizhneozyorsk");
  put(ws, [1, 1], [[`Социальный паспорт общеобразовательных организаций (${MUNI}), сводные данные`], [NOTE]], [], [1]);
  put(ws, [4, 1], [[
    "Школа", "Оба родителя с высшим образованием, %", "Неполные семьи, %", "Малообеспеченные семьи, %", "Безработные родители, %",
    "Состоят на учете, %", "ОВЗ, %", "Неродной русский язык, %",
  ]], [], [4]);
  widths(ws, [22, 16, 12, 16, 14, 12, 10, 14]);
  const pct = (v: number): string => `${comma(v)}${NBSP}%`;
  put(ws, [5, 1], schools.map((s) => {
    const x = s.social;
    return [shortName(s.name), ...[x.parentsHigherEd, x.singleParent, x.lowIncome, x.unemployed, x.onRegister, x.ovz, x.nonNative].map(pct)];
  }));
  put(ws, [6 + schools.length, 1], [["Источник: социальные паспорта школ, сентябрь. " + NOTE]]);
}

export async function writeCity(file: string): Promise<void> {
  const wb = book();
  exportSheet(wb);
  socialSheet(wb);
  await save(wb, file);
}
