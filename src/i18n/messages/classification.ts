/** Messages of src/classification (Russian first; the English table must have every key). */
export const ru = {
} as const;

export const en: Record<keyof typeof ru, string> = {
};
