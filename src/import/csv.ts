/**
 * CSV and text exports (regional monitoring systems, ФИС ОКО): encoding by BOM, else strict UTF-8,
 * else windows-1251 (what Russian Excel writes for «CSV (разделители — запятые)»); the delimiter is
 * the one of «;», «,», tab that splits the first lines most consistently («;» wins ties, since a
 * decimal comma makes «,» common inside Russian numbers). Cells stay text: the importer reads numbers.
 */
import { UserError } from "../core/errors";
import { t } from "../i18n";
import type { Cell, GridLike } from "./grid";

export type TextEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251";

export function decodeText(bytes: Uint8Array): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder("utf-8").decode(bytes.subarray(3)), encoding: "utf-8" };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(bytes.subarray(2)), encoding: "utf-16le" };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(bytes.subarray(2)), encoding: "utf-16be" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1251").decode(bytes), encoding: "windows-1251" };
  }
}

const DELIMITERS = [";", ",", "\t"] as const;
export type Delimiter = (typeof DELIMITERS)[number];

/** Counts a delimiter per line of the first lines, outside quotes. */
function counts(text: string, delimiter: string, lines = 30): number[] {
  const out: number[] = [];
  let n = 0;
  let quoted = false;
  for (let i = 0; i < text.length && out.length < lines; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch === delimiter) n++;
    else if (!quoted && ch === "\n") {
      out.push(n);
      n = 0;
    }
  }
  if (out.length < lines && n > 0) out.push(n);
  return out;
}

export function detectDelimiter(text: string): Delimiter {
  let best: Delimiter = ";";
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const per = counts(text, d).filter((n) => n > 0);
    if (per.length === 0) continue;
    // The most common non-zero count, weighted by how many lines share it.
    const freq = new Map<number, number>();
    for (const n of per) freq.set(n, (freq.get(n) ?? 0) + 1);
    const [mode, lines] = [...freq.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0];
    const score = lines * Math.min(mode, 50);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

/** RFC 4180 parsing: quoted fields with "" escapes and line breaks inside; CRLF, LF or CR line ends. */
export function parseCsv(text: string, delimiter: Delimiter, maxRows = Infinity, file = ""): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endRow = (): void => {
    row.push(field);
    field = "";
    rows.push(row);
    row = [];
    if (rows.length > maxRows) throw new UserError(t("import.file.tooManyRows", { file, max: maxRows.toLocaleString("ru-RU") }), { file });
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === delimiter) {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRow();
    } else field += ch;
  }
  if (field !== "" || row.length > 0) endRow();
  return rows;
}

/** A text file as a one-sheet grid named after the file. */
export function csvGrid(file: string, bytes: Uint8Array, maxRows = Infinity): { grid: GridLike; encoding: TextEncoding; delimiter: Delimiter } {
  const { text, encoding } = decodeText(bytes);
  const delimiter = detectDelimiter(text);
  const rows = parseCsv(text, delimiter, maxRows, file);
  const width = rows.reduce((max, r) => Math.max(max, r.length), 0);
  const values: Cell[][] = rows.map((r) => {
    const out: Cell[] = r.map((v) => (v.trim() === "" ? null : v));
    while (out.length < width) out.push(null);
    return out;
  });
  const sheet = file.replace(/^.*[\\/]/, "").replace(/\.[^.]+$/, "").slice(0, 31) || "CSV";
  return { grid: { sheet, origin: { row: 1, column: 1 }, values, merges: [] }, encoding, delimiter };
}
