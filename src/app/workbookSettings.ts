/** Settings kept with the workbook: read through the port, completed with defaults, saved back. */
import { readSettings, type Settings } from "../core/settings";
import type { WorkbookPort } from "../workbook/port";

export async function loadWorkbookSettings(port: WorkbookPort): Promise<{ settings: Settings; fixed: string[] }> {
  return readSettings(await port.loadSettings());
}

export async function saveWorkbookSettings(port: WorkbookPort, settings: Settings): Promise<void> {
  // Round-trip through readSettings so a bad value from a form never reaches the workbook.
  await port.saveSettings(readSettings(settings).settings);
}
