/**
 * Writes the department workbooks the import tests read: `npx tsx scripts/make-fixtures.ts [dir]`
 * (default test/fixtures/departments). Every school, number and order below is invented and every file
 * says so in a title cell; the layouts are the real ones (DOMAIN.md §8): «Приложение» blocks, merged
 * 2–3-row headers, totals rows, numbers as text, a sheet per year, label–value passports, a windows-1251
 * CSV with «;», and files that must be refused. A test re-runs this and compares with the committed copy.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import * as fs from "fs";
import * as path from "path";
import { book as exampleBook, NBSP, THIN } from "./samples/sheet";

type V = string | number | null;
const NOTE = "ПРИМЕР: данные вымышлены, только для проверки импорта";
const DATE = new Date(Date.UTC(2024, 0, 15));

const book = (): ExcelJS.Workbook => exampleBook(NOTE, DATE);

/** Writes rows from (row, col), merges the given ranges, bolds header rows. */
function put(ws: ExcelJS.Worksheet, at: [number, number], rows: V[][], merges: string[] = [], bold: number[] = []): void {
  rows.forEach((r, i) => r.forEach((v, j) => {
    if (v !== null) ws.getCell(at[0] + i, at[1] + j).value = v;
  }));
  for (const m of merges) ws.mergeCells(m);
  for (const r of bold) ws.getRow(r).font = { name: "Calibri", bold: true };
}

// ---- Ярцевский район: a sheet per year, «Приложение», 3-row merged header, numbering row, totals ----
const YARTSEVO: [string, V[][]][] = [
  ["МБОУ «СШ № 1» г. Ярцево", [[24, "71,2", "0", 18, "58,4", "5,6", `1${THIN}034`], [26, "69,8", "0", 17, "55,1", "5,9", `1${THIN}052`], [25, "72,5", "0", 19, "60,2", "0", `1${THIN}061`]]],
  ["МБОУ «СШ № 2»", [[19, "64,3", "5,3", 12, "49,7", "8,3", 812], [21, "62,9", "4,8", 14, "51,3", "7,1", 806], [20, "65,1", "0", 13, "52,8", "0,8", 798]]],
  ["МБОУ «СШ № 4»", [[15, "60,1", "6,7", 9, "44,2", "11,1", 640], [14, "58,6", "7,1", 8, "42,9", "12,5", 655], [16, "61,4", "6,3", 10, "46,0", "10", 662]]],
  ["МБОУ «Гимназия № 5»", [[28, "76,4", "0", 22, "66,8", "0", 720], [27, "77,9", "0", 21, "68,3", "0", 731], [29, "78,2", "0", 23, "67,5", "4,3", 744]]],
  ["МБОУ «Капыревщинская СШ»", [[6, "52,3", "16,7", 3, "38,0", "33,3", 152], [5, "49,8", "20", 2, "н/д", "н/д", 148], [4, "51,0", "0", 2, "39,5", "50", 141]]],
  ["МБОУ «Суетовская СШ»", [[4, "55,5", "0", 2, "41,0", "0", 96], [3, "57,0", "0", "-", "-", "-", 91], [5, "54,2", "20", 1, "36,0", "0", 88]]],
  ["МБОУ «Засижьевская ООШ»", [["-", "-", "-", "-", "-", "-", 47], ["-", "-", "-", "-", "-", "-", 45], ["-", "-", "-", "-", "-", "-", 44]]],
];

