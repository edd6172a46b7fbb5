/** Messages of the deadline-text parser (src/core/deadlines.ts). */
export const ru = {
  "deadline.unreadable": "Не удалось прочитать срок «{text}»",
  "deadline.yearMissing": "Не удалось прочитать срок «{text}»: в тексте нет года, а год по умолчанию не задан",
  "deadline.badDefaultYear": "Год по умолчанию должен быть целым числом от {min} до {max}, а не {year}",
} as const;

export const en: Record<keyof typeof ru, string> = {
  "deadline.unreadable": "Cannot read the deadline “{text}”",
  "deadline.yearMissing": "Cannot read the deadline “{text}”: it has no year and no default year is given",
  "deadline.badDefaultYear": "The default year must be a whole number from {min} to {max}, not {year}",
};
