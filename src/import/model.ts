/** What the importer returns besides the dataset: per-sheet summaries and column matches for the report. */
import type { Dataset, ImportIssue, RecordValue, SourceRef } from "../core/records";
import type { MappingProfile } from "../core/settings";
import type { HeaderMatch } from "./headers";
import type { GridLike } from "./grid";

/** One column of a source table (or one label of a passport) and what it was matched to. */
export interface ColumnMatch {
  /** Column letter of a table, or the label cell of a passport line. */
  column: string;
  /** Header as written, merged parents flattened: «ЕГЭ / Русский язык / средний балл». */
  header: string;
  /** Normalised header: what mapping rules and `col:` keys use. */
  normalised: string;
  /** Data key: indicator id, identity field (school, municipality, year) or `col:<normalised>`. */
  key: string;
  indicatorId: string | null;
  /** Year written in the header, if any. */
  year: number | null;
  confidence: number;
  by: HeaderMatch["by"] | "identity";
  /** A possible match below the threshold, the ambiguous best, or a match's runner-up. */
  candidate: { indicatorId: string; confidence: number } | null;
  ambiguous: boolean;
}

export interface TableSummary {
  file: string;
  sheet: string;
  kind: "table" | "passport";
  /** The table's area on the sheet, header to last row. */
  range: string;
  /** The header band (or the passport's label column). */
  header: string | null;
  year: number | null;
  municipality: string | null;
  /** School rows read (passport: 1). */
  rows: number;
  totals: number;
  columns: ColumnMatch[];
}

/** One school (and year) as one source gives it, before consolidation. */
export interface Draft {
  school: string;
  municipality: string | null;
  year: number | null;
  /** Plain object rather than a Map: the first draft of a record becomes its values as is. */
  values: Record<string, RecordValue>;
  /** A1 address of a value's cell (computed on demand: only conflicts name it). */
  cellOf: (key: string) => string;
  ref: SourceRef;
}

export interface GridSource {
  file: string;
  grids: GridLike[];
}

export interface ImportOptions {
  mapping?: MappingProfile | null;
  /** Year for tables that name none (no year in headers, sheet name or title). */
  defaultYear?: number | null;
}

export interface ImportResult {
  dataset: Dataset;
  issues: ImportIssue[];
  /** The effective mapping: the profile's rules plus every header seen and what it was read as. */
  mapping: MappingProfile;
  tables: TableSummary[];
}
