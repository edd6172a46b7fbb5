/**
 * Issue «Generate formatted target-indicator and roadmap sheets in place»: a roadmap of 2,000 measures
 * over 4 years and a target sheet of 500 indicators × 4 years, built by the real builders: plan build
 * time, ExcelJS write time and file size, and the Office.js writer against the recording fake of Excel
 * — syncs, the largest request, format calls. Printed, not asserted.
 */
import { defaultSettings } from "../src/core/settings";
import type { RoadmapStage, TargetGoal } from "../src/core/templates/types";
import { buildRoadmapSheet } from "../src/reports/roadmap";
import type { SheetPlan } from "../src/reports/sheetPlan";
import { buildTargetSheet } from "../src/reports/targets";
import { ExcelJsWorkbook } from "../src/workbook/exceljsAdapter";
import { OfficeWorkbook } from "../src/workbook/officeAdapter";
import { FakeExcel, PAYLOAD_LIMIT } from "../test/support/fakeExcel";

const RUNS = 3;
const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const PROGRAM = defaultSettings(2025).program;
const DEADLINES = ["сентябрь – октябрь 2025г.", "Март–ноябрь", "Ежеквартально", "18.05-23.06.2026", "до 2027 года", "В течение года", "Декабрь 2025г. – февраль 2028г."];

function roadmapStages(measures: number): RoadmapStage[] {
  const stages: RoadmapStage[] = [];
  for (let i = 0; i < measures; i++) {
    if (i % 50 === 0) stages.push({ title: `${stages.length + 1} этап (пример для замера)`, measures: [] });
    stages[stages.length - 1].measures.push({
      key: `m${i}`, title: `Мероприятие ${i + 1}: методическое сопровождение школ, семинар для учителей`, executor: "Отдел образования, ММЦ",
      deadline: DEADLINES[i % DEADLINES.length], result: "Проведено, справка", reportFormat: "Аналитическая справка",
    });
  }
  return stages;
}

function targetGoals(indicators: number): TargetGoal[] {
  const goals: TargetGoal[] = [];
  for (let i = 0; i < indicators; i++) {
    if (i % 25 === 0) goals.push({ title: `Цель ${goals.length + 1} (пример для замера)`, items: [] });
    const rising = i % 3 !== 0;
    goals[goals.length - 1].items.push({
      key: `t${i}`, title: `Доля школ, показатель ${i + 1}`, unit: "percent", direction: rising ? "up" : "down",
      base: rising ? 0.4 : 0.2, baseYear: 2024, plan: { 2025: rising ? 0.5 : 0.15, 2026: rising ? 0.6 : 0.1, 2027: rising ? 0.7 : 0.05, 2028: rising ? 0.8 : 0 },
      actual: { 2025: rising ? 0.45 : 0.18 },
    });
  }
  return goals;
}

async function measure(label: string, build: () => SheetPlan): Promise<void> {
  const buildTimes: number[] = [];
  const writeTimes: number[] = [];
  let plan: SheetPlan | null = null;
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    let start = process.hrtime.bigint();
    plan = build();
    buildTimes.push(ms(start));
    start = process.hrtime.bigint();
    const book = ExcelJsWorkbook.create("bench.xlsx");
    await book.writeSheet(plan);
    bytes = (await book.toBuffer()).byteLength;
    writeTimes.push(ms(start));
  }
  const p = plan!;
  const cells = p.cells.length * (p.cells[0]?.length ?? 0);
  console.log(`  ${label}: ${p.cells.length.toLocaleString("en")} rows × ${p.cells[0]?.length ?? 0} columns (${cells.toLocaleString("en")} cells)`);
  console.log(`    plan built in ${median(buildTimes).toFixed(0)} ms; ExcelJS write + save ${median(writeTimes).toFixed(0)} ms, file ${(bytes / 1024).toFixed(0)} KiB`);
  const excel = new FakeExcel();
  excel.addSheet("Лист1", [["Исходные данные"]]);
  const start = process.hrtime.bigint();
  await new OfficeWorkbook(excel.run, excel.isSetSupported).writeSheet(p);
  console.log(
    `    Office.js writer (fake Excel): ${excel.syncs} syncs, largest request ${(excel.largestPayload / 1e6).toFixed(2)} MB ` +
      `(limit ${(PAYLOAD_LIMIT / 1e6).toFixed(0)} MB), ${excel.count(/\.format\b/)} format calls, ${ms(start).toFixed(0)} ms through the fake Excel (planning, queueing, and the fake applying each request)`,
  );
}

export async function benchSheetWriters(): Promise<void> {
  console.log(`\nGenerated sheets (median of ${RUNS}; target: Office.js writer ≤ 3 syncs, every request under 5 MB)`);
  await measure("roadmap, 2,000 measures, timeline 2025–2028", () =>
    buildRoadmapSheet({ stages: roadmapStages(2000), year: 2025, fromYear: 2025, toYear: 2028, program: PROGRAM, heading: "" }).plan);
  await measure("target indicators, 500 × 4 years", () =>
    buildTargetSheet({ goals: targetGoals(500), fromYear: 2025, toYear: 2028, program: PROGRAM, heading: "" }));
}
