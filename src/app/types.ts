/**
 * What the task pane, the ribbon and the CLI see of the use cases: plain data in, plain data out.
 * The UI receives an `AppActions` object as a prop and never knows whether Excel or a file is behind it.
 */
import type { StatusCode } from "../core/classification/rules";
import type { ClassificationSettings } from "../core/classification/settings";
import type { Location } from "../core/errors";
import type { ImportIssue } from "../core/records";
import type { MappingProfile, Settings } from "../core/settings";

/** Progress of long work; `total` 0 means unknown. */
export interface Progress {
  message: string;
  done: number;
  total: number;
}

/** Every long use case takes these: cancel with the signal, report progress through the callback. */
export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (progress: Progress) => void;
}

/** A place the user can be taken to: the sheet (and cell) a result or an error is about. */
export interface SheetLink {
  sheet: string;
  cell?: string;
}

/** What a use case did, in the user's language. */
export interface ActionResult {
  /** Sheets created or rebuilt, in the order they were written. */
  sheets: { link: SheetLink; title: string; rebuilt: boolean }[];
  /** One or two sentences: «Создан лист «Целевые показатели»: показателей — 14, 2021–2024». */
  summary: string;
  /** Things the user should look at (unreadable deadlines, missing inputs …). */
  warnings: string[];
}

/** An error as the UI shows it: a message naming file, sheet and cell, and where to go. */
export interface ErrorView {
  message: string;
  where?: Location;
}

/** Thrown by use cases when the signal is aborted between steps. */
export class CancelledError extends Error {
  constructor() {
    super("cancelled");
    this.name = "CancelledError";
  }
}

/** Throws CancelledError when the user pressed «Отмена»; long loops call it between steps. */
export function checkCancelled(run?: RunOptions): void {
  if (run?.signal?.aborted) throw new CancelledError();
}


export type ReportKind = "targets" | "roadmap" | "risk-profile" | "register" | "summary" | "diagnostics" | "monitoring";

/** Files the user picked, or the open workbook (some sheets, or the selection). */
export type ImportSource =
  | { kind: "files"; files: { name: string; bytes: Uint8Array }[] }
  | { kind: "workbook"; sheets?: string[]; selection?: boolean };

/** One column of a source table as the mapping editor shows it. */
export interface ColumnMatchView {
  /** Address of the header's first cell, e.g. "C5". */
  cell: string;
  /** Header as flattened from the source («ЕГЭ / Русский язык / ср. балл»). */
  header: string;
  /** Normalised header: the key a mapping rule uses. */
  normalized: string;
  indicatorId: string | null;
  indicatorTitle: string | null;
  /** 0..1; 1 when the user's mapping decided it. */
  confidence: number;
  year: number | null;
  /** First few values under the header, as read. */
  sample: (string | number | boolean | null)[];
}

export interface TablePreview {
  file: string;
  sheet: string;
  range: string;
  kind: "table" | "passport";
  year: number | null;
  rows: number;
  columns: ColumnMatchView[];
}

export interface ImportPreview {
  tables: TablePreview[];
  schools: number;
  years: number[];
  issues: ImportIssue[];
  /** The mapping in effect (catalogue matches plus the user's corrections): edit it and preview again. */
  mapping: MappingProfile;
}

export interface ClassificationPreview {
  year: number | null;
  schools: number;
  counts: Record<StatusCode, number>;
  levels: Record<"crisis" | "risk" | "none", number>;
  rules: { id: string; title: string; applied: boolean; missing: string[] }[];
}

export interface ReportOptions {
  /** Template id for targets and roadmaps. */
  template?: string;
  /** Build from a sheet of the workbook instead of a template (the user's own list or plan). */
  sourceSheet?: string;
  /** Target indicators picked from the catalogue (ids), instead of a template or a sheet. */
  indicators?: string[];
  /** Monitoring: «входной / промежуточный / итоговый» instead of years, for 2 or 3 rounds. */
  roundLabels?: "years" | "stages";
  /** Monitoring: the program's schools (default) or every school classified. */
  monitoringRows?: "program" | "all";
  fromYear?: number;
  toYear?: number;
  /** Year assumed for deadlines without one. */
  year?: number;
  /** Restrict to one municipality; null or absent for all. */
  municipality?: string | null;
  /** Restrict to these school keys; absent for all. */
  schools?: string[];
}

export interface ReportContext {
  municipalities: string[];
  schools: { key: string; name: string; municipality: string | null }[];
  years: number[];
  /** Whether the workbook has consolidated data (import done) and a classification. */
  hasData: boolean;
  hasClassification: boolean;
}

/** Everything the task pane can do. Two implementations: over Excel (Office.js) and over a file (ExcelJS). */
/** A workbook file opened in standalone mode. */
export interface OpenedFile {
  /** What the file has that the downloaded workbook will not (pivot tables, macros …), as readable names. */
  notKept: string[];
}

export interface AppActions {
  mode: "excel" | "standalone";
  /** «Текущая книга» or the file name. */
  workbookLabel(): string;
  listSheets(): Promise<{ name: string; own: boolean; kind?: string }[]>;
  previewImport(source: ImportSource, mapping: MappingProfile | null, run?: RunOptions): Promise<ImportPreview>;
  applyImport(source: ImportSource, mapping: MappingProfile | null, run?: RunOptions): Promise<ActionResult>;
  presets(): { id: string; title: string; description: string }[];
  previewClassification(settings: ClassificationSettings, run?: RunOptions): Promise<ClassificationPreview>;
  applyClassification(settings: ClassificationSettings, run?: RunOptions): Promise<ActionResult>;
  templates(): { id: string; kind: "targets" | "roadmap"; title: string; source: string; years: string }[];
  reportContext(): Promise<ReportContext>;
  buildReport(kind: ReportKind, options: ReportOptions, run?: RunOptions): Promise<ActionResult>;
  loadSettings(): Promise<{ settings: Settings; fixed: string[] }>;
  saveSettings(settings: Settings): Promise<void>;
  goTo(link: SheetLink): Promise<void>;
  /** Standalone mode: open a workbook file, or the bundled sample, and download the result. */
  openFile?(file: { name: string; bytes: Uint8Array }): Promise<OpenedFile>;
  openSample?(): Promise<void>;
  download?(): Promise<{ name: string; bytes: Uint8Array }>;
}
