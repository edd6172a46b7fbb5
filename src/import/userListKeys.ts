/**
 * Row keys of lists read from a user's sheet. A rebuild matches rows by key, so a key depends only on
 * the row's own title: transliterated first words (readable in the hidden key column) and a short hash
 * of the whole normalised title (two titles sharing their first words still differ). Only a repeat of
 * the very same title gets a «_2» suffix, which then depends on order, as it must.
 */
import { basicNormalise } from "./text";

const LATIN: Record<string, string> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l", м: "m", н: "n", о: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "", ы: "y", ь: "", э: "e",
  ю: "yu", я: "ya",
};

/** FNV-1a, 32 bits: stable across runs and platforms, unlike anything seeded. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0").slice(0, 6);
}

/** `slugOf("Доля педагогов, повысивших квалификацию")` -> "dolya_pedagogov_povysivshikh_…_3fa2c1". */
export function slugOf(title: string): string {
  const words = basicNormalise(title).replace(/[^a-zа-я0-9]+/g, " ").trim().split(" ").filter(Boolean);
  const latin = words.map((w) => [...w].map((ch) => LATIN[ch] ?? ch).join("")).filter(Boolean);
  let head = "";
  for (const w of latin) {
    if (head.length + w.length > 32) break;
    head = head ? `${head}_${w}` : w;
  }
  return `${head || latin[0]?.slice(0, 32) || "item"}_${hash(words.join(" "))}`;
}

/** Hands out keys, each once: the second «share_x» becomes «share_x_2». */
export class KeyBook {
  private readonly used = new Set<string>();

  unique(key: string): string {
    let out = key;
    for (let n = 2; this.used.has(out); n++) out = `${key}_${n}`;
    this.used.add(out);
    return out;
  }
}