async function yartsevo(dir: string): Promise<void> {
  const wb = book();
  [2021, 2022, 2023].forEach((year, y) => {
    const ws = wb.addWorksheet(String(year));
    put(ws, [1, 8], [["Приложение № 2"], ["к приказу отдела образования Администрации МО «Ярцевский район»"], ["от 15.09.2023 № 214"]], ["H1:I1", "H2:I2", "H3:I3"]);
    put(ws, [4, 1], [[`Результаты ЕГЭ выпускников 11 классов общеобразовательных организаций Ярцевского района за ${year} год`], [NOTE]], ["A4:I4", "A5:I5"], [4]);
    put(ws, [6, 1], [
      ["№ п/п", "Наименование ОО", "ЕГЭ", null, null, null, null, null, "Кол-во обучающихся"],
      [null, null, "Русский язык", null, null, "Математика (профиль)", null, null, null],
      [null, null, "Кол-во участников", "Средний балл", "Доля не преодолевших мин. порог, %", "Кол-во участников", "Средний балл", "Доля не преодолевших мин. порог, %", null],
      [1, 2, 3, 4, 5, 6, 7, 8, 9],
    ], ["A6:A8", "B6:B8", "C6:H6", "C7:E7", "F7:H7", "I6:I8"], [6, 7, 8]);
    // The same school as written in another year's return: «МБОУ СШ N2».
    const rows = YARTSEVO.map(([name, years], i) => [i + 1, year === 2022 && i === 1 ? "МБОУ СШ N2" : name, ...years[y]]);
    put(ws, [10, 1], rows);
    const sum = (k: number): number => YARTSEVO.reduce((s, [, ys]) => s + (typeof ys[y][k] === "number" ? (ys[y][k] as number) : 0), 0);
    const pupils = YARTSEVO.reduce((s, [, ys]) => s + Number(String(ys[y][6]).replace(THIN, "")), 0);
    // 2022: the stated total of Russian participants is off by 10, as in a hand-kept return.
    put(ws, [17, 1], [[null, "Итого по району", sum(0) + (year === 2022 ? 10 : 0), null, null, sum(3), null, null, pupils], [null, "Среднее по району", null, "63,1", "4,5", null, "51,2", "8,9", null]]);
    put(ws, [20, 1], [["* Доля не преодолевших минимальный порог — в процентах от числа участников. " + NOTE]]);
  });
  await save(wb, path.join(dir, "yartsevo_ege_2021-2023.xlsx"));
}

// ---- Сафоновский район: shares written three ways, thin spaces, spacer column and row, bad values ----
async function safonovo(dir: string): Promise<void> {
  const wb = book();
  const ws = wb.addWorksheet("Свод 2023");
  put(ws, [1, 10], [["Приложение 1"]]);
  put(ws, [2, 1], [["Показатели общеобразовательных организаций Сафоновского района за 2023 год"], [NOTE]], ["A2:K2", "A3:K3"], [2]);
  put(ws, [5, 1], [
    ["№", "Наименование общеобразовательной организации", "Кол-во обучающихся, чел.", "Результаты обучения", null, null, "Социальный состав", null, null, "Кол-во кружков", "Примечание"],
    [null, null, null, "Качество знаний, %", "Успеваемость, %", null, "Доля обучающихся из малообеспеченных семей", "Доля обучающихся из неполных семей", "Доля обучающихся с ОВЗ", null, null],
  ], ["A5:A6", "B5:B6", "C5:C6", "D5:E5", "G5:I5", "J5:J6", "K5:K6"], [5, 6]);
  put(ws, [7, 1], [
    [1, "МБОУ СОШ № 1", `1${NBSP}234`, "64", "98,5", null, "12,5%", "8", "0,15", 12, null],
    [2, "МБОУ «СОШ № 2»", "845", "0,58", "100", null, "9%", "11,2", "2,1", 8, null],
    [3, "МБОУ СОШ № 3", "45,5", "71%", "97", null, "0,14", "6,5", "1,8", "много", "данные уточняются"],
    [null, null, null, null, null, null, null, null, null, null, null],
    [4, "МБОУ «Вадинская СОШ»", "-3", 55, "-", null, "н/д", "12", "4", 5, null],
    [5, "МКОУ Издешковская ООШ", "212", "н/д", "96,2", null, "21", "14,5", "120%", 3, null],
    [6, "МБОУ «Гимназия»", "612", "120%", "99,1", null, "5,5", "7", "0,9", 15, null],
    [null, "Итого", "3 000", null, null, null, null, null, null, 43, null],
  ]);
  put(ws, [16, 1], [["Примечание: «н/д» — нет данных. " + NOTE]]);
  await save(wb, path.join(dir, "safonovo_2023.xlsx"));
}

// ---- Вяземский район: years inside headers («ЕГЭ 2021, рус. яз.»), municipality spelled three ways ----
async function vyazma(dir: string): Promise<void> {
  const wb = book();
  const ws = wb.addWorksheet("ЕГЭ");
  put(ws, [1, 1], [["Средние баллы ЕГЭ по школам за три года. " + NOTE], []], [], [1]);
  put(ws, [3, 1], [[
    "Муниципальное образование", "Наименование ОО", "ЕГЭ 2021, рус. яз.", "ЕГЭ 2022, рус. яз.", "ЕГЭ 2023, рус. яз.",
    "ЕГЭ 2021, матем. проф.", "ЕГЭ 2022, матем. проф.", "ЕГЭ 2023, матем. проф.",
  ]], [], [3]);
  put(ws, [4, 1], [
    ["Вяземский район", "МБОУ СШ № 1 г. Вязьмы", "70,1", "68,8", "71,5", "56,0", "54,3", "57,9"],
    ["Вяземский р-н", "МБОУ СОШ № 3", "61,2", "63,0", "н/д", "47,5", "49,1", "46,2"],
    ["МО «Вяземский район»", "МБОУ «Кайдаковская СШ»", "54,0", "55,6", "53,1", "40,0", "н/д", "41,3"],
    ["Вяземский район", "МБОУ «Лицей № 1»", "79,3", "80,1", "81,0", "69,9", "71,2", "72,5"],
    ["Вяземский район", "МБОУ Андрейковская СШ", "57,8", "56,0", "58,3", "43,1", "42,0", "44,6"],
    [null, "Среднее по МО", "64,5", "64,7", "66,0", "51,3", "54,2", "52,5"],
  ]);
  await save(wb, path.join(dir, "vyazma_ege_2021-2023.xlsx"));
}

