/**
 * The generated sheets written to .xlsx by the ExcelJS writer and recalculated by LibreOffice: the live
 * formulas must give what core/formulas.ts gives (and what the plan cached), and the print setup must
 * fit a wide roadmap to one page width.
 */
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import type { ProgramInfo } from "../../src/core/settings";
import { buildRoadmapSheet } from "../../src/reports/roadmap";
import { isFormula, type SheetPlan } from "../../src/reports/sheetPlan";
import { buildTargetSheet } from "../../src/reports/targets";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { recalcToCsv, renderToPng, requireLibreOffice } from "../support/libreoffice";
import { CASES, caseItems, expected } from "./targetCases";
import { col, rowOf } from "./planTools";

jest.setTimeout(300_000);

const PROGRAM: ProgramInfo = { fromYear: 2020, toYear: 2021, region: "", department: "", appendixTo: "программе поддержки школ", targetTemplate: "", roadmapTemplate: "" };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sq-reports-lo-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function save(plans: SheetPlan[], name: string): Promise<string> {
  const book = ExcelJsWorkbook.create(name);
  for (const plan of plans) await book.writeSheet(plan);
  const file = path.join(dir, name);
  fs.writeFileSync(file, await book.toBuffer());
  return file;
}

/** LibreOffice's CSV keeps the percent format even for raw values: "33.3333333333333%". */
const numberOf = (text: string): number => (text.endsWith("%") ? Number(text.slice(0, -1)) / 100 : Number(text));

describe("generated sheets in LibreOffice", () => {
  beforeAll(() => requireLibreOffice());

  const targets = buildTargetSheet({ goals: [{ title: "Цель", items: caseItems() }], fromYear: 2020, toYear: 2021, program: PROGRAM, heading: "" });
  const roadmap = buildRoadmapSheet({
    stages: [{
      title: "Этап", measures: [
        ["a", "сентябрь – октябрь 2020г."], ["b", "Ежеквартально"], ["c", "по мере необходимости"], ["d", "18.05-23.06.2020"],
        ["e", "Декабрь 2020г. – февраль 2021г."], ["f", "До 2021 года"],
      ].map(([key, deadline]) => ({ key, title: `Мероприятие ${key}`, executor: "МОЦ", deadline, result: "", reportFormat: "" })),
    }],
    year: 2020, fromYear: 2020, toYear: 2021, program: PROGRAM, heading: "",
  }).plan;

  it("calculates progress, fulfilment and status as core/formulas.ts does", async () => {
    const file = await save([targets], "targets.xlsx");
    const csv = recalcToCsv(file, targets.name);
    CASES.forEach((c, i) => {
      const r = rowOf(targets, `case${i}`);
      for (const [key, want] of Object.entries(expected(c))) {
        const got = csv[r]?.[col(targets, key)] ?? "";
        const label = `${c.name}: ${key}`;
        if (typeof want === "number") expect({ label, diff: Math.abs(numberOf(got) - want) < 1e-9 }).toEqual({ label, diff: true });
        else expect({ label, got }).toEqual({ label, got: want });
      }
    });
  });

  it("paints the timeline where the plan's cached results say, from the dates", async () => {
    const file = await save([roadmap], "roadmap.xlsx");
    const csv = recalcToCsv(file, roadmap.name);
    let painted = 0;
    for (const key of ["a", "b", "c", "d", "e", "f"]) {
      const r = rowOf(roadmap, key);
      const cached = roadmap.cells[r].map((cell) => (isFormula(cell) ? String(cell.result ?? "") : null));
      cached.forEach((want, c) => {
        if (want === null) return;
        expect({ key, c, got: csv[r]?.[c] ?? "" }).toEqual({ key, c, got: want });
        if (want === "1") painted++;
      });
    }
    // a: 2; b: 24 (a bare recurring deadline covers every program year); c: 0 (unread); d: 2; e: 3; f: 24 (until 2021, from 2020)
    expect(painted).toBe(2 + 24 + 2 + 3 + 24);
  });

  it("prints a wide roadmap one page wide", async () => {
    const file = await save([roadmap], "print.xlsx");
    const pages = renderToPng(file, path.join(dir, "png"));
    expect(pages).toHaveLength(1); // 10 table columns + 24 months on one A4 landscape width
  });

  it("repeats the header rows and numbers the pages of a long sheet", async () => {
    const items = Array.from({ length: 40 }, (_, i) => ({ ...caseItems()[0], key: `k${i}`, title: `Показатель ${i + 1} с длинным названием, которое переносится на вторую строку` }));
    const long = buildTargetSheet({ goals: [{ title: "Цель", items }], fromYear: 2020, toYear: 2021, program: PROGRAM, heading: "" });
    const file = await save([long], "long.xlsx");
    const out = path.join(dir, "long");
    const pages = renderToPng(file, out);
    expect(pages.length).toBeGreaterThan(1);
    const last = pages.length;
    const text = spawnSync("pdftotext", ["-f", String(last), "-l", String(last), "-layout", path.join(out, "long.pdf"), "-"], { encoding: "utf8" }).stdout;
    expect(text).toContain("Наименование показателя");
    expect(text).toContain(`Страница ${last} из ${last}`);
    expect(text).not.toContain("Показатель 1 с"); // the first page's rows are not repeated, only the header
  });
});
