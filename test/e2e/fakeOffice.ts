/**
 * Served instead of the CDN's office.js in the Excel e2e flow: an Excel host (ru-RU) whose Excel.run
 * is test/support/fakeExcel.ts — the recording workbook model the adapter's jest tests use. The page
 * exposes `window.fakeExcel` so the test can read the recorded syncs, actions and cells.
 */
import { FakeExcel } from "../support/fakeExcel";

const excel = new FakeExcel({ apiVersion: "1.17" });
// A department's own sheet, so the workbook is not empty (and the sheet pickers have something).
excel.addSheet("Мои цели", [["Показатель", "Базовое", "План"], ["Доля ШНОР", 0.15, 0]]);

const associated: string[] = [];
const ready = { host: "Excel", platform: "OfficeOnline" };

const office = {
  HostType: { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" },
  PlatformType: { OfficeOnline: "OfficeOnline", PC: "PC", Mac: "Mac" },
  onReady(callback?: (info: typeof ready) => void): Promise<typeof ready> {
    callback?.(ready);
    return Promise.resolve(ready);
  },
  context: {
    displayLanguage: "ru-RU",
    contentLanguage: "ru-RU",
    officeTheme: { bodyBackgroundColor: "#FFFFFF", bodyForegroundColor: "#262626", controlBackgroundColor: "#FFFFFF", controlForegroundColor: "#262626" },
    requirements: { isSetSupported: excel.isSetSupported },
  },
  actions: { associate: (id: string) => void associated.push(`action:${id}`) },
};

class CustomFunctionError {
  constructor(readonly code: string, readonly message?: string) {}
}

const target = globalThis as unknown as Record<string, unknown>;
target.Office = office;
target.Excel = { run: excel.run };
target.CustomFunctions = {
  associate: (id: string) => void associated.push(id),
  Error: CustomFunctionError,
  ErrorCode: { divisionByZero: "#DIV/0!", invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
};

/** What the e2e test reads back (plain data: it crosses page.evaluate). */
target.fakeExcel = {
  syncs: () => excel.syncs,
  actions: () => excel.actions.map((a) => ({ target: a.target, member: a.member, sync: a.sync })),
  sheets: () => excel.model.sheets.map((s) => ({ name: s.name, visibility: s.visibility })),
  active: () => excel.model.active?.name ?? null,
  cell: (sheet: string, address: string) => excel.cell(sheet, address).value ?? null,
  /** Every non-empty cell value of a sheet, as text, to look for a title or a number. */
  texts: (sheet: string) => {
    const out: string[] = [];
    const s = excel.sheet(sheet);
    for (let r = 1; r <= 200; r++) for (let c = 1; c <= 40; c++) {
      const v = s.cell(r, c)?.value;
      if (v !== null && v !== undefined && v !== "") out.push(String(v));
    }
    return out;
  },
  associated: () => [...associated],
};
