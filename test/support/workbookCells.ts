/**
 * What a workbook file holds, sheet by sheet, as the importer reads it (values and sorted merges): for
 * comparing a regenerated file with its committed copy regardless of zip and XML details.
 */
import ExcelJS from "exceljs";
import * as fs from "fs";
import { gridFromWorksheet } from "../../src/workbook/exceljsGrid";

export async function workbookCells(file: string): Promise<unknown> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync(file) as unknown as Parameters<typeof wb.xlsx.load>[0]);
  return wb.worksheets.map((ws) => {
    const grid = gridFromWorksheet(ws);
    return { sheet: ws.name, values: grid.values, merges: [...grid.merges].sort() };
  });
}
