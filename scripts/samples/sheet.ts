/**
 * Helpers shared by the sample workbook writers: a workbook with fixed dates (so regenerating changes
 * nothing but the zip timestamps), cell writing with merges, and numbers written as departments write
 * them — decimal commas, «%», thin spaces, «-» for an exam the school does not sit.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import type { Exam } from "./schools";

export type V = string | number | null;

export const NOTE = "ПРИМЕР: данные вымышлены — названия школ и муниципалитетов, все числа придуманы для демонстрации надстройки «Качество школ»";
export const THIN = "\u2009";
export const NBSP = "\u00a0";
const DATE = new Date(Date.UTC(2024, 8, 16));

/** A workbook marked as an example; the fixed date keeps regenerated files comparable with the committed ones. */
export function book(title = NOTE, date = DATE): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "Качество школ — пример";
  wb.created = date;
  wb.modified = date;
  wb.title = title;
  return wb;
}

/**
 * Writes rows from (row, col), merges the given ranges and bolds the given rows; bold rows of several
 * cells (headers, totals) are also centred and wrapped, while a one-cell title runs on to the right.
 */
export function put(ws: ExcelJS.Worksheet, at: [number, number], rows: V[][], merges: string[] = [], bold: number[] = []): void {
  rows.forEach((r, i) => r.forEach((v, j) => {
    if (v !== null) ws.getCell(at[0] + i, at[1] + j).value = v;
  }));
  for (const m of merges) ws.mergeCells(m);
  for (const r of bold) {
    ws.getRow(r).font = { name: "Calibri", bold: true };
    const cells = (rows[r - at[0]] ?? []).filter((v) => v !== null).length;
    if (cells > 1 || merges.some((m) => m.startsWith(`A${r}:`))) ws.getRow(r).alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  }
}

/** Column widths from the first column on; the school-name column is wide. */
export function widths(ws: ExcelJS.Worksheet, list: number[], from = 1): void {
  list.forEach((w, i) => (ws.getColumn(from + i).width = w));
}

/** A printed return: thin borders on every cell of the table, A4 landscape, fitted to the page width. */
export function form(ws: ExcelJS.Worksheet, top: number, left: number, bottom: number, right: number): void {
  const thin = { style: "thin" as const };
  for (let r = top; r <= bottom; r++) {
    for (let c = left; c <= right; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  ws.pageSetup = { paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0 };
}

export async function save(wb: ExcelJS.Workbook, file: string): Promise<void> {
  fs.writeFileSync(file, new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

/** 64.25 -> «64,3»; `decimals` 0 for whole numbers. */
export const comma = (v: number, decimals = 1): string => v.toFixed(decimals).replace(".", ",");

/**
 * A percent as departments type it: «12,4»; «0» for none; 1 or less with a «%» sign, since a plain «0,8»
 * or «1,0» could be a fraction (the importer would ask).
 */
export const percentText = (v: number): string => (v === 0 ? "0" : Number(v.toFixed(1)) <= 1 ? `${comma(v)}%` : comma(v));

/** Share of k in n as percent text: «33,3»; «0» for none. */
export const share = (k: number, n: number): string => percentText((100 * k) / n);

/** A passport share (already in percent). */
export const passportShare = percentText;

/** 1042 -> «1 042» with a thin space, as some returns print thousands. */
export const thousands = (n: number): string => (n >= 1000 ? `${Math.floor(n / 1000)}${THIN}${String(n % 1000).padStart(3, "0")}` : String(n));

/** Exam cells for a school without the exam. */
export const noExam = (exam: Exam | null): boolean => exam === null || exam.n === 0;

/** «МБОУ «Краснолуговская СОШ № 1»» -> «Краснолуговская СОШ № 1». */
export const shortName = (name: string): string => name.replace(/^[А-ЯЁ]{3,5}\s+/, "").replace(/[«»]/g, "");

export const mean = (values: number[]): number => values.reduce((a, b) => a + b, 0) / Math.max(1, values.length);
