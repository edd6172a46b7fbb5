/**
 * Custom-functions entry point. It loads on every recalculation start, so it imports only core and the
 * registry: no React, no ExcelJS, no DOM.
 */
import { FUNCTIONS } from "./registry";
import { toExcelResult } from "./excelResult";
import { publishStatusLabels } from "./statusLabels";
import { readSettings } from "../core/settings";
import { localeFromLanguage, setLocale } from "../i18n";
import { decodeMeta, META_SHEET } from "../workbook/metaSheet";

declare const Office: { onReady?: (cb: () => void) => unknown; context?: { displayLanguage?: string } } | undefined;

/** The workbook's status labels for STATUS, read once from the add-in's settings when Excel starts it. */
async function loadStatusLabels(): Promise<void> {
  if (typeof Excel === "undefined") return;
  await Excel.run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(META_SHEET);
    await context.sync();
    if (sheet.isNullObject) return;
    const used = sheet.getUsedRangeOrNullObject(true);
    used.load("values");
    await context.sync();
    if (!used.isNullObject) publishStatusLabels(readSettings(decodeMeta(used.values).settings).settings.statusLabels);
  });
}

// Messages follow Excel's language once Office tells it (shared runtime); Russian until then.
if (typeof Office !== "undefined" && Office?.onReady) {
  void Office.onReady(() => {
    setLocale(localeFromLanguage(Office?.context?.displayLanguage));
    // Without the labels STATUS still answers, with the default ones: a failed read must not stop it.
    loadStatusLabels().catch(() => undefined);
  });
}

for (const spec of FUNCTIONS) {
  CustomFunctions.associate(spec.id, (...args: unknown[]) => toExcelResult(spec.impl(...args)));
}
