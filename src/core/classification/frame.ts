/**
 * The dataset indexed once for the rules: records grouped by school key and year, year-less records kept
 * as attributes that apply to every year, and each year's values transposed into columns (one array per
 * indicator, by school index). Records arrive as objects with dozens of computed keys, where one keyed
 * read costs tens of nanoseconds; transposing touches every cell once, and rules then read arrays.
 */
import type { Dataset, RecordValue } from "../records";
import { toNumberOrNull } from "../numbers";
import { isCellError } from "../errors";

export type Values = Record<string, RecordValue>;

export interface SchoolFrame {
  /** Position in Frame.schools: rules keep per-school results in arrays indexed by it. */
  index: number;
  key: string;
  school: string;
  municipality: string | null;
  /** Values of the school's year-less records (a passport, a register), or null. */
  attrs: Values | null;
  years: Map<number, Values>;
}

/** Rounds away binary noise (0.1 * 3 = 0.30000000000000004) so "≥ 30%" means what it says. */
function snap(value: number): number {
  return Math.abs(value) < 1e6 ? Math.round(value * 1e9) / 1e9 : value;
}

/** A number from a record value: numbers as is, Russian number text read, anything else null. */
function toNum(value: RecordValue | undefined): number | null {
  if (typeof value === "number") return Number.isFinite(value) ? snap(value) : null;
  if (typeof value === "string") {
    const read = toNumberOrNull(value);
    return read === null || isCellError(read) ? null : snap(read);
  }
  return null;
}

const isBlank = (value: RecordValue | undefined): boolean =>
  value === null || value === undefined || (typeof value === "string" && value.trim() === "");

/** Copy of `base` with the non-blank values of `extra` filling its blanks (first source wins). */
function fillBlanks(base: Values, extra: Values): Values {
  const out: Values = { ...base };
  for (const id in extra) if (isBlank(out[id]) && !isBlank(extra[id])) out[id] = extra[id];
  return out;
}

/** One year's values (or the year-less ones) by indicator: numbers in arrays, other values listed. */
interface Slice {
  numbers: Map<string, Float64Array>;
  others: Map<string, [number, RecordValue][]>;
}

export class Frame {
  /** In key order. */
  readonly schools: SchoolFrame[] = [];
  /** Years that occur in the data, ascending. */
  readonly years: number[];
  /** Column titles as the data sheet shows them, for reason texts. */
  readonly titles = new Map<string, string>();
  private readonly slices = new Map<number | null, Slice>();
  private readonly cache = new Map<string, unknown>();
  private blank: Float64Array | null = null;

  /** `wanted`: the only ids the rules may read; other columns are never transposed. */
  constructor(dataset: Dataset, private readonly wanted: ReadonlySet<string> | null = null) {
    const byKey = new Map<string, SchoolFrame>();
    const nameYear = new Map<SchoolFrame, number>();
    const years = new Set<number>();
    for (const record of dataset.records) {
      let school = byKey.get(record.key);
      if (!school) {
        school = { index: this.schools.length, key: record.key, school: record.school, municipality: record.municipality, attrs: null, years: new Map() };
        byKey.set(record.key, school);
        this.schools.push(school);
        nameYear.set(school, record.year ?? -Infinity);
      } else if ((record.year ?? -Infinity) > (nameYear.get(school) as number)) {
        // The latest year's name is the current one (schools get renamed), whatever the record order.
        nameYear.set(school, record.year ?? -Infinity);
        school.school = record.school;
        if (record.municipality !== null) school.municipality = record.municipality;
      }
      if (school.municipality === null && record.municipality !== null) school.municipality = record.municipality;
      if (record.year === null) {
        school.attrs = school.attrs ? fillBlanks(school.attrs, record.values) : record.values;
      } else {
        years.add(record.year);
        const before = school.years.get(record.year);
        school.years.set(record.year, before ? fillBlanks(before, record.values) : record.values);
      }
    }
    // Key order, not record order: sums over schools (means, z-scores) then add up in the same order
    // however the records were listed, so the output does not depend on it even in the last digit.
    this.schools.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    this.schools.forEach((s, i) => (s.index = i));
    this.years = [...years].sort((a, b) => a - b);
    for (const column of dataset.columns) this.titles.set(column.key, column.title);
  }

