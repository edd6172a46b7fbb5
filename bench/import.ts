/**
 * Import speed and memory: 27 municipality workbooks holding 360 schools × 40 columns in all, and one
 * workbook of 40,000 schools × 40 columns (a whole country), generated into the OS temp folder. Each
 * measurement runs in a child process so its peak memory (maxRSS) is its own; the baseline is ExcelJS
 * merely loading the same files. Target: the full import within 2× of that baseline in time and memory.
 */
import ExcelJS from "exceljs";
import { spawnSync } from "child_process";
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { importFiles } from "../src/app/importData";

const SUBJECTS = ["рус. яз.", "матем. проф.", "обществознание", "физика", "химия", "биология", "история", "информатика"];
/** 40 columns: number, school, municipality, 28 exam columns, 9 school columns; values as departments write them. */
const HEADERS = [
  "№ п/п", "Наименование ОО", "Муниципальное образование",
  ...SUBJECTS.flatMap((s) => [`ЕГЭ ${s}: кол-во участников`, `ЕГЭ ${s}: средний балл`, `ЕГЭ ${s}: доля не преодолевших мин. порог, %`]).slice(0, 24),
  "ОГЭ рус. яз.: средняя отметка", "ОГЭ математика: средняя отметка", "ОГЭ рус. яз.: доля «2», %", "ОГЭ математика: доля «2», %",
  "Кол-во обучающихся", "Качество знаний, %", "Успеваемость, %", "Доля обучающихся из малообеспеченных семей", "Доля обучающихся из неполных семей",
  "Доля обучающихся с ОВЗ", "Средний возраст педагогов", "Количество вакансий", "Кол-во кружков",
];

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function row(i: number, municipality: string, rnd: () => number): (string | number)[] {
  const comma = (x: number, d = 1): string => x.toFixed(d).replace(".", ",");
  const exams = SUBJECTS.slice(0, 8).flatMap(() => [Math.floor(rnd() * 30), comma(35 + rnd() * 45), rnd() < 0.1 ? "н/д" : comma(rnd() * 20)]).slice(0, 24);
  return [
    i + 1, `МБОУ «СОШ № ${i + 1}»`, municipality, ...exams,
    comma(3 + rnd() * 2, 2), comma(3 + rnd() * 2, 2), comma(rnd() * 15), comma(rnd() * 20),
    `${Math.floor(1 + rnd() * 9)}\u2009${String(Math.floor(rnd() * 1000)).padStart(3, "0")}`, `${comma(30 + rnd() * 50)}%`, comma(90 + rnd() * 10), comma(rnd() * 0.4, 3),
    comma(rnd() * 30), comma(rnd() * 8), comma(38 + rnd() * 15), Math.floor(rnd() * 4), Math.floor(rnd() * 20),
  ];
}

async function writeBook(file: string, municipality: string, from: number, count: number, seed: number): Promise<void> {
  const rnd = random(seed);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: true });
  const ws = wb.addWorksheet("2023");
  ws.addRow([`Показатели школ: ${municipality}, 2023 год (данные для замера скорости)`]).commit();
  ws.addRow([]).commit();
  ws.addRow(HEADERS).commit();
  for (let i = from; i < from + count; i++) ws.addRow(row(i, municipality, rnd)).commit();
  ws.addRow(["", "Итого"]).commit();
  await wb.commit();
}

async function generate(dir: string): Promise<{ small: string[]; big: string }> {
  fs.mkdirSync(dir, { recursive: true });
  const small: string[] = [];
  for (let m = 0; m < 27; m++) {
    const file = path.join(dir, `mo_${String(m + 1).padStart(2, "0")}.xlsx`);
    const count = Math.floor(360 / 27) + (m < 360 % 27 ? 1 : 0);
    // Written anew each run: a file left from an older generator or an interrupted run would be measured silently.
    await writeBook(file, `Муниципальный район № ${m + 1}`, 0, count, m + 1);
    small.push(file);
  }
  const big = path.join(dir, "country_40000.xlsx");
  await writeBook(big, "Все районы", 0, 40_000, 99);
  return { small, big };
}

interface Sample { ms: number; rssMb: number; schools?: number }

/** Child process: one scenario over the files, then prints its time and peak memory. */
async function child(mode: string, files: string[]): Promise<void> {
  const inputs = files.map((f) => ({ name: path.basename(f), bytes: new Uint8Array(fs.readFileSync(f)) }));
  const start = process.hrtime.bigint();
  let schools: number | undefined;
  if (mode === "exceljs") {
    for (const f of inputs) await new ExcelJS.Workbook().xlsx.load(f.bytes as unknown as Parameters<ExcelJS.Xlsx["load"]>[0]);
  } else {
    const result = await importFiles(inputs);
    schools = result.dataset.records.length;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const sample: Sample = { ms, rssMb: process.resourceUsage().maxRSS / 1024, ...(schools !== undefined ? { schools } : {}) };
  console.log(JSON.stringify(sample));
}

function run(mode: string, files: string[]): Sample {
  const out = spawnSync(process.execPath, [...process.execArgv, __filename, "--child", mode, ...files], { encoding: "utf8", maxBuffer: 1 << 20 });
  if (out.status !== 0) throw new Error(`bench child ${mode} failed: ${out.stderr}`);
  return JSON.parse(out.stdout.trim().split("\n").pop()!) as Sample;
}

/**
 * Best of `rounds` runs of each mode, the two modes alternating so drift in the machine's load hits both
 * alike; on a busy machine the minimum is the figure that repeats.
 */
function bestOfBoth(files: string[], rounds: number): { base: Sample; full: Sample } {
  const bases: Sample[] = [];
  const fulls: Sample[] = [];
  for (let i = 0; i < rounds; i++) {
    bases.push(run("exceljs", files));
    fulls.push(run("import", files));
  }
  const best = (samples: Sample[]): Sample =>
    ({ ms: Math.min(...samples.map((s) => s.ms)), rssMb: Math.min(...samples.map((s) => s.rssMb)), schools: samples[0].schools });
  return { base: best(bases), full: best(fulls) };
}

export async function benchImport(): Promise<void> {
  const dir = path.join(os.tmpdir(), "sq-bench-import");
  console.log(`\nImport (files in ${dir}; each run in its own process, best of several; target: import ≤ 2× ExcelJS merely loading the files)`);
  const { small, big } = await generate(dir);
  const cases: [string, string[], number][] = [["27 municipality workbooks, 360 schools × 40 columns", small, 5], ["1 workbook, 40,000 schools × 40 columns", [big], 2]];
  for (const [label, files, rounds] of cases) {
    const { base, full } = bestOfBoth(files, rounds);
    const time = full.ms / base.ms;
    const memory = full.rssMb / base.rssMb;
    console.log(`  ${label}: ${(full.schools ?? 0).toLocaleString("en")} records`);
    console.log(`    ExcelJS load only  ${base.ms.toFixed(0).padStart(7)} ms  peak ${base.rssMb.toFixed(0).padStart(5)} MiB`);
    console.log(`    full import        ${full.ms.toFixed(0).padStart(7)} ms  peak ${full.rssMb.toFixed(0).padStart(5)} MiB`);
    console.log(`    ratio              ${time.toFixed(2).padStart(7)} ×           ${memory.toFixed(2).padStart(5)} ×   ${time <= 2 && memory <= 2 ? "ok" : "OVER TARGET"}`);
  }
}

if (require.main === module && process.argv[2] === "--child") {
  child(process.argv[3], process.argv.slice(4)).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
