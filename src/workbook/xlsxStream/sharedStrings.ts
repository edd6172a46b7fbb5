/**
 * The shared-strings table: every distinct text once, cells refer to it by index. A 40,000-school
 * workbook repeats municipality names, statuses and labels hundreds of thousands of times. The table
 * holds references to the plans' own strings, not copies, and its part is written while the sheets are
 * (take() hands over the items added since the last call), so it never exists as one string either.
 * Each text's "needs the Text format" flag is kept with its index: checked once per distinct text.
 */
import { needsTextFormat } from "../planStyles";
import { NS_MAIN, XML_HEAD, textElement } from "./xml";

export class SharedStrings {
  /** Text -> index × 2 + (1 when Excel could misread the text). */
  private readonly index = new Map<string, number>();
  private pending = `${XML_HEAD}<sst xmlns="${NS_MAIN}">`;

  /** The text's index × 2 + its text-format flag, the text added when new. */
  entry(text: string): number {
    let entry = this.index.get(text);
    if (entry === undefined) {
      entry = this.index.size * 2 + (needsTextFormat(text) ? 1 : 0);
      this.index.set(text, entry);
      this.pending += `<si>${textElement(text)}</si>`;
    }
    return entry;
  }

  /** The text's index. */
  id(text: string): number {
    return this.entry(text) >>> 1;
  }

  /** Characters of part text waiting for take(). */
  get waiting(): number {
    return this.pending.length;
  }

  /** The part's text added since the last call. */
  take(): string {
    const out = this.pending;
    this.pending = "";
    return out;
  }

  /** The rest of the part, closing it. */
  end(): string {
    return `${this.take()}</sst>`;
  }
}
