/**
 * Drafts -> school records, one per school and year. A value given twice with different contents is a
 * conflict: the first is kept and both cells are reported. Values without a year (a passport, a
 * register of attributes) join every year of the same school, so each row of the data sheet is whole.
 */
import { same } from "../core/formulas";
import { compactValues, type ImportIssue, type RecordValue, type SchoolRecord, type SourceRef } from "../core/records";
import type { SchoolIdentity } from "./identities";
import { issue, quote } from "./issues";
import type { Draft } from "./model";

const sameValue = (a: RecordValue, b: RecordValue): boolean => (typeof a === "number" && typeof b === "number" ? same(a, b) : a === b);

const refText = (ref: SourceRef, cell = ref.cell): string => `«${ref.file}», «${ref.sheet}», ${cell}`;

interface Slot {
  record: SchoolRecord;
  /** Drafts merged into the record, in order: the first that has a key gave its value. */
  drafts: Draft[];
}

export function mergeRecords(drafts: readonly Draft[], identities: readonly SchoolIdentity[], issues: ImportIssue[]): SchoolRecord[] {
  const slots = new Map<string, Slot>();
  drafts.forEach((d, i) => {
    const id = identities[i];
    const slotKey = `${id.key}@${d.year ?? ""}`;
    let slot = slots.get(slotKey);
    if (!slot) {
      // A record's first draft lends it its values: most records have one draft, so nothing is copied.
      slot = { record: { school: id.name, key: id.key, municipality: id.municipality, year: d.year, values: d.values, sources: [d.ref] }, drafts: [d] };
      slots.set(slotKey, slot);
      return;
    }
    const { record, drafts: merged } = slot;
    if (merged.length === 1) record.values = { ...record.values };
    const twice = record.sources.find((s) => s.file === d.ref.file && s.sheet === d.ref.sheet && s.cell !== d.ref.cell);
    if (twice) {
      issues.push(issue("warning", "duplicate", d.ref, "import.duplicate.row", { name: d.school, other: twice.cell, year: d.year ?? "—" }));
    }
    if (!record.sources.some((s) => s.file === d.ref.file && s.sheet === d.ref.sheet && s.cell === d.ref.cell)) record.sources.push(d.ref);
    for (const key of Object.keys(d.values)) {
      const value = d.values[key];
      const kept = record.values[key];
      if (kept === undefined) {
        record.values[key] = value;
        continue;
      }
      if (sameValue(kept, value)) continue;
      const first = merged.find((m) => key in m.values)!;
      issues.push(issue("warning", "duplicate", { ...d.ref, cell: d.cellOf(key) }, "import.duplicate.value", {
        name: record.school, year: d.year ?? "—", key, value: quote(value), kept: quote(kept), where: refText(first.ref, first.cellOf(key)),
      }));
    }
    merged.push(d);
  });
  const records = spreadYearless([...slots.values()].map((s) => s.record), issues);
  for (const r of records) r.values = compactValues(r.values);
  const collator = new Intl.Collator("ru");
  return records.sort((a, b) =>
    collator.compare(a.municipality ?? "", b.municipality ?? "") || collator.compare(a.school, b.school) || (a.year ?? 0) - (b.year ?? 0));
}

/** Folds each school's year-less record into its yearly records (values it lacks), when it has any. */
function spreadYearless(records: SchoolRecord[], issues: ImportIssue[]): SchoolRecord[] {
  const yearly = new Map<string, SchoolRecord[]>();
  for (const r of records) if (r.year !== null) (yearly.get(r.key) ?? yearly.set(r.key, []).get(r.key)!).push(r);
  const spread = new Map<string, { ref: SourceRef; schools: number }>();
  const out: SchoolRecord[] = [];
  for (const r of records) {
    const years = r.year === null ? yearly.get(r.key) : undefined;
    if (!years) {
      out.push(r);
      continue;
    }
    for (const y of years) {
      for (const [key, value] of Object.entries(r.values)) if (!(key in y.values)) y.values[key] = value;
      for (const s of r.sources) if (!y.sources.includes(s)) y.sources.push(s);
    }
    const where = `${r.sources[0].file}\u0000${r.sources[0].sheet}`;
    const entry = spread.get(where) ?? { ref: r.sources[0], schools: 0 };
    entry.schools++;
    spread.set(where, entry);
  }
  for (const { ref, schools } of spread.values()) {
    issues.push(issue("info", "school", { file: ref.file, sheet: ref.sheet }, "import.school.yearlessSpread", { schools }));
  }
  return out;
}
