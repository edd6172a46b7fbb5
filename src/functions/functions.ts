/**
 * Custom-functions entry point. It loads on every recalculation start, so it imports only core and the
 * registry: no React, no ExcelJS, no DOM.
 */
import { FUNCTIONS } from "./registry";
import { toExcelResult } from "./excelResult";
import { localeFromLanguage, setLocale } from "../i18n";

declare const Office: { onReady?: (cb: () => void) => unknown; context?: { displayLanguage?: string } } | undefined;

// Messages follow Excel's language once Office tells it (shared runtime); Russian until then.
if (typeof Office !== "undefined" && Office?.onReady) {
  void Office.onReady(() => setLocale(localeFromLanguage(Office?.context?.displayLanguage)));
}

for (const spec of FUNCTIONS) {
  CustomFunctions.associate(spec.id, (...args: unknown[]) => toExcelResult(spec.impl(...args)));
}
