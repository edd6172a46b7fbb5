import fc from "fast-check";
import { formatDayDate, fromExcelSerial, parseDeadline, toExcelSerial, type Deadline } from "../../src/core/deadlines";
import { isCellError } from "../../src/core/errors";

/** The parts of a Deadline a table row checks, with dates as "dd.mm.yyyy". */
function view(d: Deadline) {
  return { start: formatDayDate(d.start), end: formatDayDate(d.end), yearAssumed: d.yearAssumed, recurrence: d.recurrence, open: d.open };
}

describe("parseDeadline", () => {
  // text, defaultYear, start, end, yearAssumed, recurrence, open
  it.each([
    ["сентябрь – октябрь 2020г.", null, "01.09.2020", "31.10.2020", false, null, false],
    // A comma before the year: the year of the period before it, whatever the default year.
    ["сентябрь, 2021", 2020, "01.09.2021", "30.09.2021", false, null, false],
    ["сентябрь, 2021", null, "01.09.2021", "30.09.2021", false, null, false],
    ["1 квартал, 2021", 2020, "01.01.2021", "31.03.2021", false, null, false],
    ["март - апрель, 2021", 2019, "01.03.2021", "30.04.2021", false, null, false],
    ["Декабрь 2020г. – февраль 2024г.", null, "01.12.2020", "29.02.2024", false, null, false],
    ["Март–ноябрь", 2021, "01.03.2021", "30.11.2021", true, null, false],
    ["Март, ноябрь", 2021, "01.03.2021", "30.11.2021", true, null, false],
    ["Март, апрель—октябрь", 2020, "01.03.2020", "31.10.2020", true, null, false],
    ["Март, апрель—октябрь 2021", 2020, "01.03.2021", "31.10.2021", false, null, false],
    ["февраль – март 2018 год", null, "01.02.2018", "31.03.2018", false, null, false],
    ["До 2021 года", null, "01.01.2021", "31.12.2021", false, null, true],
    ["До 2021 года", 2019, "01.01.2019", "31.12.2021", false, null, true],
    ["до 2019 года", 2020, "01.01.2019", "31.12.2019", false, null, true],
    ["до 2021 г.", null, "01.01.2021", "31.12.2021", false, null, true],
    ["до конца 2021 года", null, "01.01.2021", "31.12.2021", false, null, true],
    ["до 01.09.2021", 2020, "01.01.2020", "01.09.2021", false, null, true],
    ["до 15 сентября 2020", null, "01.01.2020", "15.09.2020", false, null, true],
    ["не позднее 1-го сентября 2020 г.", null, "01.01.2020", "01.09.2020", false, null, true],
    ["к 1 сентября", 2020, "01.01.2020", "01.09.2020", true, null, true],
    ["сентябрь 2019 год до 2021 года", null, "01.09.2019", "31.12.2021", false, null, false],
    ["24.08.", 2020, "24.08.2020", "24.08.2020", true, null, false],
    ["24.08", 2020, "24.08.2020", "24.08.2020", true, null, false],
    ["18–19.10.", 2020, "18.10.2020", "19.10.2020", true, null, false],
    ["29–30.11.", 2020, "29.11.2020", "30.11.2020", true, null, false],
    ["18 - 19 октября", 2020, "18.10.2020", "19.10.2020", true, null, false],
    ["18.05-23.06.2020", null, "18.05.2020", "23.06.2020", false, null, false],
    ["июнь 2021", null, "01.06.2021", "30.06.2021", false, null, false],
    ["Ежеквартально", 2020, "01.01.2020", "31.12.2020", true, "quarterly", false],
    ["Ежегодно", 2020, "01.01.2020", "31.12.2020", true, "yearly", false],
    ["ежемесячно", 2020, "01.01.2020", "31.12.2020", true, "monthly", false],
    ["Ежегодно, сентябрь", 2020, "01.09.2020", "30.09.2020", true, "yearly", false],
    ["В течение года", 2020, "01.01.2020", "31.12.2020", true, null, false],
    ["в теч. года", 2020, "01.01.2020", "31.12.2020", true, null, false],
    ["в течение учебного года", 2020, "01.09.2020", "31.05.2021", true, null, false],
    ["Январь–декабрь", 2020, "01.01.2020", "31.12.2020", true, null, false],
    ["Ноябрь 2018", null, "01.11.2018", "30.11.2018", false, null, false],
    ["2019-2021", null, "01.01.2019", "31.12.2021", false, null, false],
    ["2019–2021 гг.", null, "01.01.2019", "31.12.2021", false, null, false],
    ["2020 год", null, "01.01.2020", "31.12.2020", false, null, false],
    ["2020-2021 уч. год", null, "01.09.2020", "31.05.2021", false, null, false],
    ["2020/2021 учебный год", 2019, "01.09.2020", "31.05.2021", false, null, false],
    ["2020/21 учебный год", null, "01.09.2020", "31.05.2021", false, null, false],
    ["I квартал 2021", null, "01.01.2021", "31.03.2021", false, null, false],
    ["IV кв. 2020", null, "01.10.2020", "31.12.2020", false, null, false],
    ["1 полугодие 2020", null, "01.01.2020", "30.06.2020", false, null, false],
    ["2-е полугодие 2020", null, "01.07.2020", "31.12.2020", false, null, false],
    ["с 1.09.2020 по 31.05.2021", null, "01.09.2020", "31.05.2021", false, null, false],
    ["01.09.2020", null, "01.09.2020", "01.09.2020", false, null, false],
    ["01.09.20", null, "01.09.2020", "01.09.2020", false, null, false],
    ["май", 2020, "01.05.2020", "31.05.2020", true, null, false],
    ["Май 2021 г.", null, "01.05.2021", "31.05.2021", false, null, false],
    ["в течение 2020 года", null, "01.01.2020", "31.12.2020", false, null, false],
    ["постоянно", 2020, "01.01.2020", "31.12.2020", true, null, false],
    ["ноябрь – февраль 2021", null, "01.11.2020", "28.02.2021", false, null, false],
    ["ноябрь – февраль", 2023, "01.11.2023", "29.02.2024", true, null, false],
    ["сентябрь 2020 – май", null, "01.09.2020", "31.05.2021", false, null, false],
    ["СЕНТ.-ДЕК. 2020", null, "01.09.2020", "31.12.2020", false, null, false],
    ["окт – дек", 2020, "01.10.2020", "31.12.2020", true, null, false],
    ["в сентябре 2020 года", null, "01.09.2020", "30.09.2020", false, null, false],
    ["март и ноябрь 2020", null, "01.03.2020", "30.11.2020", false, null, false],
    ["  февраль\u00a0–\u00a0март  ", 2024, "01.02.2024", "31.03.2024", true, null, false],
  ] as const)("%p (year %p) -> %s – %s", (text, year, start, end, yearAssumed, recurrence, open) => {
    const result = parseDeadline(text, year);
    if (isCellError(result)) throw new Error(result.toString());
    expect(view(result)).toEqual({ start, end, yearAssumed, recurrence, open });
  });

  it.each([
    ["по мере необходимости", 2021],
    ["", 2020],
    ["   ", 2020],
    ["31.02.2020", null],
    ["29.02.2021", null],
    ["01.13.2020", null],
    ["сентябрь – октябрь 2020г. (по согласованию)", null],
    ["сентябрь, по плану", 2020],
    ["Декабрь 2020г. – февраль 2020г.", null],
    ["2021-2019", null],
    ["30-2.11.", 2020],
    ["март -", 2020],
    ["- март", 2020],
    ["до", 2020],
    ["квартал", 2020],
    ["5 квартал", 2020],
    ["2020 уч. год", null],
    ["2020-2022 уч. год", null],
    ["март 2020 2021", null],
    ["март года", 2020],
    ["не март", 2020],
    ["позднее 2021", null],
    ["с сентября 2020", null],
    ["ежегодно ежегодно", 2020],
    ["1899", null],
    ["12345", null],
  ] as const)("%p (year %p) is #N/A", (text, year) => {
    const result = parseDeadline(text, year);
    expect(isCellError(result) && result.kind).toBe("NA");
  });

  it("names the text in the message", () => {
    const result = parseDeadline("по мере необходимости", 2021);
    expect(isCellError(result) && result.message).toBe("Не удалось прочитать срок «по мере необходимости»");
  });

  it.each(["Март–ноябрь", "24.08.", "Ежегодно", "в течение учебного года", "постоянно"])(
    "%p without a default year is #N/A saying the year is missing",
    (text) => {
      const result = parseDeadline(text, null);
      expect(isCellError(result) && result.kind).toBe("NA");
      expect(isCellError(result) && result.message).toContain("нет года");
    },
  );

  it.each([0, 20.5, 10000])("rejects default year %p as #VALUE!", (year) => {
    const result = parseDeadline("март", year);
    expect(isCellError(result) && result.kind).toBe("VALUE");
  });

  it("never throws on any string (property)", () => {
    fc.assert(
      fc.property(fc.string(), fc.option(fc.integer({ min: 1900, max: 2199 })), (s, year) => {
        parseDeadline(s, year);
      }),
    );
    const alphabet = fc.constantFrom(..."0123456789.,-– гдиоянмаптсябкрев".split(""), "сентябрь", "2020", "до ");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 12 }), (chunks) => {
        parseDeadline(chunks.join(""), 2020);
      }),
    );
  });

  it("reads back any date formatted as dd.mm.yyyy as that single day (property)", () => {
    const min = Date.UTC(1900, 0, 1);
    const max = Date.UTC(2199, 11, 31);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: (max - min) / 86_400_000 }), fc.option(fc.integer({ min: 1900, max: 2199 })), (n, year) => {
        const d = new Date(min + n * 86_400_000);
        const text = `${String(d.getUTCDate()).padStart(2, "0")}.${String(d.getUTCMonth() + 1).padStart(2, "0")}.${d.getUTCFullYear()}`;
        const result = parseDeadline(text, year);
        if (isCellError(result)) throw new Error(result.toString());
        expect(view(result)).toEqual({ start: text, end: text, yearAssumed: false, recurrence: null, open: false });
      }),
    );
  });
});

