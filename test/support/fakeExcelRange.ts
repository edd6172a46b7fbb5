/**
 * Proxy objects of the fake Excel object model, part 1: the client-object base (queued actions,
 * load-before-read, null objects) and Range with its format, conditional formats, validation and
 * merged areas. Setting a property or calling a method only queues an action; nothing reaches the
 * model before context.sync(), and reading a property that was not loaded and synced throws.
 */
import {
  FakeExcelError, MAX_COLUMNS, contains, enterString, overlaps, parseRect, type Rect, type SheetModel, type WorkbookModel,
} from "./fakeExcelModel";
import { address as a1 } from "../../src/reports/sheetPlan";

export interface Queue {
  readonly model: WorkbookModel;
  enqueue(target: string, member: string, args: unknown, exec: () => void, silent?: boolean): void;
  requires(version: string, member: string): void;
}

const notLoaded = (prop: string): FakeExcelError =>
  new FakeExcelError("PropertyNotLoaded", `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);

export const rectAddress = (rect: Rect): string => (rect.r1 === rect.r2 && rect.c1 === rect.c2 ? a1(rect.r1, rect.c1) : `${a1(rect.r1, rect.c1)}:${a1(rect.r2, rect.c2)}`);

/** Base of every proxy: queues actions, keeps what loads brought back, knows whether it is a null object. */
export class ClientObject {
  private readonly loaded = new Map<string, unknown>();
  private nullState?: boolean;

  constructor(
    protected readonly q: Queue,
    readonly path: string,
    private readonly nullable = false,
  ) {
    // A *OrNullObject proxy learns whether it exists at the next sync.
    if (nullable) q.enqueue(path, "(resolve)", undefined, () => { this.nullState = !this.exists(); }, true);
  }

  protected exists(): boolean {
    return true;
  }

  protected snapshot(prop: string): unknown {
    throw new FakeExcelError("InvalidArgument", `Cannot load "${prop}" on ${this.path}`);
  }

  load(props?: string | string[]): this {
    const list = (props === undefined ? ["*"] : Array.isArray(props) ? props : props.split(",")).map((p) => p.trim()).filter(Boolean);
    this.q.enqueue(this.path, "load", list, () => this.loadNow(list));
    return this;
  }

  /** Runs a load inside a sync (collections load their items this way). */
  loadNow(props: string[]): void {
    this.nullState = !this.exists();
    if (this.nullState && !this.nullable) throw new FakeExcelError("ItemNotFound", `${this.path} does not exist`);
    if (this.nullState) return;
    for (const p of props) this.loaded.set(p, this.snapshot(p));
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  protected act(member: string, args: unknown, exec: () => void): void {
    this.q.enqueue(this.path, member, args, exec);
  }
}

/** A format object (font, fill, border, protection): each property set becomes a format layer. */
class FormatPart extends ClientObject {
  constructor(q: Queue, path: string, protected readonly range: FakeRange, private readonly prefix: string) {
    super(q, path);
  }

  protected layer(prop: string, value: unknown): void {
    this.act(prop, value, () => {
      const { sheet, rect } = this.range.resolve();
      sheet.formats.push({ rect, path: `${this.prefix}${prop}`, value });
    });
  }
}

class FakeFont extends FormatPart {
  set name(v: string) { this.layer("name", v); }
  set size(v: number) { this.layer("size", v); }
  set bold(v: boolean) { this.layer("bold", v); }
  set italic(v: boolean) { this.layer("italic", v); }
  set color(v: string) { this.layer("color", v); }
}

class FakeFill extends FormatPart {
  set color(v: string) { this.layer("color", v); }
}

class FakeBorder extends FormatPart {
  set style(v: string) { this.layer("style", v); }
  set weight(v: string) { this.layer("weight", v); }
  set color(v: string) { this.layer("color", v); }
}

class FakeProtection extends FormatPart {
  set locked(v: boolean) { this.layer("locked", v); }
}

class FakeRangeFormat extends FormatPart {
  get font(): FakeFont { return new FakeFont(this.q, `${this.path}.font`, this.range, "font."); }
  get fill(): FakeFill { return new FakeFill(this.q, `${this.path}.fill`, this.range, "fill."); }
  get protection(): FakeProtection { return new FakeProtection(this.q, `${this.path}.protection`, this.range, "protection."); }
  get borders(): { getItem(edge: string): FakeBorder } {
    return { getItem: (edge) => new FakeBorder(this.q, `${this.path}.borders.getItem(${edge})`, this.range, `border.${edge}.`) };
  }
  set horizontalAlignment(v: string) { this.layer("horizontalAlignment", v); }
  set verticalAlignment(v: string) { this.layer("verticalAlignment", v); }
  set wrapText(v: boolean) { this.layer("wrapText", v); }
  set columnWidth(v: number) {
    this.act("columnWidth", v, () => { const { sheet, rect } = this.range.resolve(); for (let c = rect.c1; c <= rect.c2; c++) sheet.columnWidths.set(c, v); });
  }
  /** Recorded only: the fake has no text metrics to fit rows with. */
  autofitRows(): void { this.act("autofitRows", [], () => undefined); }
  set rowHeight(v: number) {
    this.act("rowHeight", v, () => { const { sheet, rect } = this.range.resolve(); for (let r = rect.r1; r <= rect.r2; r++) sheet.rowHeights.set(r, v); });
  }
}

class FakeRangeAreas extends ClientObject {
  constructor(q: Queue, path: string, private readonly areas: () => { sheet: SheetModel; rects: Rect[] }) {
    super(q, path, true);
  }
  protected override exists(): boolean { return this.areas().rects.length > 0; }
  protected override snapshot(prop: string): unknown {
    if (prop !== "address") return super.snapshot(prop);
    const { sheet, rects } = this.areas();
    return rects.map((r) => `'${sheet.name}'!${rectAddress(r)}`).join(", ");
  }
  get address(): string { return this.read("address"); }
}

export class FakeRange extends ClientObject {
  constructor(q: Queue, path: string, private readonly sheetOf: () => SheetModel, private readonly rectOf: () => Rect | undefined, nullable = false) {
    super(q, path, nullable);
  }

  resolve(): { sheet: SheetModel; rect: Rect } {
    const rect = this.rectOf();
    if (!rect) throw new FakeExcelError("ItemNotFound", `${this.path} is a null object`);
    return { sheet: this.sheetOf(), rect };
  }

  protected override exists(): boolean { return this.rectOf() !== undefined; }

  protected override snapshot(prop: string): unknown {
    const { sheet, rect } = this.resolve();
    const grid = (f: (r: number, c: number) => unknown): unknown[][] =>
      Array.from({ length: rect.r2 - rect.r1 + 1 }, (_, i) => Array.from({ length: rect.c2 - rect.c1 + 1 }, (_, j) => f(rect.r1 + i, rect.c1 + j)));
    switch (prop) {
      case "values": return grid((r, c) => sheet.cell(r, c)?.value ?? "");
      case "numberFormat": return grid((r, c) => sheet.cell(r, c)?.numberFormat ?? "General");
      case "formulas": return grid((r, c) => { const cell = sheet.cell(r, c); return cell?.formula ?? cell?.value ?? ""; });
      case "rowIndex": return rect.r1 - 1;
      case "columnIndex": return rect.c1 - 1;
      case "rowCount": return rect.r2 - rect.r1 + 1;
      case "columnCount": return rect.c2 - rect.c1 + 1;
      case "address": return `'${sheet.name}'!${rectAddress(rect)}`;
      default: return super.snapshot(prop);
    }
  }

  get values(): unknown[][] { return this.read("values"); }
  get numberFormat(): unknown[][] { return this.read("numberFormat"); }
  get formulas(): unknown[][] { return this.read("formulas"); }
  get rowIndex(): number { return this.read("rowIndex"); }
  get columnIndex(): number { return this.read("columnIndex"); }
  get rowCount(): number { return this.read("rowCount"); }
  get columnCount(): number { return this.read("columnCount"); }
  get address(): string { return this.read("address"); }

  set values(v: unknown[][]) { this.act("values", v, () => this.write(v, "values")); }
  set formulas(v: unknown[][]) { this.act("formulas", v, () => this.write(v, "formulas")); }
  set numberFormat(v: unknown[][]) { this.act("numberFormat", v, () => this.write(v, "numberFormat")); }

  /**
   * Excel's rules: the array must match the range; null leaves a cell unchanged. A 1×1 number format is
   * applied to every cell of the range (documented for Range.numberFormat); values and formulas are
   * held to the exact shape, which is all the writers rely on.
   */
  private write(input: unknown[][], kind: "values" | "formulas" | "numberFormat"): void {
    const { sheet, rect } = this.resolve();
    const rows = rect.r2 - rect.r1 + 1;
    const columns = rect.c2 - rect.c1 + 1;
    if (kind === "numberFormat" && Array.isArray(input) && input.length === 1 && Array.isArray(input[0]) && input[0].length === 1 && input[0][0] !== null) {
      for (let r = rect.r1; r <= rect.r2; r++) for (let c = rect.c1; c <= rect.c2; c++) sheet.cell(r, c, true)!.numberFormat = String(input[0][0]);
      return;
    }
    if (!Array.isArray(input) || input.length !== rows || input.some((row) => !Array.isArray(row) || row.length !== columns)) {
      throw new FakeExcelError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${rectAddress(rect)}.`);
    }
    input.forEach((row, i) => row.forEach((v, j) => {
      if (v === null || v === undefined) return;
      const cell = sheet.cell(rect.r1 + i, rect.c1 + j, true)!;
      if (kind === "numberFormat") {
        cell.numberFormat = String(v);
        return;
      }
      const entered = typeof v === "string" ? enterString(v, cell.numberFormat) : { value: v as number | boolean };
      cell.value = entered.value;
      cell.formula = "formula" in entered ? entered.formula : undefined;
      cell.quotePrefix = "quotePrefix" in entered ? entered.quotePrefix : undefined;
    }));
  }

  get format(): FakeRangeFormat { return new FakeRangeFormat(this.q, `${this.path}.format`, this, ""); }

  set columnHidden(v: boolean) {
    this.act("columnHidden", v, () => { const { sheet, rect } = this.resolve(); for (let c = rect.c1; c <= rect.c2; c++) if (v) sheet.hiddenColumns.add(c); else sheet.hiddenColumns.delete(c); });
  }

  merge(across = false): void {
    this.act("merge", [across], () => {
      const { sheet, rect } = this.resolve();
      if (sheet.merges.some((m) => overlaps(m, rect))) throw new FakeExcelError("InvalidOperation", `Cannot merge ${rectAddress(rect)}: it overlaps a merged area`);
      sheet.merges.push(rect);
    });
  }

  select(): void {
    this.act("select", [], () => { const { sheet, rect } = this.resolve(); this.q.model.selection = { sheet, rect }; this.q.model.active = sheet; });
  }

  clear(applyTo = "All"): void {
    this.act("clear", [applyTo], () => {
      const { sheet, rect } = this.resolve();
      for (const [key, cell] of sheet.cells) {
        if (!contains(rect, Math.floor(key / MAX_COLUMNS), key % MAX_COLUMNS)) continue;
        cell.value = null;
        cell.formula = undefined;
      }
    });
  }

  get conditionalFormats(): { add(type: string): { custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string; bold: boolean } } } } } {
    this.q.requires("1.6", "Range.conditionalFormats");
    return {
      add: (type) => {
        const holder: { entry?: SheetModel["conditionalFormats"][number] } = {};
        this.act("conditionalFormats.add", [type], () => {
          const { sheet, rect } = this.resolve();
          holder.entry = { range: rectAddress(rect), type };
          sheet.conditionalFormats.push(holder.entry);
        });
        const set = (member: string, apply: (e: NonNullable<typeof holder.entry>) => void): void => this.act(member, undefined, () => apply(holder.entry!));
        return {
          custom: {
            rule: { set formula(v: string) { set("custom.rule.formula", (e) => { e.formula = v; }); } },
            format: {
              fill: { set color(v: string) { set("custom.format.fill.color", (e) => { e.fill = v; }); } },
              font: {
                set color(v: string) { set("custom.format.font.color", (e) => { e.fontColor = v; }); },
                set bold(v: boolean) { set("custom.format.font.bold", (e) => { e.bold = v; }); },
              },
            },
          },
        } as never;
      },
    };
  }

  get dataValidation(): { rule: unknown; errorAlert: unknown } {
    this.q.requires("1.8", "Range.dataValidation");
    const entry = (): SheetModel["validations"][number] => {
      const { sheet, rect } = this.resolve();
      const range = rectAddress(rect);
      let found = sheet.validations.find((v) => v.range === range);
      if (!found) sheet.validations.push((found = { range }));
      return found;
    };
    const act = (member: string, v: unknown, apply: (e: SheetModel["validations"][number]) => void): void => this.act(member, v, () => apply(entry()));
    return {
      set rule(v: unknown) { act("dataValidation.rule", v, (e) => { e.rule = v; }); },
      set errorAlert(v: unknown) { act("dataValidation.errorAlert", v, (e) => { e.errorAlert = v; }); },
    } as { rule: unknown; errorAlert: unknown };
  }

  getMergedAreasOrNullObject(): FakeRangeAreas {
    this.q.requires("1.13", "Range.getMergedAreasOrNullObject");
    return new FakeRangeAreas(this.q, `${this.path}.getMergedAreasOrNullObject()`, () => {
      const { sheet, rect } = this.resolve();
      return { sheet, rects: sheet.merges.filter((m) => overlaps(m, rect)) };
    });
  }
}

/** A range of a sheet by address (undefined: the whole sheet). */
export const rangeOn = (q: Queue, path: string, sheetOf: () => SheetModel, address?: string): FakeRange =>
  new FakeRange(q, `${path}.getRange(${address ?? ""})`, sheetOf, () => parseRect(address));
