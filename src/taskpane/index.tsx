/**
 * Task pane entry. Decides the mode (Excel or a workbook file in a plain browser), sets the language and
 * theme from Office, and loads the matching AppActions as a separate chunk so neither the Office adapter
 * nor ExcelJS is in the first download.
 */
import "../i18n/all";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import type { AppActions } from "../app/types";
import { getLocale, localeFromLanguage, setLocale } from "../i18n";
import { associateRibbon } from "../commands/ids";
import { Boot } from "./Boot";
import { themeFromOffice, type OfficeColors } from "./theme";

export type Mode = "excel" | "standalone";

interface Host {
  mode: Mode;
  language?: string;
  colors?: OfficeColors;
}

/**
 * Outside Office (a plain browser, or Linux where Excel cannot run) Office.onReady resolves with host
 * null; without office.js at all (offline, blocked CDN) there is no Office object. Both mean standalone.
 */
async function detectHost(): Promise<Host> {
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") return { mode: "standalone" };
  let info: { host: Office.HostType | null };
  try {
    info = await Office.onReady();
  } catch (error) {
    // office.js loaded but could not start: the file mode still works, so use it and keep the reason.
    console.error(error);
    return { mode: "standalone" };
  }
  if (info.host !== Office.HostType.Excel) return { mode: "standalone" };
  associateRibbon(
    { associate: (id, handler) => Office.actions.associate(id, handler), showPane: () => Office.addin.showAsTaskpane() },
    async (id, showPane) => {
      // The use cases load on the first click: the pane's first download stays small.
      const [{ runCommand }, { OfficeWorkbook }] = await Promise.all([
        import(/* webpackChunkName: "excel-actions" */ "../commands/commands"),
        import(/* webpackChunkName: "excel-actions" */ "../workbook/officeAdapter"),
      ]);
      await runCommand(id, OfficeWorkbook.forExcel(), showPane);
    },
  );
  return { mode: "excel", language: Office.context?.displayLanguage, colors: Office.context?.officeTheme };
}

async function loadActions(mode: Mode): Promise<AppActions> {
  if (mode === "excel") {
    const { createExcelActions } = await import(/* webpackChunkName: "excel-actions" */ "../app/excelActions");
    return createExcelActions();
  }
  const { createStandaloneActions } = await import(/* webpackChunkName: "standalone" */ "../app/standalone");
  return createStandaloneActions();
}

async function main(): Promise<void> {
  const container = document.getElementById("root");
  if (!container) return;
  const host = await detectHost();
  // Russian unless Office says its display language is English.
  setLocale(localeFromLanguage(host.language));
  document.documentElement.lang = getLocale();
  const load = (): Promise<AppActions> => loadActions(host.mode);
  createRoot(container).render(
    <FluentProvider theme={themeFromOffice(host.colors)}>
      <Boot load={load} />
    </FluentProvider>,
  );
}

void main();
