/** Messages of the deadline-text parser (src/core/deadlines.ts). */
export const ru = {
  "deadline.unreadable": "Не удалось прочитать срок «{text}»",
} as const;

export const en: Record<keyof typeof ru, string> = {
  "deadline.unreadable": "Cannot read the deadline “{text}”",
};
