/**
 * Consolidated school data: what the importer produces and classification and reports consume.
 * Values are keyed by indicator id (catalogue) or, for columns the catalogue does not know, by a
 * `col:` key made from the header, so nothing the department had is dropped.
 */

export type RecordValue = number | string | boolean | null;

/** Where a value came from, for messages that name the file, sheet and cell. */
export interface SourceRef {
  file: string;
  sheet: string;
  /** A1 address of the cell, or of the row's first cell. */
  cell: string;
}

export interface SchoolRecord {
  /** School name as written in the first source it was seen in. */
  school: string;
  /** Normalised matching key (school + municipality), stable across files and years. */
  key: string;
  municipality: string | null;
  /** Reporting year when the data has years; null for year-less data (a passport, a register). */
  year: number | null;
  values: Record<string, RecordValue>;
  sources: SourceRef[];
}

/**
 * The same values laid out as an object literal would be. Values filled key by key (as the importer and
 * the data-sheet reader do, ~40 indicators a record) leave V8 a hash table of about twice the memory:
 * a country's 160,000 records take ~270 MB instead of ~140 MB. Call once a record's values are complete.
 */
export function compactValues(values: Record<string, RecordValue>): Record<string, RecordValue> {
  return { ...values };
}

/** A column of the consolidated data, in display order. */
export interface DataColumn {
  /** Indicator id, or `col:<normalised header>` for an unmatched column. */
  key: string;
  /** Russian title shown on the data sheet. */
  title: string;
  indicatorId: string | null;
}

export interface Dataset {
  records: SchoolRecord[];
  columns: DataColumn[];
}

export type IssueSeverity = "error" | "warning" | "info";

/**
 * One line of the import report. `kind` is machine-readable, `message` Russian and self-contained
 * (it names the file, sheet and cell).
 */
export interface ImportIssue {
  severity: IssueSeverity;
  kind:
    | "file" // a file could not be read at all
    | "table" // no table found, header ambiguity
    | "column" // a column matched, unmatched or ambiguous
    | "interpreted" // a value was changed while reading (64 -> 0.64)
    | "rejected" // a value could not be used and was left out
    | "missing" // н/д, blanks in a required field
    | "totals" // a totals row was kept out; cross-check results
    | "school" // school matching: merged, ambiguous
    | "duplicate"; // the same school and year twice with different values
  file: string;
  sheet?: string;
  cell?: string;
  message: string;
}
