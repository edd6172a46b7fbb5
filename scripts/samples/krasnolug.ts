/**
 * Краснолуговский район (invented): a sheet per year with an «Приложение» block, a title, a 3-row merged
 * header, a column-number row, «Итого по району» and «Среднее по району» rows; and a social passport
 * sheet, one row per school. The same sheets make the task pane's sample workbook, after «О примере».
 */
import type ExcelJS from "exceljs";
import { schoolsOf, YEARS, type School, type Year } from "./schools";
import { comma, form, mean, NOTE, noExam, passportShare, put, share, shortName, thousands, widths, type V } from "./sheet";

const MUNI = "krasnolug";

/** Names as each year's return writes them: the 2023 return spelled one school out in full. */
function nameIn(school: School, year: Year): string {
  if (year === 2023 && school.name === "МБОУ «Краснолуговская СОШ № 2»") return "МБОУ «Краснолуговская средняя общеобразовательная школа № 2»";
  return school.name;
}

function yearRow(school: School, year: Year, i: number): V[] {
  const y = school.years[year];
  const exam = (e: typeof y.ru): V[] => (noExam(e) || !e ? ["-", "-", "-"] : [e.n, comma(e.mean), share(e.below, e.n)]);
  const oge = (k: number | null): V => (k === null ? "н/д" : share(k, y.n9));
  return [
    i + 1, nameIn(school, year), school.type, school.rural ? "село" : "город",
    ...exam(y.ru), ...exam(y.math), oge(y.ogeRu), oge(y.ogeMath), comma(y.quality),
  ];
}

export function addYearSheet(wb: ExcelJS.Workbook, year: Year): void {
  const schools = schoolsOf(MUNI);
  const ws = wb.addWorksheet(String(year));
  widths(ws, [6, 46, 10, 11, 11, 9, 14, 11, 9, 14, 11, 11, 11]);
  put(ws, [1, 9], [
    ["Приложение № 3"],
    ["к приказу Управления образования администрации Краснолуговского района"],
    [`от 12.09.${year} № ${214 + year - 2022}`],
  ], ["I1:M1", "I2:M2", "I3:M3"]);
  put(ws, [5, 1], [
    [`Результаты государственной итоговой аттестации и качество знаний в общеобразовательных организациях Краснолуговского района за ${year} год`],
    [NOTE],
  ], ["A5:M5", "A6:M6"], [5]);
  put(ws, [8, 1], [
    ["№ п/п", "Наименование ОО", "Тип ОО", "Городская/сельская", "ГИА-11 (ЕГЭ)", null, null, null, null, null, "ГИА-9 (ОГЭ)", null, "Качество знаний, %"],
    [null, null, null, null, "Русский язык", null, null, "Математика (профильный уровень)", null, null, "Русский язык", "Математика", null],
    [null, null, null, null, "Кол-во участников", "Средний балл", "Доля не преодолевших мин. порог, %", "Кол-во участников", "Средний балл", "Доля не преодолевших мин. порог, %", "Доля «2», %", "Доля «2», %", null],
    [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13],
  ], ["A8:A10", "B8:B10", "C8:C10", "D8:D10", "E8:J8", "K8:L8", "M8:M10", "E9:G9", "H9:J9"], [8, 9, 10]);
  [18, 30, 58].forEach((h, i) => (ws.getRow(8 + i).height = h));
  put(ws, [12, 1], schools.map((school, i) => yearRow(school, year, i)));
  const ys = schools.map((s) => s.years[year]);
  const sum = (pick: (y: (typeof ys)[number]) => number): number => ys.reduce((a, y) => a + pick(y), 0);
  const means = (pick: (y: (typeof ys)[number]) => number | null): string => comma(mean(ys.map(pick).filter((v): v is number => v !== null)));
  const end = 12 + schools.length;
  // Planted on purpose: the 2023 return states 2 more Russian participants than its rows add up to, as
  // hand-kept totals do; the import report warns about it (the only warning the samples carry).
  put(ws, [end, 1], [
    [null, "Итого по району", null, null, sum((y) => y.ru?.n ?? 0) + (year === 2023 ? 2 : 0), null, null, sum((y) => y.math?.n ?? 0), null, null, null, null, null],
    [null, "Среднее по району", null, null, null, means((y) => y.ru?.mean ?? null), null, null, means((y) => y.math?.mean ?? null), null, null, null, means((y) => y.quality)],
  ], [], [end, end + 1]);
  form(ws, 8, 1, end + 1, 13);
  put(ws, [end + 3, 1], [["* ООШ — основные школы, ЕГЭ не сдают («-»); «н/д» — сведения не представлены. " + NOTE]]);
}