describe("Excel serials", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 3, 1, 61],
    [2020, 9, 1, 44075],
    [2020, 10, 31, 44135],
    [2021, 11, 30, 44530],
    [2024, 2, 29, 45351],
    [9999, 12, 31, 2958465],
  ])("%i-%i-%i is serial %i", (year, month, day, serial) => {
    expect(toExcelSerial({ year, month, day })).toBe(serial);
    expect(fromExcelSerial(serial)).toEqual({ year, month, day });
  });

  it("shows serial 60 as Excel's fictitious 29.02.1900 and ignores the time of day", () => {
    expect(formatDayDate(fromExcelSerial(60))).toBe("29.02.1900");
    expect(fromExcelSerial(44075.75)).toEqual({ year: 2020, month: 9, day: 1 });
  });

  it("refuses what is not a date serial", () => {
    expect(() => fromExcelSerial(0)).toThrow(RangeError);
    expect(() => fromExcelSerial(NaN)).toThrow(RangeError);
    expect(() => toExcelSerial({ year: 1899, month: 12, day: 31 })).toThrow(RangeError);
  });

  it("round-trips every serial (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), (serial) => {
        expect(toExcelSerial(fromExcelSerial(serial))).toBe(serial);
      }),
    );
  });
});

describe("formatDayDate", () => {
  it("pads day, month and year", () => {
    expect(formatDayDate({ year: 2020, month: 9, day: 1 })).toBe("01.09.2020");
    expect(formatDayDate({ year: 2021, month: 11, day: 30 })).toBe("30.11.2021");
  });
});
