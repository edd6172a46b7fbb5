import * as fs from "fs";
import JSZip from "jszip";
import * as path from "path";
import { UserError } from "../../src/core/errors";
import { csvGrid, decodeText, detectDelimiter, parseCsv } from "../../src/import/csv";
import { cfbStreams, sniff, zipEntries } from "../../src/import/sniff";
import { MAX_FILE_BYTES, readWorkbookFile } from "../../src/workbook/files";

const DIR = path.join(__dirname, "..", "fixtures", "departments");
const bytes = (name: string): Uint8Array => new Uint8Array(fs.readFileSync(path.join(DIR, name)));

async function failure(name: string, data: Uint8Array, limits?: { maxBytes: number; maxRows: number }): Promise<UserError> {
  try {
    await readWorkbookFile(name, data, limits);
  } catch (error) {
    if (error instanceof UserError) return error;
    throw error;
  }
  throw new Error(`${name} was read`);
}

describe("readWorkbookFile refuses what it cannot read, naming the file", () => {
  it.each([
    ["bad/empty.xlsx", /«empty\.xlsx» пуст \(0 байт\)/],
    ["bad/truncated.xlsx", /«truncated\.xlsx» повреждён.*обрезан/],
    ["bad/password_protected.xlsx", /«password_protected\.xlsx» защищён паролем/],
    ["bad/old_format.xls", /«old_format\.xls» сохранён в старом формате Excel 97–2003 \(\.xls\).*Книга Excel \(\*\.xlsx\)/],
    ["bad/letter.docx", /«letter\.docx» — не таблица \(документ Word\)/],
    ["bad/scan.pdf", /«scan\.pdf» — не таблица \(по содержимому это PDF\)/],
    ["bad/web_export.xls", /«web_export\.xls» — веб-страница \(HTML\)/],
    ["bad/blank.xlsx", /В файле «blank\.xlsx» нет данных/],
  ])("%s", async (name, message) => {
    const error = await failure(name, bytes(name));
    expect(error.message).toMatch(message);
    expect(error.where.file).toBe(path.basename(name));
  });

  it("refuses a file over the size limit before reading it", async () => {
    const big = new Uint8Array(MAX_FILE_BYTES + 1);
    expect((await failure("огромный.xlsx", big)).message).toMatch(/«огромный\.xlsx» слишком большой \(200 МБ\): можно загрузить файл не больше 200 МБ/);
  });

  it("refuses a CSV with more rows than a sheet holds", async () => {
    const csv = new TextEncoder().encode("ОО;Балл\n" + "СОШ № 1;70\n".repeat(20));
    expect((await failure("много.csv", csv, { maxBytes: MAX_FILE_BYTES, maxRows: 10 })).message).toMatch(/В файле «много\.csv» больше 10 строк/);
  });

  it("calls an .xlsx that holds text damaged, and a text file of unknown type not a spreadsheet", async () => {
    const text = new TextEncoder().encode("просто текст");
    expect((await failure("a.xlsx", text)).message).toMatch(/повреждён.*обычный текст/);
    expect((await failure("a.json", text)).message).toMatch(/не таблица \(текстовый файл/);
  });

  it("reads a workbook by content, with merges, and every sheet", async () => {
    const book = await readWorkbookFile("some/folder/yartsevo_ege_2021-2023.xlsx", bytes("yartsevo_ege_2021-2023.xlsx"));
    expect(book.file).toBe("yartsevo_ege_2021-2023.xlsx");
    expect(book.grids.map((g) => g.sheet)).toEqual(["2021", "2022", "2023"]);
    expect(book.grids[0].merges).toEqual(expect.arrayContaining(["C6:H6", "A6:A8"]));
    expect(book.grids[0].values[9][1]).toBe("МБОУ «СШ № 1» г. Ярцево");
  });

  it("reads a macro-enabled workbook (.xlsm)", async () => {
    const zip = await JSZip.loadAsync(bytes("safonovo_2023.xlsx"));
    const types = await zip.file("[Content_Types].xml")!.async("string");
    zip.file("[Content_Types].xml", types.replace("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "application/vnd.ms-excel.sheet.macroEnabled.main+xml"));
    zip.file("xl/vbaProject.bin", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    const book = await readWorkbookFile("свод.xlsm", await zip.generateAsync({ type: "uint8array" }));
    expect(book.grids.map((g) => g.sheet)).toEqual(["Свод 2023"]);
  });

  it("reads a windows-1251 CSV with «;» into one grid named after the file", async () => {
    const book = await readWorkbookFile("fis_oko_vpr_2022-2023.csv", bytes("fis_oko_vpr_2022-2023.csv"));
    expect(book.grids).toHaveLength(1);
    expect(book.grids[0].sheet).toBe("fis_oko_vpr_2022-2023");
    expect(book.grids[0].values[1]).toEqual(["Муниципалитет", "Наименование ОО", "Год", "ВПР 5 кл. Русский язык: доля «2», %", "ВПР 5 кл. Математика: доля «2», %"]);
    expect(book.grids[0].values[4][1]).toBe('МБОУ "Гимназия № 5"');
  });

  it("reads a text file saved as .xls (some systems export so) as text", async () => {
    const tsv = new TextEncoder().encode("ОО\tБалл\nСОШ № 1\t70\n");
    expect((await readWorkbookFile("выгрузка.xls", tsv)).grids[0].values).toEqual([["ОО", "Балл"], ["СОШ № 1", "70"]]);
  });
});

describe("sniffing containers", () => {
  it("lists the streams of a Compound File", () => {
    expect(cfbStreams(bytes("bad/password_protected.xlsx"))).toEqual(["EncryptionInfo", "EncryptedPackage"]);
    expect(cfbStreams(bytes("bad/old_format.xls"))).toEqual(["Workbook"]);
  });

  it("lists the entries of a ZIP package from its central directory, and returns null for a cut one", () => {
    expect(zipEntries(bytes("safonovo_2023.xlsx"))).toContain("xl/workbook.xml");
    expect(zipEntries(bytes("bad/truncated.xlsx"))).toBeNull();
  });

  it.each([
    [[0x25, 0x50, 0x44, 0x46, 0x2d], "binary"],
    [[0x3c, 0x68, 0x74, 0x6d, 0x6c, 0x3e], "html"],
    [[0x61, 0x3b, 0x62, 0x0a], "text"],
    [[0x61, 0x00, 0x62], "binary"],
    [[], "empty"],
  ])("%p is %s", (data, kind) => {
    expect(sniff(Uint8Array.from(data)).kind).toBe(kind);
  });
});

describe("CSV", () => {
  it.each([
    [[0xef, 0xbb, 0xbf, 0xd0, 0x9e, 0xd0, 0x9e], "ОО", "utf-8"],
    [[0xd0, 0x9e, 0xd0, 0x9e], "ОО", "utf-8"],
    [[0xce, 0xce, 0x3b, 0xb9], "ОО;№", "windows-1251"],
    [[0xff, 0xfe, 0x1e, 0x04, 0x1e, 0x04], "ОО", "utf-16le"],
  ])("decodes %p as %p (%s)", (data, text, encoding) => {
    expect(decodeText(Uint8Array.from(data))).toEqual({ text, encoding });
  });

  it.each([
    ["ОО;Балл;Доля\nСОШ № 1;70,5;12,5\nСОШ № 2;65;8,1\n", ";"],
    ["ОО,Балл,Доля\nСОШ 1,70.5,12.5\nСОШ 2,65,8.1\n", ","],
    ["ОО\tБалл\nСОШ 1\t70,5\n", "\t"],
    ['"ОО; полное";Балл\n"СОШ № 1";"70,5"\n', ";"],
  ])("detects the delimiter of %p", (text, delimiter) => {
    expect(detectDelimiter(text)).toBe(delimiter);
  });

  it("parses quotes, doubled quotes, line breaks inside quotes and CRLF", () => {
    expect(parseCsv('a;"b ""c""";"d\r\ne"\r\nf;;g', ";")).toEqual([["a", 'b "c"', "d\r\ne"], ["f", "", "g"]]);
  });

  it("pads short rows and turns blanks into empty cells", () => {
    const { grid } = csvGrid("x.csv", new TextEncoder().encode("a;b;c\nd\n"));
    expect(grid.values).toEqual([["a", "b", "c"], ["d", null, null]]);
  });
});
