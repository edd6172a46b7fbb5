/** Task pane and ribbon text. */
export const ru = {
  "ui.appTitle": "Качество школ",
  "ui.functionsTitle": "Функции для ячеек",
  "ui.functionsHint": "Введите в ячейку =SQ. и имя функции, например =SQ.ДОЛЯ(B2; C2).",
} as const;

export const en: Record<keyof typeof ru, string> = {
  "ui.appTitle": "School Quality",
  "ui.functionsTitle": "Cell functions",
  "ui.functionsHint": "Type =SQ. and a function name in a cell, e.g. =SQ.SHARE(B2, C2).",
};