export function addPassportSheet(wb: ExcelJS.Workbook): void {
  const schools = schoolsOf(MUNI);
  const ws = wb.addWorksheet("Соц. паспорт");
  widths(ws, [5, 44, 12, 14, 11, 14, 12, 9, 9, 9, 12, 11, 12, 14]);
  put(ws, [1, 1], [
    ["Социальный паспорт общеобразовательных организаций Краснолуговского района (по состоянию на 01.09.2023)"],
    [NOTE],
  ], ["A1:N1", "A2:N2"], [1]);
  put(ws, [4, 1], [
    ["№", "Наименование ОО", "Кол-во обучающихся, чел.", "Состав семей, %", null, null, null, "Состоят на учёте, чел.", null, null,
      "Доля обучающихся на учёте, %", "Обучающиеся с ОВЗ, %", "Русский язык не родной, %", "Малокомплектная (да/нет)"],
    [null, null, null, "Оба родителя с высшим образованием", "Неполные семьи", "Малообеспеченные семьи", "Безработные родители", "КДН и ЗП", "ПДН", "ВШУ", null, null, null, null],
  ], ["A4:A5", "B4:B5", "C4:C5", "D4:G4", "H4:J4", "K4:K5", "L4:L5", "M4:M5", "N4:N5"], [4, 5]);
  ws.getRow(4).height = 30;
  ws.getRow(5).height = 45;
  // The passport spells names without quotes: «МБОУ Краснолуговская СОШ № 1».
  put(ws, [6, 1], schools.map((s, i) => {
    const x = s.social;
    return [
      i + 1, `${s.name.split(" ")[0]} ${shortName(s.name)}`, thousands(s.pupils),
      passportShare(x.parentsHigherEd), passportShare(x.singleParent), passportShare(x.lowIncome), passportShare(x.unemployed),
      x.kdn, x.pdn, x.vshu, passportShare(x.onRegister), passportShare(x.ovz), passportShare(x.nonNative), s.small ? "да" : "нет",
    ];
  }));
  const end = 6 + schools.length;
  const total = (pick: (s: School) => number): number => schools.reduce((a, s) => a + pick(s), 0);
  put(ws, [end, 1], [[null, "Итого", thousands(total((s) => s.pupils)), null, null, null, null, total((s) => s.social.kdn), total((s) => s.social.pdn), total((s) => s.social.vshu)]], [], [end]);
  form(ws, 4, 1, end, 14);
  put(ws, [end + 2, 1], [["Примечание: доли — в процентах от числа обучающихся. " + NOTE]]);
}

/**
 * Stories told differently when this district is loaded alone: ШНСУ is the bottom quarter of the schools
 * loaded, 3 of these 12 (the demo's 40 schools put this one in its bottom quarter too).
 */
const SAMPLE_STORY: Record<string, string> = {
  "МБОУ «Краснолуговская СОШ № 5»": "социальные условия хуже средних (микрорайон бывшего завода), но в нижнюю четверть из 12 школ района не входит: сравните её индекс в реестре с границей",
};

/** The sample workbook's first sheet: what it is and what to try. */
export function addAboutSheet(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("О примере");
  widths(ws, [100]);
  ws.pageSetup = { orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
  const stories = schoolsOf(MUNI).filter((s) => !/^(обычная|гимназия)/.test(s.story)).map((s) => `• ${shortName(s.name)}: ${SAMPLE_STORY[s.name] ?? s.story}.`);
  const lines = [
    "Пример книги отдела образования: Краснолуговский район",
    NOTE + ". Совпадения с реальными школами случайны.",
    "",
    `На листах «${YEARS.join("», «")}» — результаты ГИА и качество знаний по годам, как их сводит отдел: блок «Приложение», шапка в три строки, строка номеров столбцов, «Итого» и «Среднее по району», числа текстом с запятой, «н/д» и «-».`,
    "На листе «Соц. паспорт» — социальный паспорт школ: семьи, учёт (КДН, ПДН, ВШУ), ОВЗ, неродной русский язык.",
    "",
    "Что попробовать:",
    "1. Вкладка «Данные»: источник «Листы этой книги» → «Просмотреть» → «Загрузить в книгу». Появятся листы «Данные» и «Отчёт об импорте» (этот лист надстройка пропустит: таблицы на нём нет).",
    "2. Вкладка «Классификация»: посмотрите, сколько школ попадает в ШНОР и ШНСУ при правилах по умолчанию, поменяйте пороги → «Записать в книгу». В реестре у каждой школы — причины.",
    "3. Вкладка «Отчёты»: сводка по МО, стартовая диагностика, мониторинг за три года, целевые показатели и дорожная карта.",
    "",
    "Что заложено в примере (правила по умолчанию; ШНСУ — нижняя четверть загруженных школ по индексу социального благополучия):",
    ...stories,
    "• Лист «2023»: в строке «Итого по району» участников ЕГЭ по русскому языку на 2 больше, чем в строках школ, — отчёт об импорте об этом предупредит.",
    "• Лист «2023»: одна школа записана полным наименованием («средняя общеобразовательная школа № 2») — импорт узнает в ней «СОШ № 2».",
  ];
  lines.forEach((text, i) => {
    if (text) ws.getCell(i + 1, 1).value = text;
    ws.getCell(i + 1, 1).alignment = { wrapText: true, vertical: "top" };
    // Spreadsheets do not grow a wrapped row on opening: give each line the height its text needs.
    ws.getRow(i + 1).height = 15 * Math.max(1, Math.ceil(text.length / 95));
  });
  ws.getRow(1).font = { name: "Calibri", bold: true, size: 14 };
  ws.getRow(1).height = 22;
}
