/** Settings kept with the workbook: read through the port, completed with defaults, saved back. */
import { readSettings, type Settings } from "../core/settings";
import { publishStatusLabels } from "../functions/statusLabels";
import type { WorkbookPort } from "../workbook/port";

export async function loadWorkbookSettings(port: WorkbookPort): Promise<{ settings: Settings; fixed: string[] }> {
  const read = readSettings(await port.loadSettings());
  // The cell function STATUS answers with the workbook's labels (shared runtime).
  publishStatusLabels(read.settings.statusLabels);
  return read;
}

export async function saveWorkbookSettings(port: WorkbookPort, settings: Settings): Promise<void> {
  // Round-trip through readSettings so a bad value from a form never reaches the workbook.
  const clean = readSettings(settings).settings;
  await port.saveSettings(clean);
  publishStatusLabels(clean.statusLabels);
}