  private slice(year: number | null): Slice {
    let slice = this.slices.get(year);
    if (slice) return slice;
    slice = { numbers: new Map(), others: new Map() };
    const n = this.schools.length;
    const numberColumn = (id: string): Float64Array => {
      let column = slice.numbers.get(id);
      if (!column) slice.numbers.set(id, (column = new Float64Array(n).fill(NaN)));
      return column;
    };
    // Records of one source share their key order: the previous record's columns are reused while
    // the keys repeat, so most cells cost an array write rather than a map lookup. null: not wanted.
    const lastKeys: string[] = [];
    const lastColumns: (Float64Array | null)[] = [];
    const wanted = this.wanted;
    for (const s of this.schools) {
      const values = year === null ? s.attrs : s.years.get(year);
      if (!values) continue;
      const keys = Object.keys(values);
      for (let j = 0; j < keys.length; j++) {
        const id = keys[j];
        const v = values[id];
        if (typeof v === "number") {
          if (!Number.isFinite(v)) continue;
          if (lastKeys[j] !== id) {
            lastKeys[j] = id;
            lastColumns[j] = wanted && !wanted.has(id) ? null : numberColumn(id);
          }
          const column = lastColumns[j];
          if (column) column[s.index] = snap(v);
        } else if (!isBlank(v) && (!wanted || wanted.has(id))) {
          let list = slice.others.get(id);
          if (!list) slice.others.set(id, (list = []));
          list.push([s.index, v]);
        }
      }
    }
    this.slices.set(year, slice);
    return slice;
  }

  private inSlice(id: string, year: number | null): boolean {
    const slice = this.slice(year);
    return slice.numbers.has(id) || slice.others.has(id);
  }

  /** Whether any school has a non-blank value for `id` in `year` (or year-less). */
  has(id: string, year: number): boolean {
    return this.inSlice(id, year) || this.inSlice(id, null);
  }

  /** Whether any record of any year has `id`. */
  hasAnywhere(id: string): boolean {
    return this.inSlice(id, null) || this.years.some((y) => this.inSlice(id, y));
  }

  /**
   * Schools classified in `year`: those with a record for the year, plus (for the evaluation year, not
   * for past years) those known only from year-less records.
   */
  members(year: number, withAttributes: boolean): SchoolFrame[] {
    return this.schools.filter((s) => s.years.has(year) || (withAttributes && s.attrs !== null));
  }

  /** Builds a derived value once per classification (columns, shares computed from counts). */
  memo<T>(key: string, build: () => T): T {
    let value = this.cache.get(key) as T | undefined;
    if (value === undefined) this.cache.set(key, (value = build()));
    return value;
  }

  private blankColumn(): Float64Array {
    return (this.blank ??= new Float64Array(this.schools.length).fill(NaN));
  }

  /** Numbers of one slice, number text read ("45,5"); other text is blank. */
  private sliceColumn(id: string, year: number | null): Float64Array {
    const slice = this.slice(year);
    const numbers = slice.numbers.get(id);
    const others = slice.others.get(id);
    if (!others) return numbers ?? this.blankColumn();
    return this.memo(`s\u0000${year}\u0000${id}`, () => {
      const out = numbers ? Float64Array.from(numbers) : new Float64Array(this.schools.length).fill(NaN);
      for (const [index, v] of others) {
        const n = toNum(v);
        if (n !== null) out[index] = n;
      }
      return out;
    });
  }

  /**
   * Numbers of one indicator in one year for every school, by school index; NaN for a blank. The
   * arrays are shared: read them, never write. `own` leaves out year-less attributes.
   */
  column(id: string, year: number, own = false): Float64Array {
    const yearly = this.sliceColumn(id, year);
    if (own || !this.inSlice(id, null)) return yearly;
    const attrs = this.sliceColumn(id, null);
    if (!this.inSlice(id, year)) return attrs;
    return this.memo(`m\u0000${year}\u0000${id}`, () => yearly.map((v, i) => (Number.isNaN(v) ? attrs[i] : v)));
  }

  /** Values as recorded (numbers, text, flags), by school index; null for a blank. Shared: read only. */
  raw(id: string, year: number, own = false): RecordValue[] {
    return this.memo(`r\u0000${own}\u0000${year}\u0000${id}`, () => {
      const out: RecordValue[] = new Array(this.schools.length).fill(null);
      const fill = (y: number | null): void => {
        const slice = this.slice(y);
        const numbers = slice.numbers.get(id);
        if (numbers) {
          for (let i = 0; i < numbers.length; i++) if (out[i] === null && !Number.isNaN(numbers[i])) out[i] = numbers[i];
        }
        for (const [index, v] of slice.others.get(id) ?? []) if (out[index] === null) out[index] = v;
      };
      fill(year);
      if (!own) fill(null);
      return out;
    });
  }
}
