/**
 * Sheet writers: ExcelJS write time and file size (chart included), and the Office.js writer against
 * the recording fake of Excel — syncs and the largest request — for the same plans.
 */
import { ExcelJsWorkbook } from "../src/workbook/exceljsAdapter";
import { OfficeWorkbook } from "../src/workbook/officeAdapter";
import { FakeExcel, PAYLOAD_LIMIT } from "../test/support/fakeExcel";
import { samplePlan } from "../test/workbook/samplePlans";

const PLANS = [
  { label: "2,000 rows × 12 columns", rows: 2000, extraColumns: 4 },
  { label: "500 rows × 14 columns", rows: 500, extraColumns: 6 },
];
const RUNS = 5;

const ms = (start: bigint): number => Number(process.hrtime.bigint() - start) / 1e6;
const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

export async function benchSheetWriters(): Promise<void> {
  console.log(`\nSheet writers: median of ${RUNS} runs (targets: ExcelJS < 2 s per sheet; Office.js ≤ 3 syncs, every request < ${(PAYLOAD_LIMIT / 1e6).toFixed(0)} MB)`);
  for (const { label, rows, extraColumns } of PLANS) {
    const plan = samplePlan({ rows, extraColumns });
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const start = process.hrtime.bigint();
      const book = ExcelJsWorkbook.create("bench.xlsx");
      await book.writeSheet(plan);
      bytes = (await book.toBuffer()).byteLength;
      times.push(ms(start));
    }
    console.log(`  ExcelJS   ${label}: ${median(times).toFixed(0)} ms, ${(bytes / 1024).toFixed(0)} KiB`);

    const officeTimes: number[] = [];
    let excel = new FakeExcel();
    for (let i = 0; i < RUNS; i++) {
      excel = new FakeExcel();
      excel.addSheet("Исходные", [["Школа"]]);
      const start = process.hrtime.bigint();
      await new OfficeWorkbook(excel.run, excel.isSetSupported).writeSheet(plan);
      officeTimes.push(ms(start));
    }
    const formats = excel.count(/\.format\b/);
    console.log(
      `  Office.js ${label}: ${excel.syncs} syncs, largest request ${(excel.largestPayload / 1e6).toFixed(2)} MB, ` +
        `${excel.actions.length} actions (${formats} format calls), ${median(officeTimes).toFixed(0)} ms to plan and queue (fake Excel)`,
    );
  }
}