// ---- Дорогобужский район: table away from A1, section rows, ОГЭ and staff, a correct totals row ----
async function dorogobuzh(dir: string): Promise<void> {
  const wb = book();
  const ws = wb.addWorksheet("ОГЭ-2023");
  put(ws, [2, 3], [["Итоги ОГЭ-2023 и кадровое обеспечение школ Дорогобужского района"], [NOTE]], ["C2:J2", "C3:J3"], [2]);
  put(ws, [6, 3], [
    ["ОО", "ОГЭ: Русский язык", null, "ОГЭ: Математика", null, null, "Средний возраст педагогов", "Количество вакансий"],
    [null, "Средняя отметка", "Доля «2», %", "Средняя отметка", "Доля «2», %", null, null, null],
  ], ["C6:C7", "D6:E6", "F6:G6", "I6:I7", "J6:J7"], [6, 7]);
  put(ws, [8, 3], [
    ["Городские школы"],
    ["МБОУ Дорогобужская СОШ № 1", "3,9", "2,5", "3,6", "6,1", null, "46,2", 1],
    ["МБОУ Дорогобужская СОШ № 2", "4,1", "0", "3,8", "3,3", null, "44,8", 0],
    ["Сельские школы"],
    ["МБОУ Верхнеднепровская СОШ", "3,7", "4,8", "3,4", "9,5", null, "49,5", 2],
    ["МБОУ «Алексинская ООШ»", "3,5", "н/д", "3,3", "12,5", null, "52,1", 1],
    ["Итого", null, null, null, null, null, null, 4],
  ]);
  put(ws, [16, 3], [["Исполнитель: методист МОЦ. " + NOTE]]);
  await save(wb, path.join(dir, "dorogobuzh_oge_2023.xlsx"));
}

// ---- Social passports: one workbook per school, label–value lines ----
async function passports(dir: string): Promise<void> {
  const sub = path.join(dir, "passports");
  fs.mkdirSync(sub, { recursive: true });

  let wb = book();
  let ws = wb.addWorksheet("Паспорт");
  put(ws, [1, 1], [["Социальный паспорт образовательной организации"], [NOTE]], ["A1:D1", "A2:D2"], [1]);
  put(ws, [4, 1], [
    ["1.", "Наименование ОО", "Средняя школа №2"],
    ["2.", "Муниципальное образование", "Ярцевский р-н"],
    ["3.", "Учебный год", "2022/2023"],
    [null, "Контингент и семьи"],
    ["4.", "Количество обучающихся", 806, "чел."],
    ["5.", "Доля обучающихся из малообеспеченных семей", "18,5", "%"],
    ["6.", "Доля обучающихся из неполных семей", "0,21"],
    ["7.", "Доля обучающихся с ОВЗ", "3%"],
    ["8.", "Доля обучающихся, состоящих на учете", "1,2", "%"],
    ["9.", "Оба родителя с высшим образованием", "24", "%"],
    [null, "Кадры"],
    ["10.", "Педагог-психолог (да/нет)", "да"],
    ["11.", "Средний возраст педагогов", "47,3", "лет"],
    ["12.", "Телефон", "8 (48143) 0-00-00"],
  ]);
  await save(wb, path.join(sub, "passport_yartsevo_sh2.xlsx"));

  // No municipality line: «СОШ № 3» exists in two districts, so the importer must not guess.
  wb = book();
  ws = wb.addWorksheet("Лист1");
  put(ws, [1, 1], [["Социальный паспорт МБОУ «СОШ № 3» на 2022/2023 учебный год"], [NOTE], []], [], [1]);
  put(ws, [4, 1], [
    ["Количество обучающихся", 598],
    ["Доля детей из малообеспеченных семей", "22%"],
    ["Доля обучающихся из неполных семей", "17,4%"],
    ["Многодетные семьи, %", "9"],
  ]);
  await save(wb, path.join(sub, "passport_sosh3.xlsx"));

  // A passport over three years: one value column per year.
  wb = book();
  ws = wb.addWorksheet("Динамика");
  put(ws, [1, 1], [["Социальный паспорт школы: динамика за три года"], [NOTE]], ["A1:D1", "A2:D2"], [1]);
  put(ws, [4, 1], [
    ["Наименование ОО", "МБОУ «Капыревщинская средняя школа»"],
    ["Муниципальное образование", "Ярцевский район"],
    ["Показатель", 2021, 2022, 2023],
    ["Количество обучающихся", 152, 148, 141],
    ["Доля обучающихся из малообеспеченных семей, %", "31", "33,5", "35"],
    ["Доля обучающихся из неполных семей, %", "20", "22,3", "21"],
    ["Доля обучающихся с ОВЗ, %", "2", "2,7", "2,8"],
  ], ["B4:D4", "B5:D5"], [6]);
  await save(wb, path.join(sub, "passport_kapyrevschina_years.xlsx"));
}

