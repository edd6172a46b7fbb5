import ExcelJS from "exceljs";
import { readUserList, readUserListFromSheet } from "../../src/app/userLists";
import { UserError } from "../../src/core/errors";
import { readSettings } from "../../src/core/settings";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";

/** A department's own workbook: a notes sheet, a target list with merged header cells, optionally a plan. */
async function workbook(withPlan: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("Пояснения").getCell("A1").value = "Программа поддержки школ на 2022–2024 годы";
  const ws = wb.addWorksheet("Цели");
  ws.getCell("F1").value = "Приложение 1";
  ws.getRow(3).values = ["№ п/п", "Наименование показателя", "Единица измерения", "Базовое значение", "Планируемое значение показателей", "Фактическое значение"];
  ws.getRow(4).values = [null, null, null, null, null, 2022, 2023];
  for (const range of ["A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3"]) ws.mergeCells(range);
  ws.getCell("A5").value = "Цель 1. Повышение качества образования в школах с низкими результатами";
  ws.mergeCells("A5:G5");
  ws.getRow(6).values = [1, "Качество знаний", "%", "41%", 50, "44%", null];
  ws.getRow(7).values = [2, "Доля педагогов, охваченных тьюторством", "Процент", 15, 100, 40, 60];
  if (withPlan) {
    const plan = wb.addWorksheet("План");
    plan.getRow(1).values = ["№", "Мероприятие", "Срок", "Ответственный"];
    plan.getCell("A2").value = "I этап – подготовительный (2022 г.)";
    plan.mergeCells("A2:D2");
    plan.getRow(3).values = ["1.", "Входной мониторинг школ", new Date(Date.UTC(2022, 8, 15)), "ММС"];
    plan.getRow(4).values = ["2.", "Семинар для директоров", "октябрь 2022", "ММС, ИРО"];
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

describe("readUserList (file) and readUserListFromSheet (open workbook)", () => {
  it("reads the first sheet of a file holding a target list, merged header cells included, and places the undated plan", async () => {
    const list = await readUserList({ name: "C:\\Методисты\\цели.xlsx", bytes: await workbook(false) }, "targets", { lastYear: 2024 });
    if (list.kind !== "targets") throw new Error("expected targets");
    expect(list.source).toBe("цели.xlsx / Цели");
    expect(list.range).toBe("A3:G7");
    expect(list.years).toEqual([2022, 2023]);
    expect(list.goals).toEqual([{
      title: "Цель 1. Повышение качества образования в школах с низкими результатами",
      items: [
        {
          key: "knowledge_quality", indicatorId: "knowledge_quality", title: "Качество знаний", unit: "percent", direction: "up",
          base: 0.41, baseYear: null, plan: { 2024: 0.5 }, actual: { 2022: 0.44, 2023: null },
        },
        {
          key: "share_teachers_tutoring", indicatorId: "share_teachers_tutoring", title: "Доля педагогов, охваченных тьюторством", unit: "percent",
          direction: "up", base: 0.15, baseYear: null, plan: { 2024: 1 }, actual: { 2022: 0.4, 2023: 0.6 },
        },
      ],
    }]);
    expect(list.warnings).toEqual([
      expect.stringMatching(/^«цели\.xlsx», лист «Цели», E6: значения 50 показателя «Качество знаний» записаны в процентах без знака %/),
      expect.stringMatching(/^«цели\.xlsx», лист «Цели», D7, E7, F7, G7: значения 15; 100; 40; 60 /),
      "«цели.xlsx», лист «Цели», E3: плановые значения столбца «Планируемое значение показателей» записаны без года: 2 шт. отнесены к 2024 году (последний год программы)",
    ]);
  });

  it("skips sheets without a plan, reads a date cell as dd.mm.yyyy, and names the file when no sheet has the list", async () => {
    const plan = await readUserList({ name: "программа.xlsx", bytes: await workbook(true) }, "roadmap");
    if (plan.kind !== "roadmap") throw new Error("expected a roadmap");
    expect(plan.source).toBe("программа.xlsx / План");
    expect(plan.stages).toEqual([{
      title: "I этап – подготовительный (2022 г.)",
      measures: [
        { key: expect.any(String), title: "Входной мониторинг школ", executor: "ММС", deadline: "15.09.2022", result: "", reportFormat: "" },
        { key: expect.any(String), title: "Семинар для директоров", executor: "ММС, ИРО", deadline: "октябрь 2022", result: "", reportFormat: "" },
      ],
    }]);

    const error = await readUserList({ name: "цели.xlsx", bytes: await workbook(false) }, "roadmap").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).where).toEqual({ file: "цели.xlsx" });
    expect((error as UserError).message).toBe(
      "В файле «цели.xlsx» ни на одном листе не найден план мероприятий. " +
      "«цели.xlsx», лист «Пояснения»: не найден план мероприятий: не найден столбец «Мероприятие» (ищутся заголовки «Мероприятие», «Наименование мероприятия», «Содержание» рядом со столбцами «Ответственный», «Срок», «Результат»); " +
      "«цели.xlsx», лист «Цели»: не найден план мероприятий: не найден столбец «Мероприятие» (ищутся заголовки «Мероприятие», «Наименование мероприятия», «Содержание» рядом со столбцами «Ответственный», «Срок», «Результат»)",
    );
  });

  it("reads a sheet of the open workbook through the port, the program's last year from the workbook's settings", async () => {
    const port = await ExcelJsWorkbook.fromBuffer(await workbook(true), "программа.xlsx");
    const lastYear = readSettings(null).settings.program.toYear;
    const targets = await readUserListFromSheet(port, "Цели", "targets");
    if (targets.kind !== "targets") throw new Error("expected targets");
    expect(targets.source).toBe("программа.xlsx / Цели");
    expect(targets.goals[0].items.map((i) => i.plan)).toEqual([{ [lastYear]: 0.5 }, { [lastYear]: 1 }]);
    const roadmap = await readUserListFromSheet(port, "План", "roadmap");
    const again = await readUserListFromSheet(port, "План", "roadmap");
    if (roadmap.kind !== "roadmap" || again.kind !== "roadmap") throw new Error("expected a roadmap");
    expect(roadmap.stages[0].measures.map((m) => m.key)).toEqual(again.stages[0].measures.map((m) => m.key));
    await expect(readUserListFromSheet(port, "Пояснения", "targets")).rejects.toThrow(/^«программа\.xlsx», лист «Пояснения»: не найдена таблица целевых показателей/);
  });
});
