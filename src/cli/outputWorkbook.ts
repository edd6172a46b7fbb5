/**
 * The CLI's output workbook: --out opened with the ExcelJS adapter when it exists (the add-in's sheets
 * in it are rebuilt and keep what the user typed; the user's own sheets are never touched), otherwise a
 * new PlanWorkbook, which streams the file straight from the sheet plans (a 40,000-school report in
 * seconds, not a minute), and saved through a temporary file so a failure never leaves half a workbook.
 */
import * as path from "path";
import type { ActionResult } from "../app/types";
import { t } from "../i18n";
import { ExcelJsWorkbook } from "../workbook/exceljsAdapter";
import { PlanWorkbook } from "../workbook/planWorkbook";
import type { WorkbookPort } from "../workbook/port";
import { exists, readBytes, writeFileSafely } from "./nodeFiles";

/** A workbook the CLI writes to a file. */
export type OutputWorkbook = WorkbookPort & { toBuffer(): Promise<Uint8Array> };

export async function withOutputWorkbook<T>(out: string, use: (workbook: OutputWorkbook) => Promise<T>): Promise<T> {
  const label = path.basename(out);
  const workbook: OutputWorkbook = (await exists(out)) ? await ExcelJsWorkbook.fromBuffer(await readBytes(out), label) : PlanWorkbook.create(label);
  const result = await use(workbook);
  await writeFileSafely(out, await workbook.toBuffer());
  return result;
}

/** An ActionResult as terminal lines: the summary, then warnings marked «!». */
export function printResult(result: ActionResult, out: string): void {
  console.log(result.summary);
  for (const warning of result.warnings) console.log(`  ! ${warning}`);
  console.log(t("app.cli.saved", { file: out }));
}