// ---- ФИС ОКО-style export: windows-1251, «;», a title line, a year column ----
function csv(dir: string): void {
  const lines = [
    `Выгрузка результатов ВПР. ${NOTE}`,
    "Муниципалитет;Наименование ОО;Год;ВПР 5 кл. Русский язык: доля «2», %;ВПР 5 кл. Математика: доля «2», %",
    "Ярцевский р-н;МБОУ СШ N2;2022;12,5;8,3",
    "Ярцевский р-н;МБОУ СШ N2;2023;10,4;0,125",
    "Ярцевский р-н;\"МБОУ \"\"Гимназия № 5\"\"\";2022;2,1;0",
    "Ярцевский р-н;\"МБОУ \"\"Гимназия № 5\"\"\";2023;1,8;1,5",
    "Сафоновский район;МБОУ СОШ № 1;2023;7,7;9,6",
    "Сафоновский район;МБОУ «Вадинская СОШ»;2023;н/д;15",
  ];
  fs.writeFileSync(path.join(dir, "fis_oko_vpr_2022-2023.csv"), encode1251(lines.join("\r\n") + "\r\n"));
}

/** windows-1251 by hand: Node's TextEncoder writes only UTF-8. */
function encode1251(text: string): Uint8Array {
  const special: Record<string, number> = { "«": 0xab, "»": 0xbb, "№": 0xb9, "Ё": 0xa8, "ё": 0xb8, "—": 0x97, "–": 0x96 };
  return Uint8Array.from([...text].map((ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch in special) return special[ch];
    throw new Error(`No windows-1251 byte for ${ch}`);
  }));
}

// ---- Files the importer must refuse, each with its own message ----

/**
 * A minimal Compound File (OLE2, version 3, 512-byte sectors) holding the given streams, each padded
 * to at least 4096 bytes so that it lives in ordinary sectors (no mini stream is needed).
 */
function compoundFile(streams: [string, Uint8Array][]): Uint8Array {
  const S = 512;
  const data = streams.map(([name, bytes]) => {
    const size = Math.max(4096, Math.ceil(bytes.length / S) * S);
    const padded = new Uint8Array(size);
    padded.set(bytes);
    return { name, bytes: padded, length: Math.max(4096, bytes.length) };
  });
  const sectors = 2 + data.reduce((n, d) => n + d.bytes.length / S, 0);
  const out = new Uint8Array(S * (sectors + 1));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  // Version 3, little-endian, 512-byte sectors; one FAT sector (0), the directory in sector 1, no mini FAT or DIFAT.
  for (const [at, v] of [[24, 0x3e], [26, 3], [28, 0xfffe], [30, 9], [32, 6]]) view.setUint16(at, v, true);
  for (const [at, v] of [[44, 1], [48, 1], [56, 4096], [60, 0xfffffffe], [68, 0xfffffffe]]) view.setUint32(at, v, true);
  for (let i = 0; i < 109; i++) view.setUint32(76 + 4 * i, i === 0 ? 0 : 0xffffffff, true);
  const fat = (n: number, v: number): void => view.setUint32(S + 4 * n, v, true);
  for (let i = 0; i < S / 4; i++) fat(i, 0xffffffff);
  fat(0, 0xfffffffd);
  fat(1, 0xfffffffe);
  const entry = (index: number, name: string, type: number, start: number, size: number, child: number, right: number): void => {
    const at = S * 2 + 128 * index;
    for (let i = 0; i < name.length; i++) view.setUint16(at + 2 * i, name.charCodeAt(i), true);
    view.setUint16(at + 64, 2 * (name.length + 1), true);
    out[at + 66] = type;
    out[at + 67] = 1;
    view.setUint32(at + 68, 0xffffffff, true);
    view.setUint32(at + 72, right, true);
    view.setUint32(at + 76, child, true);
    view.setUint32(at + 116, start, true);
    view.setUint32(at + 120, size, true);
  };
  entry(0, "Root Entry", 5, 0xfffffffe, 0, 1, 0xffffffff);
  let next = 2;
  data.forEach((d, i) => {
    const count = d.bytes.length / S;
    for (let k = 0; k < count; k++) fat(next + k, k === count - 1 ? 0xfffffffe : next + k + 1);
    out.set(d.bytes, S * (next + 1));
    entry(1 + i, d.name, 2, next, d.length, 0xffffffff, i + 1 < data.length ? 2 + i : 0xffffffff);
    next += count;
  });
  return out;
}

