/** Messages of src/workbook (Russian first; the English table must have every key). */
export const ru = {
  "workbook.currentWorkbook": "текущая книга",
  "workbook.sheetNotFound": "В книге «{file}» нет листа «{sheet}»",
  "workbook.replaceUserSheet":
    "Лист «{sheet}» создан не надстройкой «Качество школ»: заменять его нельзя. Переименуйте лист или постройте отчёт на новом листе",
  "workbook.validationTitle": "Недопустимое значение",
  "workbook.apiMissing":
    "Этой версии Excel не хватает набора функций {set} ({purpose}). Нужен Excel 2019 или новее, Microsoft 365 или Excel в браузере",
  "workbook.purpose.base": "закрепление строк, цвет ярлыка, диаграммы",
  "workbook.purpose.validation": "раскрывающиеся списки в ячейках",
  "workbook.skipped.print":
    "Параметры печати листа «{sheet}» (A4, сквозные строки, колонтитул) не заданы: эта версия Excel не поддерживает ExcelApi 1.9. Задайте их вручную: Разметка страницы → Параметры страницы",
  "workbook.skipped.autoFilter":
    "Фильтр на листе «{sheet}» не включён: эта версия Excel не поддерживает ExcelApi 1.9. Включите его вручную: Данные → Фильтр",
  "workbook.writeFailed": "Не удалось построить лист «{sheet}»: {message}",
  "workbook.badFile": "Файл «{file}» не читается как книга Excel (.xlsx): {message}",
} as const;

export const en: Record<keyof typeof ru, string> = {
  "workbook.currentWorkbook": "the current workbook",
  "workbook.sheetNotFound": "Workbook “{file}” has no sheet “{sheet}”",
  "workbook.replaceUserSheet":
    "Sheet “{sheet}” was not made by the School Quality add-in and cannot be replaced. Rename it or build the report on a new sheet",
  "workbook.validationTitle": "Invalid value",
  "workbook.apiMissing":
    "This version of Excel lacks the {set} API set ({purpose}). Excel 2019 or later, Microsoft 365 or Excel on the web is required",
  "workbook.purpose.base": "frozen panes, tab colour, charts",
  "workbook.purpose.validation": "drop-down lists in cells",
  "workbook.skipped.print":
    "Print settings of sheet “{sheet}” (A4, title rows, footer) were not applied: this version of Excel lacks ExcelApi 1.9. Set them by hand: Page Layout → Page Setup",
  "workbook.skipped.autoFilter":
    "The filter on sheet “{sheet}” was not turned on: this version of Excel lacks ExcelApi 1.9. Turn it on by hand: Data → Filter",
  "workbook.writeFailed": "Could not build sheet “{sheet}”: {message}",
  "workbook.badFile": "File “{file}” cannot be read as an Excel workbook (.xlsx): {message}",
};
