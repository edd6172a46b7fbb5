import { readPlanList, slugOf, splitNumbered } from "../../src/import/userLists";
import { _, COMMITTEE, grid, seed000Plan, seed000Targets, seed001Roadmap, seed002Targets, seed004Measures, thrown } from "./userLists.fixtures";

describe("readPlanList", () => {
  it("reads seed 000's plan: stage rows merged across (a period in the title or in a cell to the right), goal rows above them dropped", () => {
    const plan = readPlanList(seed000Plan(), "план.xlsx");
    expect(plan.source).toBe("План");
    expect(plan.range).toBe("A4:F17");
    expect(plan.columns.map((c) => [c.role, c.header, c.cell])).toEqual([
      ["number", "№ п/п", "A4"], ["title", "Наименование", "B4"], ["executor", "Исполнитель мероприятия", "C4"],
      ["funding", "Источник финансирования (расшифровать)", "D4"],
    ]);
    expect(plan.stages.map((s) => [s.title, s.measures.length])).toEqual([
      ["I этап – подготовительный (2018 г.)", 3],
      ["1.2. Практический этап (март - декабрь 2018 год)", 2],
      ["III этап – обобщения и коррекции (До 2021 года)", 1],
    ]);
    const title = "Разработка, обсуждение и утверждение программы";
    expect(plan.stages[0].measures[0]).toEqual({ key: slugOf(title), title, executor: `${COMMITTEE},`, deadline: "", result: "", reportFormat: "", funding: "" });
    // Measures without a deadline of their own take their stage's period, as the seed reads.
    expect(plan.stages[1].measures.map((m) => [m.deadline, m.funding, m.executor])).toEqual([
      ["март - декабрь 2018 год", "внебюджетные средства", "ГАУ ДПО СОИРО (по согласованию)"],
      ["март - декабрь 2018 год", "", COMMITTEE],
    ]);
    expect(plan.stages[2].measures[0].deadline).toBe("До 2021 года");
    expect(plan.warnings).toEqual([]);
    expect(readPlanList(seed000Plan(), "план.xlsx")).toEqual(plan);
  });

  it("reads seed 001 table 4: bold section rows merged across, the header repeated after a page break, a date cell, an unreadable deadline", () => {
    const plan = readPlanList(seed001Roadmap(), "отчёт.xlsx");
    expect(plan.range).toBe("A4:D15");
    expect(plan.columns.map((c) => c.role)).toEqual(["number", "title", "deadline", "result"]);
    expect(plan.stages.map((s) => s.title)).toEqual([
      "Нормативное правовое обеспечение Проекта на региональном, муниципальном уровнях",
      "Создание муниципальной инфраструктуры для оказания информационно-методической помощи школам",
      "Распространение лучших практик перевода Школ в режим эффективной работы",
    ]);
    expect(plan.stages.map((s) => s.measures.map((m) => m.deadline))).toEqual([
      ["Февраль", "Февраль"], ["Март", "Март, ноябрь"], ["24.08.2018", "Ежеквартально", "по мере поступления техники"],
    ]);
    expect(plan.stages[1].measures.map((m) => m.title)).not.toContain("Мероприятие");
    expect(plan.stages[0].measures[1]).toMatchObject({ result: "Разработаны модельные муниципальные приказы", executor: "", reportFormat: "" });
    expect(plan.stages[0].measures[1].funding).toBeUndefined();
    expect(plan.warnings).toEqual([
      "«отчёт.xlsx», лист «Таблица 4», C15: сроки не распознаны (1), например «по мере поступления техники»: они сохранены как написаны, " +
      "но на временной шкале их не будет. Запишите их как «сентябрь – октябрь 2020», «до 2021 года», «18.05–23.06.2020»",
    ]);
  });

  it("reads seed 004: a stage column, several numbered measures in one cell split, deadlines one per line", () => {
    const plan = readPlanList(seed004Measures(), "красное.xlsx");
    expect(plan.range).toBe("A2:E4");
    expect(plan.stages.map((s) => s.title)).toEqual(["1. Выявление условий для перехода школы в эффективный режим работы", "5. Социально-психологическая поддержка ОО"]);
    expect(plan.stages[0].measures.map((m) => [m.title, m.deadline])).toEqual([
      ["Определение перечня показателей результативности школы: показатели результатов ЕГЭ;\n-результативность участия в олимпиадах.", "сентябрь – октябрь 2020г."],
      ["Проведение диагностического исследования по идентификации школы.", "сентябрь – октябрь 2020г."],
      ["Анализ диагностического исследования", "сентябрь – октябрь 2020г."],
    ]);
    expect(plan.stages[1].measures.map((m) => [m.deadline, m.executor])).toEqual([
      ["Сентябрь 2020 –январь 2021 гг.", "отдел образования администрации района, ОУ"],
      ["В течение года", "отдел образования администрации района, ОУ"],
      ["Ноябрь 2020", "отдел образования администрации района, ОУ"],
    ]);
    expect(plan.warnings).toEqual([]);
  });

  it("reads seed 002's monitoring roadmap: a section row in the first cell only, report formats, a continued row, a signature below", () => {
    const plan = readPlanList(grid([
      ["Дорожная карта мониторинга"],
      ["№", "мероприятие", "Сроки проведения", "Ответственный", "Результат", "Формат представления"],
      ["Мониторинг результативности повышения качества образования в ШНОР и ШНСУ"],
      [1, "Входной мониторинг анализа данных", "18.05-23.06.2020", "МКУ «ОО БМР РТ»", _, "Аналитическая справка"],
      [2, "Промежуточный мониторинг муниципальной программы поддержки ШНОР и ШНСУ", "июнь 2021", "МКУ «ОО БМР РТ»", "Получены данные о влиянии программ", _],
      [_, _, _, "тьюторы", "на повышение качества образования", _],
      [3, "Итоговый мониторинг программ поддержки", "Июнь 2023", "МКУ «ОО БМР РТ»", "Аналитические данные", "Аналитическая справка"],
      [],
      ["Исполнитель: Петрова А. А., тел. 5-12-34"],
    ], ["A1:F1"], "Мониторинг"), "бавлы.xlsx");
    expect(plan.stages).toHaveLength(1);
    expect(plan.stages[0].title).toBe("Мониторинг результативности повышения качества образования в ШНОР и ШНСУ");
    expect(plan.stages[0].measures.map((m) => [m.executor, m.deadline, m.result, m.reportFormat])).toEqual([
      ["МКУ «ОО БМР РТ»", "18.05-23.06.2020", "", "Аналитическая справка"],
      ["МКУ «ОО БМР РТ» тьюторы", "июнь 2021", "Получены данные о влиянии программ на повышение качества образования", ""],
      ["МКУ «ОО БМР РТ»", "Июнь 2023", "Аналитические данные", "Аналитическая справка"],
    ]);
    expect(plan.range).toBe("A2:F7");
    expect(plan.warnings).toEqual([
      "«бавлы.xlsx», лист «Мониторинг», A6:F6: строка без наименования и номера — продолжение мероприятия «Промежуточный мониторинг муниципальной программы поддержки ШНОР и ШНСУ»: её текст добавлен к нему",
    ]);
  });

  it("splits «1.1. … 1.2. …» only when the numbers run in order from x.1", () => {
    expect(splitNumbered("2.1. Разработка рекомендаций 2.2. Организация курсов 2.3.Создание раздела")?.map((p) => p.number)).toEqual(["2.1", "2.2", "2.3"]);
    expect(splitNumbered("Охват 2.5 раза выше 3.1 нормы")).toBeNull();
    expect(splitNumbered("1.1. Одно мероприятие")).toBeNull();
  });

  it("says which column was expected when a sheet has no plan, naming the file and sheet", () => {
    const error = thrown(() => readPlanList(seed000Targets(), "программа.xlsx"));
    expect(error.message).toMatch(/^«программа\.xlsx», лист «Прил 1»: не найден план мероприятий: не найден столбец «Мероприятие»/);
    expect(error.where).toEqual({ file: "программа.xlsx", sheet: "Прил 1" });
    // «Наименование цели» over indicators is not a plan's stage column.
    expect(thrown(() => readPlanList(seed002Targets(), "бавлы.xlsx")).message).toMatch(/не найден план мероприятий/);
    const titleOnly = thrown(() => readPlanList(grid([["Мероприятие", "Примечание"], ["Семинар", "—"]]), "план.xlsx"));
    expect(titleOnly.message).toMatch(/^«план\.xlsx», лист «Лист1», A1: найден столбец «Мероприятие», но рядом нет столбцов «Ответственный», «Срок»/);
  });
});
