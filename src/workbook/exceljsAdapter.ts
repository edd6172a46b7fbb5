/**
 * The WorkbookPort over an ExcelJS workbook: files the user has (standalone task pane, an existing CLI
 * --out) and tests; new CLI files go through the streaming PlanWorkbook.
 * Writes every SheetPlan feature ExcelJS can write; charts, which it cannot, are added to the saved
 * package by xlsxCharts. Sheets it did not make are never changed: a plan goes to a free sheet name, and
 * only a sheet recorded in the meta sheet may be replaced.
 */
import ExcelJS from "exceljs";
import { UserError } from "../core/errors";
import { t } from "../i18n";
import type { ChartSpec, SheetPlan } from "../reports/sheetPlan";
import { writePlanToWorksheet } from "./exceljsAdapterSheet";
import { gridFromWorksheet } from "./exceljsGrid";
import { META_SHEET, decodeMeta, encodeMeta, freeSheetName, type MetaRecords } from "./metaSheet";
import { cropGrid } from "./planGrid";
import { absoluteRange, freeName, quoteSheet } from "./planStyles";
import type { Grid, SheetInfo, WorkbookPort, WriteOptions, WriteResult } from "./port";
import { addChartsTo } from "./xlsxCharts";
import { carryChartsTo } from "./xlsxChartsCarry";
import { XlsxPackage } from "./xlsxPackage";
import { hasNativeDeflate } from "./zipWrite";

/** ExcelJS keeps the sheet order in an untyped `orderNo`; a rebuilt sheet takes its predecessor's. */
type OrderedWorksheet = ExcelJS.Worksheet & { orderNo: number };

export class ExcelJsWorkbook implements WorkbookPort {
  /** Charts of sheets written in this session, by sheet name; toBuffer adds them to the package. */
  private readonly charts = new Map<string, ChartSpec[]>();

  private constructor(
    readonly workbook: ExcelJS.Workbook,
    readonly label: string,
    /** The file as loaded: ExcelJS drops its charts on saving, toBuffer copies them back from here. */
    private readonly loaded?: Uint8Array,
  ) {}

  static async fromBuffer(bytes: ArrayBuffer | Uint8Array, label: string): Promise<ExcelJsWorkbook> {
    const workbook = new ExcelJS.Workbook();
    try {
      // JSZip (inside ExcelJS) takes an ArrayBuffer or Uint8Array as well as a Node Buffer.
      await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    } catch (error) {
      throw new UserError(t("workbook.badFile", { file: label, message: error instanceof Error ? error.message : String(error) }), { file: label });
    }
    return new ExcelJsWorkbook(workbook, label, new Uint8Array(bytes).slice());
  }

  static create(label: string): ExcelJsWorkbook {
    return new ExcelJsWorkbook(new ExcelJS.Workbook(), label);
  }

  /**
   * The .xlsx package: charts of sheets written in this session from their plans, charts of every other
   * sheet (the user's too) carried over from the file as it was loaded.
   */
  async toBuffer(): Promise<Uint8Array> {
    const live = this.workbook.worksheets.map((ws) => ws.name);
    const charts = [...this.charts].filter(([sheet, list]) => list.length && live.includes(sheet)).map(([sheet, list]) => ({ sheet, charts: list }));
    // ExcelJS writes the package uncompressed and it is compressed once, at the end, with the platform's
    // deflate (zipWrite.ts): not compressed by JSZip, opened for the charts and compressed again. Only
    // with nothing to add and no native deflate does ExcelJS compress it itself.
    const edit = charts.length > 0 || this.loaded !== undefined || hasNativeDeflate();
    const bytes = new Uint8Array((await this.workbook.xlsx.writeBuffer(edit ? { zip: { compression: "STORE" } } : {})) as ArrayBuffer);
    if (!edit) return bytes;
    const pkg = await XlsxPackage.open(bytes);
    if (this.loaded) await carryChartsTo(this.loaded, pkg, live.filter((name) => !this.charts.has(name)));
    await addChartsTo(pkg, charts);
    return pkg.save();
  }

  async listSheets(): Promise<SheetInfo[]> {
    const { sheets } = this.readMeta();
    return this.workbook.worksheets
      .filter((ws) => ws.name !== META_SHEET)
      .map((ws) => {
        const meta = sheets.get(ws.name);
        return { name: ws.name, visible: ws.state === "visible", ...(meta ? { meta } : {}) };
      });
  }

