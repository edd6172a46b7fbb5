/**
 * Two "all years on one sheet" layouts (invented data):
 * - Тихореченский район: years inside one-row headers («ЕГЭ 2023, рус. яз.»), the municipality spelled
 *   three ways in its own column, ОГЭ and качество знаний on a second sheet, a social passport sheet
 *   with a 2-row merged header and a column-number row;
 * - Верхнесосновский район: one summary sheet away from A1, years as sub-headers under merged parents,
 *   «Городские школы» / «Сельские школы» section rows, the social passport as year-less columns on
 *   the right («на 01.09.2023»).
 */
import type ExcelJS from "exceljs";
import { schoolsOf, YEARS, type Exam, type School } from "./schools";
import { book, comma, form, NOTE, noExam, passportShare, percentText, put, save, share, shortName, widths, type V } from "./sheet";

const SUBJECTS: [string, (s: School, y: (typeof YEARS)[number]) => Exam | null][] = [
  ["рус. яз.", (s, y) => s.years[y].ru],
  ["матем. проф.", (s, y) => s.years[y].math],
  ["обществознание", (s, y) => s.years[y].soc],
];

function tikhorechEge(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("ЕГЭ");
  const schools = schoolsOf("tikhorech").filter((s) => s.type !== "ООШ");
  const spellings = ["Тихореченский район", "Тихореченский р-н", "МО «Тихореченский район»"];
  put(ws, [1, 1], [["Результаты ЕГЭ по общеобразовательным организациям Тихореченского района за 2022–2024 годы"], [NOTE]], [], [1]);
  const header: V[] = ["Муниципальное образование", "Наименование ОО"];
  for (const [subject] of SUBJECTS) for (const y of YEARS) header.push(`ЕГЭ ${y}, ${subject}`);
  for (const [subject] of SUBJECTS) for (const y of YEARS) header.push(`ЕГЭ ${y}, ${subject}: доля ниже мин. порога, %`);
  put(ws, [4, 1], [header], [], [4]);
  ws.getRow(4).height = 60;
  widths(ws, [24, 40, ...header.slice(2).map(() => 12)]);
  put(ws, [5, 1], schools.map((s, i) => {
    const row: V[] = [spellings[i % spellings.length], s.name];
    for (const [, pick] of SUBJECTS) for (const y of YEARS) row.push(noExam(pick(s, y)) ? "-" : (pick(s, y) as Exam).mean);
    for (const [, pick] of SUBJECTS) for (const y of YEARS) {
      const e = pick(s, y);
      row.push(noExam(e) || !e ? "-" : `${share(e.below, e.n)}%`);
    }
    return row;
  }));
  const avg: V[] = [null, "Среднее по району"];
  for (const [, pick] of SUBJECTS) for (const y of YEARS) {
    const list = schools.map((s) => pick(s, y)).filter((e): e is Exam => !noExam(e));
    avg.push(Math.round((list.reduce((a, e) => a + e.mean, 0) / list.length) * 10) / 10);
  }
  put(ws, [5 + schools.length, 1], [avg], [], [5 + schools.length]);
  form(ws, 4, 1, 5 + schools.length, header.length);
  put(ws, [7 + schools.length, 1], [["Примечание: «-» — предмет не сдавали. Основные школы (ООШ) в таблицу не включены. " + NOTE]]);
}

function tikhorechOge(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("ОГЭ и качество знаний");
  const schools = schoolsOf("tikhorech");
  put(ws, [1, 1], [["Доля неудовлетворительных результатов ОГЭ и качество знаний: Тихореченский район, 2022–2024"], [NOTE]], [], [1]);
  const header: V[] = ["№", "ОО"];
  for (const y of YEARS) header.push(`ОГЭ-${y}: доля «2» по русскому языку, %`);
  for (const y of YEARS) header.push(`ОГЭ-${y}: доля «2» по математике, %`);
  for (const y of YEARS) header.push(`Качество знаний ${y}, %`);
  put(ws, [4, 1], [header], [], [4]);
  ws.getRow(4).height = 60;
  widths(ws, [5, 40, ...header.slice(2).map(() => 13)]);
  // Numbers, except a share of 1% or less, typed with its sign so that it is not read as a fraction.
  const pct = (k: number | null, n: number): V => {
    if (k === null) return "н/д";
    const v = Math.round((1000 * k) / n) / 10;
    return v > 0 && v <= 1 ? percentText(v) : v;
  };
  put(ws, [5, 1], schools.map((s, i) => [
    i + 1, s.name,
    ...YEARS.map((y) => pct(s.years[y].ogeRu, s.years[y].n9)),
    ...YEARS.map((y) => pct(s.years[y].ogeMath, s.years[y].n9)),
    ...YEARS.map((y) => s.years[y].quality),
  ]));
  form(ws, 4, 1, 4 + schools.length, header.length);
}

