/**
 * The WorkbookPort for a new .xlsx file written straight from SheetPlans: it keeps the plans (not cell
 * objects) and streams the package from them in toBuffer (xlsxStream/), so a 40,000-school report is
 * saved in seconds and a fraction of the memory ExcelJS needs. Same rules as the ExcelJS adapter: a
 * plan goes to a free sheet name, only the add-in's own sheet may be replaced (same name, same
 * position), and the sheets and settings are recorded in the very hidden meta sheet, so ExcelJsWorkbook
 * and Excel recognise them in the file. Plans are kept by reference: do not change one after writing it.
 */
import { UserError } from "../core/errors";
import { t } from "../i18n";
import type { SheetMeta, SheetPlan } from "../reports/sheetPlan";
import { parseRange } from "../reports/sheetPlan";
import { META_SHEET, encodeMeta, freeSheetName } from "./metaSheet";
import { cropGrid, gridFromPlan } from "./planGrid";
import { absoluteRange, freeName, hiddenColumnIndices, inlineList, planExtent, quoteSheet } from "./planStyles";
import type { Grid, SheetInfo, WorkbookPort, WriteOptions, WriteResult } from "./port";
import type { DefinedName } from "./xlsxStream/packageParts";
import { writeXlsx, type PlannedSheet } from "./xlsxStream/writeXlsx";

export class PlanWorkbook implements WorkbookPort {
  /** Visible sheets in order. */
  private readonly sheets: PlannedSheet[] = [];
  /** The meta sheet's records: sheet name -> meta, in the order they were first written. */
  private readonly metas = new Map<string, SheetMeta>();
  /** Workbook-level names by lower-case name. */
  private readonly names = new Map<string, DefinedName>();
  private settings: unknown | null = null;
  private active: string | undefined;

  private constructor(readonly label: string) {}

  static create(label: string): PlanWorkbook {
    return new PlanWorkbook(label);
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.sheets.map((s) => {
      const meta = this.metas.get(s.name);
      return { name: s.name, visible: true, ...(meta ? { meta } : {}) };
    });
  }

  async readGrid(sheet: string, range?: string): Promise<Grid> {
    const found = this.find(sheet);
    if (!found) throw new UserError(t("workbook.sheetNotFound", { sheet, file: this.label }), { file: this.label, sheet });
    const grid = gridFromPlan(found.name, found.plan, found.tableNames);
    return range ? cropGrid(grid, range) : grid;
  }

  async writeSheet(plan: SheetPlan, options: WriteOptions = {}): Promise<WriteResult> {
    checkPlan(plan);
    const old = options.replace ? this.find(options.replace) : undefined;
    if (old && !this.metas.has(old.name)) {
      throw new UserError(t("workbook.replaceUserSheet", { sheet: old.name }), { file: this.label, sheet: old.name });
    }
    let index = this.sheets.length;
    let name: string;
    if (old) {
      name = old.name;
      index = this.sheets.indexOf(old);
      this.sheets.splice(index, 1);
    } else {
      // A replace target that no longer exists is simply built again under its name, if that is free.
      name = freeSheetName(options.replace ?? plan.name, [...this.sheets.map((s) => s.name), META_SHEET]);
    }
    const sheet: PlannedSheet = { name, plan, tableNames: this.tableNames(plan) };
    this.sheets.splice(index, 0, sheet);
    this.writeNames(name, plan);
    this.metas.set(name, plan.meta);
    if (options.activate) this.active = name;
    const extent = planExtent(plan);
    return { sheet: name, rows: extent.rows, columns: extent.columns };
  }

  async loadSettings(): Promise<unknown | null> {
    return this.settings;
  }

  async saveSettings(settings: unknown): Promise<void> {
    this.settings = settings;
  }

  /** The .xlsx package, streamed from the plans. */
  async toBuffer(): Promise<Uint8Array> {
    const active = this.sheets.findIndex((s) => s.name === this.active);
    return writeXlsx({
      sheets: this.sheets,
      names: [...this.names.values()],
      meta: encodeMeta({ sheets: this.metas, settings: this.settings }),
      activeTab: Math.max(0, active),
    });
  }

  private find(name: string): PlannedSheet | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  /** Table names are unique in the whole workbook and share their namespace with defined names. */
  private tableNames(plan: SheetPlan): string[] {
    const taken = new Set<string>([...this.names.values()].map((n) => n.name));
    for (const sheet of this.sheets) for (const name of sheet.tableNames) taken.add(name);
    return (plan.tables ?? []).map((spec) => {
      const name = freeName(spec.name, taken);
      taken.add(name);
      return name;
    });
  }

  /** Workbook-level names of the plan now point at this sheet (a rebuild re-points them). */
  private writeNames(sheet: string, plan: SheetPlan): void {
    for (const n of plan.names ?? []) this.names.delete(n.name.toLowerCase());
    for (const n of plan.names ?? []) this.names.set(n.name.toLowerCase(), { name: n.name, ref: `${quoteSheet(sheet)}!${absoluteRange(n.range)}` });
  }
}

/**
 * What the ExcelJS writer would reject when writing, rejected here when writing too rather than when
 * saving: malformed ranges and validation lists Excel cannot hold.
 */
function checkPlan(plan: SheetPlan): void {
  const ranges = [
    ...plan.styles.map((s) => s.range), ...plan.merges, ...(plan.conditionalFormats ?? []).map((f) => f.range),
    ...(plan.validations ?? []).map((v) => v.range), ...(plan.tables ?? []).map((x) => x.range), ...(plan.names ?? []).map((n) => n.range),
    ...(plan.charts ?? []).flatMap((c) => [c.anchor.from, c.anchor.to]), ...(plan.autoFilter ? [plan.autoFilter] : []),
  ];
  for (const range of ranges) parseRange(range.replace(/\$/g, ""));
  hiddenColumnIndices(plan.hiddenColumns ?? []);
  for (const v of plan.validations ?? []) inlineList(v.values);
}
