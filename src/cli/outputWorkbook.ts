/**
 * The CLI's output workbook: --out opened with the ExcelJS adapter when it exists (the add-in's sheets
 * in it are rebuilt and keep what the user typed; the user's own sheets are never touched), otherwise a
 * new PlanWorkbook, which streams the file straight from the sheet plans (a 40,000-school report in
 * seconds, not a minute), and saved through a temporary file so a failure never leaves half a workbook.
 */
import * as path from "path";
import type { ActionResult } from "../app/types";
import { UserError } from "../core/errors";
import { t } from "../i18n";
import { ExcelJsWorkbook } from "../workbook/exceljsAdapter";
import { PlanWorkbook } from "../workbook/planWorkbook";
import type { WorkbookPort } from "../workbook/port";
import { openWorkbookFile } from "../workbook/openWorkbook";
import { resaveLosses } from "../workbook/resaveLosses";
import { exists, readBytes, writeFileSafely } from "./nodeFiles";

/** A workbook the CLI writes to a file. */
export type OutputWorkbook = WorkbookPort & { toBuffer(): Promise<Uint8Array> };

export async function withOutputWorkbook<T>(out: string, use: (workbook: OutputWorkbook) => Promise<T>): Promise<T> {
  const label = path.basename(out);
  if (!/\.xlsx$/i.test(out)) throw new UserError(t("app.cli.outNotXlsx", { file: out }), { file: label });
  const workbook: OutputWorkbook = (await exists(out)) ? await openExisting(out, label) : PlanWorkbook.create(label);
  const result = await use(workbook);
  await writeFileSafely(out, await workbook.toBuffer());
  return result;
}

/**
 * An existing --out workbook, refused before anything is done when saving it again would drop what the
 * ExcelJS adapter cannot carry over (pivot tables, macros …): the file is the user's.
 */
async function openExisting(out: string, label: string): Promise<ExcelJsWorkbook> {
  const bytes = await readBytes(out);
  const losses = await resaveLosses(bytes);
  if (losses.length) {
    throw new UserError(t("app.cli.outWouldLose", { file: out, parts: losses.map((loss) => t(`app.standalone.loss.${loss}`)).join(", ") }), { file: label });
  }
  return openWorkbookFile(label, bytes);
}

/** An ActionResult as terminal lines: the summary, then warnings marked «!». */
export function printResult(result: ActionResult, out: string): void {
  console.log(result.summary);
  for (const warning of result.warnings) console.log(`  ! ${warning}`);
  console.log(t("app.cli.saved", { file: out }));
}