function tikhorechSocial(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("Социальный паспорт");
  const schools = schoolsOf("tikhorech");
  put(ws, [1, 1], [["Социальный паспорт: состав обучающихся и семей в школах Тихореченского района"], [NOTE]], ["A1:L1", "A2:L2"], [1]);
  put(ws, [4, 1], [
    ["№ п/п", "Наименование ОО", "Тип ОО", "Местность", "Социальный состав обучающихся, %", null, null, null, null, null, null, "Малокомплектная"],
    [null, null, null, null, "Доля семей, где оба родителя имеют высшее образование", "Неполные семьи", "Малообеспеченные семьи", "Родители не работают",
      "На различных видах учета (КДН и ЗП, ПДН, ВШУ)", "Дети с ОВЗ", "Для которых русский язык не родной", null],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
  ], ["A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:K4", "L4:L5"], [4, 5]);
  ws.getRow(5).height = 60;
  widths(ws, [6, 36, 10, 10, 16, 11, 14, 12, 16, 10, 14, 14]);
  put(ws, [7, 1], schools.map((s, i) => {
    const x = s.social;
    return [
      i + 1, shortName(s.name), s.type, s.rural ? "сельская" : "городская",
      ...[x.parentsHigherEd, x.singleParent, x.lowIncome, x.unemployed, x.onRegister, x.ovz, x.nonNative].map(passportShare),
      s.small ? "да" : null,
    ];
  }));
  form(ws, 4, 1, 6 + schools.length, 12);
}

export async function writeTikhorech(file: string): Promise<void> {
  const wb = book();
  tikhorechEge(wb);
  tikhorechOge(wb);
  tikhorechSocial(wb);
  await save(wb, file);
}

/** Parents over three year columns: [title, value of a school in a year]. */
const YEARLY: [string, (s: School, y: (typeof YEARS)[number]) => V][] = [
  ["ОГЭ: доля «2» по русскому языку, %", (s, y) => (s.years[y].ogeRu === null ? "н/д" : share(s.years[y].ogeRu as number, s.years[y].n9))],
  ["ОГЭ: доля «2» по математике, %", (s, y) => (s.years[y].ogeMath === null ? "н/д" : share(s.years[y].ogeMath as number, s.years[y].n9))],
  ["ЕГЭ: средний балл по русскому языку", (s, y) => (noExam(s.years[y].ru) ? "-" : comma((s.years[y].ru as Exam).mean))],
  ["ЕГЭ: средний балл по математике (профиль)", (s, y) => (noExam(s.years[y].math) ? "-" : comma((s.years[y].math as Exam).mean))],
  ["ЕГЭ: доля не преодолевших мин. порог по математике (профиль), %", (s, y) => {
    const e = s.years[y].math;
    return noExam(e) || !e ? "-" : share(e.below, e.n);
  }],
  ["Качество знаний, %", (s, y) => comma(s.years[y].quality)],
];
const SOCIAL = ["Оба родителя с высшим образованием", "Неполные семьи", "Малообеспеченные семьи", "Безработные родители", "Доля обучающихся на учете", "ОВЗ", "Русский язык неродной"];

export async function writeVerkhnesosn(file: string): Promise<void> {
  const wb = book();
  const ws = wb.addWorksheet("Свод");
  const schools = schoolsOf("verkhnesosn");
  const col = (c: number): string => ws.getColumn(c).letter;
  const width = 3 + YEARLY.length * 3 + SOCIAL.length;
  put(ws, [1, 2], [["Сводные показатели общеобразовательных организаций Верхнесосновского района за 2022–2024 годы"], [NOTE]], [], [1]);
  const top: V[] = ["Наименование ОО", "Тип ОО", "Местность"];
  const sub: V[] = [null, null, null];
  const merges = ["B4:B5", "C4:C5", "D4:D5"];
  YEARLY.forEach(([title], k) => {
    top.push(title, null, null);
    sub.push(...YEARS);
    merges.push(`${col(5 + 3 * k)}4:${col(7 + 3 * k)}4`);
  });
  top.push("Социальный паспорт (на 01.09.2023), %", ...SOCIAL.slice(1).map(() => null));
  sub.push(...SOCIAL);
  merges.push(`${col(5 + 3 * YEARLY.length)}4:${col(1 + width)}4`);
  put(ws, [4, 2], [top, sub], merges, [4, 5]);
  ws.getRow(4).height = 45;
  ws.getRow(5).height = 45;
  widths(ws, [3, 40, 9, 10, ...new Array(width - 3).fill(11)]);
  const row = (s: School): V[] => {
    const x = s.social;
    return [
      s.name, s.type, s.rural ? "село" : "город",
      ...YEARLY.flatMap(([, pick]) => YEARS.map((y) => pick(s, y))),
      ...[x.parentsHigherEd, x.singleParent, x.lowIncome, x.unemployed, x.onRegister, x.ovz, x.nonNative].map(passportShare),
    ];
  };
  const urban = schools.filter((s) => !s.rural);
  const rural = schools.filter((s) => s.rural);
  const rows: V[][] = [["Городские школы"], ...urban.map(row), ["Сельские школы"], ...rural.map(row)];
  put(ws, [6, 2], rows);
  put(ws, [6 + rows.length, 2], [["Среднее по району", null, null, ...YEARLY.flatMap(() => YEARS.map(() => null))]], [], [6 + rows.length]);
  // Average of the school means, as the district computes it (text with a comma, like the rest).
  YEARLY.forEach(([title, pick], k) => YEARS.forEach((y, j) => {
    if (!/балл|Качество/.test(title)) return;
    const values = schools.map((s) => pick(s, y)).filter((v): v is string => typeof v === "string" && v !== "-").map((v) => Number(v.replace(",", ".")));
    ws.getCell(6 + rows.length, 5 + 3 * k + j).value = comma(values.reduce((a, b) => a + b, 0) / values.length);
  }));
  form(ws, 4, 2, 6 + rows.length, 1 + width);
  put(ws, [8 + rows.length, 2], [["Исполнитель: методист МКУ «Центр развития образования». «н/д» — нет данных, «-» — экзамен не сдавали. " + NOTE]]);
  await save(wb, file);
}
