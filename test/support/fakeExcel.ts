/**
 * A recording fake of the Excel JavaScript object model, for testing the Office.js adapter without
 * Excel. Faithful where a writer can go wrong: proxies only queue actions; context.sync() runs them in
 * order (a failing action stops the batch, earlier ones stay applied); reading a property that was not
 * loaded and synced throws PropertyNotLoaded; a request over the payload limit (5 MB, as Excel on the
 * web) is rejected; strings written through `values` are taken as Excel takes typed input; members newer
 * than the configured ExcelApi version throw. It records every sync, its payload size and every action.
 *
 *   const excel = new FakeExcel({ apiVersion: "1.17" });
 *   const book = new OfficeWorkbook(excel.run, excel.isSetSupported);
 */
import type { CellValue } from "../../src/reports/sheetPlan";
import { utf8Length } from "../../src/workbook/planStyles";
import { FakeWorkbook } from "./fakeExcelBook";
import { FakeExcelError, SheetModel, WorkbookModel, parseRect, type CellModel } from "./fakeExcelModel";
import type { Queue } from "./fakeExcelRange";

export { FakeExcelError, SheetModel, type CellModel } from "./fakeExcelModel";

/** Bytes Office.js adds per action to a request (ids, action type, object path), roughly. */
const ACTION_OVERHEAD = 120;
export const PAYLOAD_LIMIT = 5_000_000;

export interface FakeExcelOptions {
  /** Highest ExcelApi requirement set the fake supports, e.g. "1.8". */
  apiVersion?: string;
  payloadLimit?: number;
}

export interface RecordedAction {
  target: string;
  member: string;
  bytes: number;
  sync: number;
}

const compareVersions = (a: string, b: string): number => {
  const [a1, a2 = 0] = a.split(".").map(Number);
  const [b1, b2 = 0] = b.split(".").map(Number);
  return a1 - b1 || a2 - b2;
};

export class FakeExcel implements Queue {
  readonly model = new WorkbookModel();
  /** Number of context.sync() calls (including the flush at the end of run). */
  syncs = 0;
  /** Estimated request bytes of every sync, in order. */
  readonly payloads: number[] = [];
  readonly actions: RecordedAction[] = [];
  readonly apiVersion: string;
  private readonly payloadLimit: number;
  private queue: { action: RecordedAction; exec: () => void }[] = [];

  constructor(options: FakeExcelOptions = {}) {
    this.apiVersion = options.apiVersion ?? "1.17";
    this.payloadLimit = options.payloadLimit ?? PAYLOAD_LIMIT;
  }

  /** Stands in for Excel.run: a fresh context per batch; queued actions left at the end are synced. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const context = { workbook: new FakeWorkbook(this), sync: () => this.sync() };
    const result = await batch(context as unknown as Excel.RequestContext);
    if (this.queue.length) await this.sync();
    return result;
  };

  /** Stands in for Office.context.requirements.isSetSupported. */
  isSetSupported = (name: string, version: string): boolean => name === "ExcelApi" && compareVersions(version, this.apiVersion) <= 0;

  requires(version: string, member: string): void {
    if (!this.isSetSupported("ExcelApi", version)) throw new FakeExcelError("ApiNotFound", `${member} needs ExcelApi ${version}; this Excel has ${this.apiVersion}`);
  }

  enqueue(target: string, member: string, args: unknown, exec: () => void, silent = false): void {
    const bytes = silent ? 0 : utf8Length(JSON.stringify(args) ?? "") + utf8Length(target) + ACTION_OVERHEAD;
    const action = { target, member, bytes, sync: this.syncs + 1 };
    if (!silent) this.actions.push(action);
    this.queue.push({ action, exec });
  }

  async sync(): Promise<void> {
    const batch = this.queue;
    this.queue = [];
    this.syncs++;
    const bytes = batch.reduce((sum, item) => sum + item.action.bytes, 0);
    this.payloads.push(bytes);
    if (bytes > this.payloadLimit) throw new FakeExcelError("RequestPayloadSizeLimitExceeded", `The request payload (${bytes} bytes) exceeds ${this.payloadLimit} bytes`);
    for (const item of batch) item.exec();
  }

  get largestPayload(): number {
    return Math.max(0, ...this.payloads);
  }

  /** Actions whose target or member matches, e.g. all format calls: `count(/\.format/)`. */
  count(pattern: RegExp): number {
    return this.actions.filter((a) => pattern.test(`${a.target}.${a.member}`)).length;
  }

  // Set-up and inspection, straight on the model (not through proxies).

  /** A user sheet with values from A1. */
  addSheet(name: string, rows: CellValue[][] = []): SheetModel {
    this.model.checkSheetName(name);
    const sheet = new SheetModel(name);
    rows.forEach((row, i) => row.forEach((value, j) => { if (value !== null) sheet.cell(i + 1, j + 1, true)!.value = value; }));
    this.model.sheets.push(sheet);
    this.model.active ??= sheet;
    return sheet;
  }

  sheet(name: string): SheetModel {
    const sheet = this.model.sheet(name);
    if (!sheet) throw new Error(`No sheet "${name}" (have: ${this.model.sheets.map((s) => s.name).join(", ")})`);
    return sheet;
  }

  cell(sheet: string, address: string): CellModel {
    const { r1, c1 } = parseRect(address);
    return this.sheet(sheet).cell(r1, c1) ?? { value: null };
  }

  formatAt(sheet: string, address: string, path: string): unknown {
    const { r1, c1 } = parseRect(address);
    return this.sheet(sheet).formatAt(r1, c1, path);
  }
}
