/** Argument handling of every custom function: what Excel may pass, and each error path with its message. */
import { isCellError, type CellError } from "../../src/core/errors";
import { functionById } from "../../src/functions/registry";
import { toExcelResult } from "../../src/functions/excelResult";

const call = (id: string, ...args: unknown[]) => functionById(id).impl(...args);
const messageOf = (v: unknown): string => (isCellError(v) ? `${v.code} ${v.message}`.trim() : `not an error: ${JSON.stringify(v)}`);

describe("argument reading", () => {
  it.each([
    ["SHARE", ["16", "25"], 0.64],
    ["SHARE", ["16,0", 25], 0.64],
    ["SHARE", [" 1 600 ", "2\u00a0500"], 0.64],
    ["RATIO", ["45,5", 91], 0.5],
    ["PROGRESS", ["15%", "0%", "5%"], 2 / 3],
    ["FULFILLMENT", [80, 60, null], 0.75],
    ["FULFILLMENT", [80, 60, "рост"], 0.75],
    ["FULFILLMENT", [0.02, 0.04, -1], 0.5],
    ["FULFILLMENT", [0.02, 0.04, "Снижение"], 0.5],
    // Blanks and «н/д» are left out: 10, 20, 40 with one value per group -> 40 / 10.
    ["INEQUALITY", [[[10], [20], ["н/д"], [null], [40]], null], 4],
    ["INEQUALITY", [[[10, 20, 30, 40]], "25%"], 4],
    ["MINSCORE", ["Химия", "2020", null], 36],
    ["BELOWMINSHARE", [[[20, null], ["30", "н/д"]], "24"], 0.5],
  ])("%s(%j) = %p", (id, args, expected) => {
    expect(call(id, ...(args as unknown[]))).toBeCloseTo(expected as number, 12);
  });

  it("treats a blank single threshold as missing", () => {
    expect(messageOf(call("STABLYLOW", [[20, 21]], [[null]], null))).toBe("#VALUE! Не задан аргумент «пороги»");
  });
});