/** Deterministic bytes that look like ciphertext. */
function noise(length: number, seed: number): Uint8Array {
  let s = seed >>> 0;
  return Uint8Array.from({ length }, () => (s = (s * 1664525 + 1013904223) >>> 0) >>> 24);
}

async function badFiles(dir: string): Promise<void> {
  const sub = path.join(dir, "bad");
  fs.mkdirSync(sub, { recursive: true });
  const write = (name: string, bytes: Uint8Array | string): void => fs.writeFileSync(path.join(sub, name), bytes);
  write("empty.xlsx", new Uint8Array(0));

  const info = new TextEncoder().encode('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><encryption xmlns="http://schemas.microsoft.com/office/2006/encryption"><keyData saltSize="16" blockSize="16" keyBits="256" hashSize="64" cipherAlgorithm="AES" cipherChaining="ChainingModeCBC" hashAlgorithm="SHA512"/></encryption>');
  write("password_protected.xlsx", compoundFile([["EncryptionInfo", Uint8Array.from([4, 0, 4, 0, 0x40, 0, 0, 0, ...info])], ["EncryptedPackage", noise(8192, 7)]]));
  // BIFF8: a BOF record (workbook globals) and an EOF record.
  write("old_format.xls", compoundFile([["Workbook", Uint8Array.from([0x09, 0x08, 0x10, 0, 0, 6, 5, 0, 0xbb, 0x0d, 0xcc, 0x07, 0, 0, 0, 0, 0x06, 0x04, 0, 0, 0x0a, 0, 0, 0])]]));

  const docx = new JSZip();
  docx.file("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>', { date: DATE, createFolders: false });
  docx.file("word/document.xml", `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Письмо в школы. ${NOTE}</w:t></w:r></w:p></w:body></w:document>`, { date: DATE, createFolders: false });
  write("letter.docx", await docx.generateAsync({ type: "uint8array", compression: "DEFLATE" }));
  write("scan.pdf", `%PDF-1.4\n% ${NOTE}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`);
  write("web_export.xls", `<html><head><meta charset="utf-8"></head><body><table><tr><td>Наименование ОО</td><td>Средний балл</td></tr><tr><td>МБОУ СОШ № 1</td><td>65,2</td></tr></table><p>${NOTE}</p></body></html>\n`);

  // A workbook whose zip directory is cut off: copied halfway, as from a broken flash drive.
  const whole = fs.readFileSync(path.join(dir, "safonovo_2023.xlsx"));
  write("truncated.xlsx", whole.subarray(0, Math.floor(whole.length * 0.6)));

  let wb = book();
  wb.addWorksheet("Лист1");
  await save(wb, path.join(sub, "blank.xlsx"));
  wb = book();
  const ws = wb.addWorksheet("Записка");
  put(ws, [1, 1], [["Пояснительная записка к отчёту"], [NOTE], ["Таблицы будут направлены позднее."]]);
  await save(wb, path.join(sub, "notes_only.xlsx"));
}

async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** Writes every fixture into `dir`; returns the paths written, relative to it. */
export async function makeFixtures(dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  await yartsevo(dir);
  await safonovo(dir);
  await vyazma(dir);
  await dorogobuzh(dir);
  await passports(dir);
  csv(dir);
  await badFiles(dir);
  const list = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? list(path.join(d, e.name)) : [path.join(d, e.name)]));
  return list(dir).map((f) => path.relative(dir, f)).sort();
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "test", "fixtures", "departments"));
  makeFixtures(dir).then(
    (files) => console.log(`${files.length} fixture files written to ${dir}:\n  ${files.join("\n  ")}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
