/**
 * The CLI's output workbook: --out opened when it exists (the add-in's sheets in it are rebuilt and
 * keep what the user typed; the user's own sheets are never touched), created otherwise, and saved
 * through a temporary file so a failure never leaves half a workbook.
 */
import * as path from "path";
import type { ActionResult } from "../app/types";
import { t } from "../i18n";
import { ExcelJsWorkbook } from "../workbook/exceljsAdapter";
import { exists, readBytes, writeFileSafely } from "./nodeFiles";

export async function withOutputWorkbook<T>(out: string, use: (workbook: ExcelJsWorkbook) => Promise<T>): Promise<T> {
  const label = path.basename(out);
  const workbook = (await exists(out)) ? await ExcelJsWorkbook.fromBuffer(await readBytes(out), label) : ExcelJsWorkbook.create(label);
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
