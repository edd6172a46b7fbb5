/** AppActions inside Excel: the use cases over the Office.js adapter (one shared runtime). */
import { OfficeWorkbook } from "../workbook/officeAdapter";
import { createActions } from "./actions";
import type { AppActions } from "./types";

export function createExcelActions(): AppActions {
  const port = OfficeWorkbook.forExcel();
  return createActions({ mode: "excel", port: () => port });
}