  async readGrid(sheet: string, range?: string): Promise<Grid> {
    const ws = this.findSheet(sheet);
    if (!ws) throw new UserError(t("workbook.sheetNotFound", { sheet, file: this.label }), { file: this.label, sheet });
    const grid = gridFromWorksheet(ws);
    return range ? cropGrid(grid, range) : grid;
  }

  async writeSheet(plan: SheetPlan, options: WriteOptions = {}): Promise<WriteResult> {
    const records = this.readMeta();
    const old = options.replace ? this.findSheet(options.replace) : undefined;
    if (old && !records.sheets.has(old.name)) {
      throw new UserError(t("workbook.replaceUserSheet", { sheet: old.name }), { file: this.label, sheet: old.name });
    }
    let name: string;
    let orderNo: number | undefined;
    if (old) {
      name = old.name;
      orderNo = (old as OrderedWorksheet).orderNo;
      this.workbook.removeWorksheet(old.id);
    } else {
      // A replace target that no longer exists is simply built again under its name, if that is free.
      name = freeSheetName(options.replace ?? plan.name, this.workbook.worksheets.map((ws) => ws.name));
    }

    const ws = this.workbook.addWorksheet(name) as OrderedWorksheet;
    if (orderNo !== undefined) ws.orderNo = orderNo;
    const extent = writePlanToWorksheet(ws, plan, this.tableNames(plan));
    this.writeNames(name, plan);
    this.charts.set(name, plan.charts ?? []);
    // Formulas are stored without results unless the plan gave one: Excel recomputes them on opening.
    this.workbook.calcProperties.fullCalcOnLoad = true;

    records.sheets.set(name, plan.meta);
    this.writeMeta(records);
    return { sheet: name, rows: extent.rows, columns: extent.columns };
  }

  async loadSettings(): Promise<unknown | null> {
    return this.readMeta().settings;
  }

  async saveSettings(settings: unknown): Promise<void> {
    const records = this.readMeta();
    records.settings = settings;
    this.writeMeta(records);
  }

  private findSheet(name: string): ExcelJS.Worksheet | undefined {
    const lower = name.toLowerCase();
    return this.workbook.worksheets.find((ws) => ws.name.toLowerCase() === lower && ws.name !== META_SHEET);
  }

  /** Table names are unique in the whole workbook and share their namespace with defined names. */
  private tableNames(plan: SheetPlan): Map<string, string> {
    const taken = new Set<string>(this.workbook.definedNames.model.map((n) => n.name));
    for (const ws of this.workbook.worksheets) for (const table of Object.keys((ws as unknown as { tables: Record<string, unknown> }).tables)) taken.add(table);
    const out = new Map<string, string>();
    for (const spec of plan.tables ?? []) {
      const name = freeName(spec.name, taken);
      taken.add(name);
      out.set(spec.name, name);
    }
    return out;
  }

  /** Workbook-level names of the plan now point at this sheet (a rebuild re-points them). */
  private writeNames(sheet: string, plan: SheetPlan): void {
    const names = plan.names ?? [];
    if (!names.length) return;
    const wanted = new Set(names.map((n) => n.name.toLowerCase()));
    const defined = this.workbook.definedNames;
    defined.model = defined.model.filter((n) => !wanted.has(n.name.toLowerCase()));
    for (const n of names) defined.add(`${quoteSheet(sheet)}!${absoluteRange(n.range)}`, n.name);
  }

  private readMeta(): MetaRecords {
    const ws = this.workbook.getWorksheet(META_SHEET);
    return ws ? decodeMeta(gridFromWorksheet(ws).values) : { sheets: new Map(), settings: null };
  }

  /** Rewrites the very hidden meta sheet; records of sheets the user deleted are dropped. */
  private writeMeta(records: MetaRecords): void {
    const live = new Set(this.workbook.worksheets.map((ws) => ws.name));
    for (const name of [...records.sheets.keys()]) if (!live.has(name)) records.sheets.delete(name);
    const old = this.workbook.getWorksheet(META_SHEET);
    if (old) this.workbook.removeWorksheet(old.id);
    const ws = this.workbook.addWorksheet(META_SHEET, { state: "veryHidden" });
    encodeMeta(records).forEach((row, i) => {
      row.forEach((text, j) => {
        const cell = ws.getCell(i + 1, j + 1);
        cell.value = text;
        cell.numFmt = "@";
      });
    });
  }
}
