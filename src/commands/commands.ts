/**
 * Ribbon buttons (ExecuteFunction): each builds its sheet from the workbook's settings in one click,
 * rebuilding the add-in's own sheet when it exists. The outcome is published for the task pane, which
 * the command then shows, so every click reports what it created or why it could not.
 */
import { classifyAndWrite } from "../app/classify";
import { importFromWorkbook, writeImportResult } from "../app/importData";
import { buildRiskProfile, buildRoadmap } from "../app/roadmap";
import { buildTargets } from "../app/targets";
import type { ActionResult } from "../app/types";
import { isUserError } from "../core/errors";
import { t } from "../i18n";
import type { WorkbookPort } from "../workbook/port";
import { RIBBON_LABELS, type RibbonCommandId } from "./ids";
import { publishOutcome } from "./outcome";

export interface RibbonCommand {
  /** FunctionName in manifest.xml. */
  id: RibbonCommandId;
  run: (port: WorkbookPort) => Promise<ActionResult>;
}

async function importWorkbook(port: WorkbookPort): Promise<ActionResult> {
  return writeImportResult(port, await importFromWorkbook(port));
}

export const RIBBON_COMMANDS: readonly RibbonCommand[] = [
  { id: "importData", run: importWorkbook },
  { id: "classifySchools", run: (port) => classifyAndWrite(port, { sheets: ["register", "summary"] }) },
  { id: "buildRiskProfile", run: (port) => buildRiskProfile(port) },
  { id: "buildTargets", run: (port) => buildTargets(port) },
  { id: "buildRoadmap", run: (port) => buildRoadmap(port) },
  { id: "buildSummary", run: (port) => classifyAndWrite(port, { sheets: ["summary"] }) },
  { id: "buildDiagnostics", run: (port) => classifyAndWrite(port, { sheets: ["diagnostics"] }) },
  { id: "buildMonitoring", run: (port) => classifyAndWrite(port, { sheets: ["monitoring"] }) },
];

/** Shows the task pane (Office.addin.showAsTaskpane in a shared runtime). */
export type ShowPane = () => Promise<void>;

/** Runs one command: the outcome is published whatever happens. */
export async function runCommand(id: RibbonCommandId, port: WorkbookPort, showPane: ShowPane): Promise<void> {
  const command = RIBBON_COMMANDS.find((c) => c.id === id);
  if (!command) throw new Error(`Unknown ribbon command ${id}`);
  const title = t(RIBBON_LABELS[command.id]);
  try {
    publishOutcome({ command: command.id, title, result: await command.run(port), at: Date.now() });
  } catch (error) {
    const view = isUserError(error)
      ? { message: error.message, where: error.where }
      : { message: t("app.ribbon.internal", { message: error instanceof Error ? error.message : String(error) }) };
    publishOutcome({ command: command.id, title, error: view, at: Date.now() });
  }
  // The pane shows the outcome; failing to open it must not hide the result, which is on the sheet.
  await showPane().catch(() => undefined);
}
