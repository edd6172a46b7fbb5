/** A1 addresses: column letters and numbers, shared by the importer (reading) and the sheet plans (writing). */

/** Column letter of a 1-based column index: 1 -> "A", 27 -> "AA". */
export function columnLetter(index: number): string {
  let n = index;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 1-based column index of a letter: "A" -> 1, "AA" -> 27. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
