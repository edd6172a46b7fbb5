/**
 * A workbook file the user gave, as a working ExcelJS workbook: an .xlsx/.xlsm opened as it is, a CSV
 * (or anything else the importer's reader takes) as a new workbook with a sheet per table it holds.
 * A file that cannot be opened gets the importer's Russian explanation (protected, truncated, not a
 * workbook …) rather than the library's message.
 */
import { ExcelJsWorkbook } from "./exceljsAdapter";
import { readWorkbookFile } from "./files";
import { freeSheetName } from "./metaSheet";

export const isWorkbookName = (name: string): boolean => /\.(xlsx|xlsm)$/i.test(name);

export async function openWorkbookFile(name: string, bytes: Uint8Array): Promise<ExcelJsWorkbook> {
  if (isWorkbookName(name)) {
    try {
      return await ExcelJsWorkbook.fromBuffer(bytes, name);
    } catch (error) {
      // The importer's reader explains why; if it reads the file after all, keep the writer's message.
      await readWorkbookFile(name, bytes);
      throw error;
    }
  }
  const file = await readWorkbookFile(name, bytes);
  const book = ExcelJsWorkbook.create(`${name.replace(/\.[^.]+$/, "")}.xlsx`);
  for (const grid of file.grids) {
    const sheet = freeSheetName(grid.sheet || "CSV", book.workbook.worksheets.map((ws) => ws.name));
    const ws = book.workbook.addWorksheet(sheet);
    grid.values.forEach((row, r) => row.forEach((v, c) => {
      if (v !== null) ws.getCell(grid.origin.row + r, grid.origin.column + c).value = v;
    }));
  }
  return book;
}
