/**
 * Writes the sample department workbooks: `npx tsx scripts/make-samples.ts [dir]` (default
 * assets/samples). Four invented municipalities, 40 invented schools, 2022–2024, each municipality in
 * its own department layout (DOMAIN.md §8); `npm run demo` reads them. sample-department.xlsx is the
 * task pane's «Открыть пример»: one municipality's sheets in one workbook after a «О примере» sheet.
 * The schools and their stories are in scripts/samples/schools.ts; every file says in a cell that its
 * data are invented. A test re-runs this and compares with the committed copy.
 */
import * as fs from "fs";
import * as path from "path";
import { writeCity } from "./samples/city";
import { addAboutSheet, addPassportSheet, addYearSheet } from "./samples/krasnolug";
import { YEARS } from "./samples/schools";
import { book, save } from "./samples/sheet";
import { writeTikhorech, writeVerkhnesosn } from "./samples/wide";

/** The municipality workbooks the demo reads, in the order it reads them. */
export const MUNICIPALITY_FILES = [
  "krasnolugovsky_gia_2022-2024.xlsx",
  "krasnolugovsky_social_passport.xlsx",
  "tikhorechensky_2022-2024.xlsx",
  "nizhneozyorsk_monitoring_2022-2024.xlsx",
  "verkhnesosnovsky_svod_2022-2024.xlsx",
] as const;

export const SAMPLE_WORKBOOK = "sample-department.xlsx";

/** Writes every sample into `dir`; returns the file names written, sorted. */
export async function makeSamples(dir: string): Promise<string[]> {
  fs.mkdirSync(dir, { recursive: true });
  const at = (name: string): string => path.join(dir, name);

  let wb = book();
  for (const year of YEARS) addYearSheet(wb, year);
  await save(wb, at(MUNICIPALITY_FILES[0]));
  wb = book();
  addPassportSheet(wb);
  await save(wb, at(MUNICIPALITY_FILES[1]));
  await writeTikhorech(at(MUNICIPALITY_FILES[2]));
  await writeCity(at(MUNICIPALITY_FILES[3]));
  await writeVerkhnesosn(at(MUNICIPALITY_FILES[4]));

  wb = book();
  addAboutSheet(wb);
  for (const year of YEARS) addYearSheet(wb, year);
  addPassportSheet(wb);
  await save(wb, at(SAMPLE_WORKBOOK));
  return [...MUNICIPALITY_FILES, SAMPLE_WORKBOOK].sort();
}

if (require.main === module) {
  const dir = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "assets", "samples"));
  makeSamples(dir).then(
    (files) => console.log(`${files.length} sample workbooks written to ${dir}:\n  ${files.map((f) => `${f} (${Math.round(fs.statSync(path.join(dir, f)).size / 1024)} KB)`).join("\n  ")}`),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