describe("error paths", () => {
  it.each([
    ["SHARE", [null, 5], "#VALUE! Не задан аргумент «часть»"],
    ["SHARE", [1, null], "#VALUE! Не задан аргумент «целое»"],
    ["SHARE", ["пять", 5], "#VALUE! «пять» — не число"],
    ["SHARE", [-1, 5], "#VALUE! Отрицательное значение: часть = -1"],
    ["SHARE", [1, -5], "#VALUE! Отрицательное значение: целое = -5"],
    ["SHARE", [6, 5], "#VALUE! Часть (6) больше целого (5)"],
    ["SHARE", [0, 0], "#DIV/0!"],
    ["RATIO", [5, 0], "#DIV/0!"],
    ["RATIO", [5, "н/д"], "#VALUE! Не задан аргумент «эталон»"],
    ["PROGRESS", [3, 3, 4], "#N/A Целевое значение совпадает с базовым (3): прогресс не определён"],
    ["PROGRESS", [3, 4, null], "#VALUE! Не задан аргумент «фактическое значение»"],
    ["FULFILLMENT", [1, 1, "вверх-вниз"], "#VALUE! Направление «вверх-вниз»: ожидается 1 или -1, «рост» или «снижение»"],
    ["FULFILLMENT", [0, 5, null], "#DIV/0!"],
    ["FULFILLMENT", [0.02, 0, -1], "#N/A Фактическое значение 0 при снижающемся показателе: выполнение не определено"],
    ["TARGETSTATUS", [1, 1, 0.5, null], "#N/A Целевое значение совпадает с базовым (1): прогресс не определён"],
    ["TARGETSTATUS", [1, 2, 1, "туда"], "#VALUE! Направление «туда»: ожидается 1 или -1, «рост» или «снижение»"],
    ["DYNAMICS", [null, 2, null], "#VALUE! Не задан аргумент «предыдущее значение»"],
    ["MINSCORE", ["русский", 2024, "колледж"], "#VALUE! Вид порога «колледж»: ожидается «аттестат» или «вуз»"],
    ["MINSCORE", ["русский", 1990, null], "#VALUE! «год» должен быть целым числом от 2000 до 2100"],
    ["MINSCORE", ["русский", 2020.5, null], "#VALUE! «год» должен быть целым числом от 2000 до 2100"],
    ["MINSCORE", ["математика базовая", 2024, "вуз"], "#N/A Нет минимального балла по предмету «Математика (базовая)» за 2024 год"],
    ["BELOWMINSHARE", [[[null, "н/д"]], 24], "#DIV/0!"],
    ["BELOWMINSHARE", [[[20, "двадцать"]], 24], "#VALUE! «двадцать» — не число"],
    ["STABLYLOW", [[[20, 21], [22, 23]], 27, null], "#VALUE! «баллы» должен быть строкой или столбцом"],
    ["STABLYLOW", [[[20, 21, 22]], [[27, 27]], null], "#VALUE! Диапазоны «баллы» и «пороги» разного размера"],
    ["STABLYLOW", [[[20, 21]], 27, 0], "#VALUE! «лет» должен быть целым числом от 1 до 50"],
    ["LOWRESULTS", [[[35], [0.1]], null, null, null, null], "#VALUE! «35» — не доля: ожидается значение от 0 до 1 или процент со знаком %"],
    ["LOWRESULTS", [[[0.35], [0.1]], [[0.3]], null, null, null], "#VALUE! Диапазоны «текущий год» и «прошлый год» разного размера"],
    ["LOWRESULTS", [[[0.35], [0.1]], null, 0, null, null], "#VALUE! «порог» должен быть долей от 0 до 1 (не включая 0)"],
    ["LOWRESULTS", [[[0.35], [0.1]], null, null, 0, null], "#VALUE! «процедур» должен быть целым числом от 1 до 100"],
    ["LOWRESULTS", [[[0.35], [0.1]], null, null, null, "либо"], "#VALUE! Режим «либо»: ожидается «или» или «и»"],
    ["STATUS", ["может быть", false], "#VALUE! «может быть»: ожидается ИСТИНА/ЛОЖЬ, 1/0, «да»/«нет»"],
    ["SOCIALINDEX", [[[0.1, 0.2], [0.3, 0.1]], [[1]], null], "#VALUE! Диапазоны «доли» и «знаки» разного размера"],
    ["SOCIALINDEX", [[[0.1, 0.2], [0.3, 0.1]], [[1, 2]], null], "#VALUE! Знак «2»: ожидается 1 или -1"],
    ["SOCIALINDEX", [[[0.1, 0.2], [0.3, 0.1]], null, [[1, -1]]], "#VALUE! Вес не может быть отрицательным: -1"],
    ["SOCIALINDEX", [[[0.1, 0.2], [0.3, 0.2]], null, null], "#N/A Столбец 2: у всех школ одинаковое значение, индекс не определён"],
    ["INEQUALITY", [[[10], [20]], 2], "#VALUE! «доля» должен быть долей от 0 до 1 (не включая 0)"],
    ["INEQUALITY", [[[10]], null], "#N/A Недостаточно данных: нужно не меньше 2 значений, есть 1"],
    ["PERIODSTART", ["Март–ноябрь", null], "#N/A"],
    ["PERIODEND", ["по мере необходимости", 2021], "#N/A Не удалось прочитать срок «по мере необходимости»"],
  ])("%s(%j) -> %s", (id, args, expected) => {
    const result = call(id, ...(args as unknown[]));
    if (expected === "#N/A") expect((result as CellError).kind).toBe("NA");
    else expect(messageOf(result)).toBe(expected);
  });
});

describe("toExcelResult", () => {
  it("returns blanks inside arrays as empty text, since Excel shows null as 0", () => {
    expect(toExcelResult([[1, null]])).toEqual([[1, ""]]);
  });
});
