/**
 * Proxy objects of the fake Excel object model, part 2: workbook, worksheet collection, worksheet and
 * what hangs off it (freeze panes, page layout, autofilter, custom properties, tables, charts), names,
 * tables and the application. Members newer than the fake's ExcelApi version throw, as a missing API does.
 */
import { FakeExcelError, SheetModel, overlaps, parseRect, type ChartModel, type SeriesModel, type TableModel } from "./fakeExcelModel";
import { ClientObject, FakeRange, rangeOn, rectAddress, type Queue } from "./fakeExcelRange";

/** Resolves once and then sticks to the same sheet, as Office.js tracks an object after first use. */
function sticky(find: () => SheetModel | undefined): () => SheetModel | undefined {
  let found: SheetModel | undefined;
  return () => (found ??= find());
}

const targetOf = (range: FakeRange): string => { const { sheet, rect } = range.resolve(); return `'${sheet.name}'!${rectAddress(rect)}`; };

class FakeTable extends ClientObject {
  constructor(q: Queue, path: string, private readonly table: () => TableModel) {
    super(q, path);
  }
  protected override snapshot(prop: string): unknown {
    if (prop === "name") return this.table().name;
    if (prop === "worksheet/name") return this.table().sheet.name;
    return super.snapshot(prop);
  }
  get name(): string { return this.read("name"); }
  set name(v: string) { this.act("name", v, () => { const tb = this.table(); this.q.model.checkName(v, tb); tb.name = v; }); }
  set style(v: string) { this.act("style", v, () => { this.table().style = v; }); }
  set showTotals(v: boolean) { this.act("showTotals", v, () => { this.table().showTotals = v; }); }
  get worksheet(): { name: string } { return { name: this.read<string>("worksheet/name") }; }
}

class FakeSeries extends ClientObject {
  constructor(q: Queue, path: string, private readonly series: () => SeriesModel) {
    super(q, path);
  }
  set name(v: string) { this.act("name", v, () => { this.series().name = v; }); }
  setValues(range: FakeRange): void { this.q.requires("1.7", "ChartSeries.setValues"); this.act("setValues", range.path, () => { this.series().values = targetOf(range); }); }
  setXAxisValues(range: FakeRange): void { this.q.requires("1.7", "ChartSeries.setXAxisValues"); this.act("setXAxisValues", range.path, () => { this.series().categories = targetOf(range); }); }
}

class FakeChart extends ClientObject {
  constructor(q: Queue, path: string, private readonly chart: () => ChartModel) {
    super(q, path);
  }
  get title(): { text: string; visible: boolean } {
    const act = (member: string, v: unknown, apply: () => void): void => this.act(member, v, apply);
    const chart = this.chart;
    return {
      set text(v: string) { act("title.text", v, () => { chart().title = v; }); },
      set visible(v: boolean) { act("title.visible", v, () => { if (!v) chart().title = undefined; }); },
    } as { text: string; visible: boolean };
  }
  setPosition(from: string, to: string): void { this.act("setPosition", [from, to], () => { Object.assign(this.chart(), { from, to }); }); }
  get legend(): { visible: boolean; position: string } {
    const act = (k: "visible" | "position", v: unknown): void => this.act(`legend.${k}`, v, () => { (this.chart().legend as Record<string, unknown>)[k] = v; });
    return { set visible(v: boolean) { act("visible", v); }, set position(v: string) { act("position", v); } } as { visible: boolean; position: string };
  }
  get series(): { getItemAt(i: number): FakeSeries; add(name: string): FakeSeries } {
    return {
      getItemAt: (i) => new FakeSeries(this.q, `${this.path}.series.getItemAt(${i})`, () => {
        const s = this.chart().series[i];
        if (!s) throw new FakeExcelError("ItemNotFound", `No series ${i}`);
        return s;
      }),
      add: (name) => {
        this.q.requires("1.7", "ChartSeriesCollection.add");
        let made: SeriesModel | undefined;
        this.act("series.add", name, () => { made = { name }; this.chart().series.push(made); });
        return new FakeSeries(this.q, `${this.path}.series.add()`, () => made!);
      },
    };
  }
  get axes(): { categoryAxis: FakeAxis; valueAxis: FakeAxis } {
    const chart = this.chart;
    const q = this.q;
    const act = (member: string, v: unknown, apply: () => void): void => this.act(member, v, apply);
    const axis = (key: "xTitle" | "yTitle"): FakeAxis => ({
      title: {
        set text(v: string) { act(`${key}.text`, v, () => { chart()[key] = v; }); },
        set visible(v: boolean) { act(`${key}.visible`, v, () => undefined); },
      } as { text: string; visible: boolean },
      set majorUnit(v: number) { act(`${key}.majorUnit`, v, () => { chart().yMajorUnit = v; }); },
      set numberFormat(v: string) {
        q.requires("1.8", "ChartAxis.numberFormat");
        act(`${key}.numberFormat`, v, () => { chart().yFormat = v; });
      },
    } as FakeAxis);
    return { categoryAxis: axis("xTitle"), valueAxis: axis("yTitle") };
  }
}

/** The chart axis members the adapter sets; numberFormat needs ExcelApi 1.8, as in Office.js. */
interface FakeAxis {
  title: { text: string; visible: boolean };
  majorUnit: number;
  numberFormat: string;
}

export class FakeWorksheet extends ClientObject {
  private readonly find: () => SheetModel | undefined;

  constructor(q: Queue, path: string, find: () => SheetModel | undefined, nullable = false) {
    super(q, path, nullable);
    this.find = sticky(find);
  }

  sheet(): SheetModel {
    const s = this.find();
    if (!s) throw new FakeExcelError("ItemNotFound", `${this.path}: the worksheet does not exist`);
    return s;
  }

  protected override exists(): boolean { return this.find() !== undefined; }

  protected override snapshot(prop: string): unknown {
    const s = this.sheet();
    if (prop === "name") return s.name;
    if (prop === "visibility") return s.visibility;
    if (prop === "position") return this.q.model.sheets.indexOf(s);
    return super.snapshot(prop);
  }

  get name(): string { return this.read("name"); }
  set name(v: string) { this.act("name", v, () => { const s = this.sheet(); this.q.model.checkSheetName(v, s); s.name = v; }); }
  get visibility(): string { return this.read("visibility"); }
  set visibility(v: string) { this.act("visibility", v, () => { this.sheet().visibility = v; }); }
  get position(): number { return this.read("position"); }
  set position(v: number) {
    this.act("position", v, () => {
      const { sheets } = this.q.model;
      const s = this.sheet();
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }
  set tabColor(v: string) { this.q.requires("1.7", "Worksheet.tabColor"); this.act("tabColor", v, () => { this.sheet().tabColor = v; }); }

  delete(): void {
    this.act("delete", [], () => {
      const { model } = this.q;
      const s = this.sheet();
      if (!model.sheets.some((o) => o !== s && o.visibility === "Visible")) throw new FakeExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet");
      model.sheets.splice(model.sheets.indexOf(s), 1);
      for (let i = model.tables.length - 1; i >= 0; i--) if (model.tables[i].sheet === s) model.tables.splice(i, 1);
      for (const n of model.names.values()) if (n.sheet === s) n.sheet = undefined; // #REF!
    });
  }

  activate(): void { this.act("activate", [], () => { this.q.model.active = this.sheet(); }); }

  getRange(address?: string): FakeRange { return rangeOn(this.q, this.path, () => this.sheet(), address); }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.q, `${this.path}.getUsedRangeOrNullObject(${valuesOnly})`, () => this.sheet(), () => this.sheet().usedRect(), true);
  }

  get freezePanes(): { freezeAt(range: FakeRange): void; freezeRows(n: number): void; freezeColumns(n: number): void } {
    this.q.requires("1.7", "Worksheet.freezePanes");
    const set = (member: string, args: unknown, freeze: () => { rows: number; columns: number }): void => this.act(`freezePanes.${member}`, args, () => { this.sheet().freeze = freeze(); });
    return {
      freezeAt: (range) => set("freezeAt", range.path, () => { const { rect } = range.resolve(); return { rows: rect.r2, columns: rect.c2 }; }),
      freezeRows: (n) => set("freezeRows", n, () => ({ rows: n, columns: 0 })),
      freezeColumns: (n) => set("freezeColumns", n, () => ({ rows: 0, columns: n })),
    };
  }

  get pageLayout(): Record<string, unknown> {
    this.q.requires("1.9", "Worksheet.pageLayout");
    const put = (key: string, v: unknown): void => this.act(`pageLayout.${key}`, v, () => { this.sheet().pageLayout[key] = v; });
    const footers = {} as Record<string, string>;
    for (const side of ["leftFooter", "centerFooter", "rightFooter"]) Object.defineProperty(footers, side, { set: (v: string) => put(side, v) });
    const layout = { setPrintTitleRows: (rows: string) => put("printTitleRows", rows), headersFooters: { defaultForAllPages: footers } } as Record<string, unknown>;
    for (const key of ["orientation", "paperSize", "zoom"]) Object.defineProperty(layout, key, { set: (v: unknown) => put(key, v) });
    return layout;
  }

  get autoFilter(): { apply(range: FakeRange): void } {
    this.q.requires("1.9", "Worksheet.autoFilter");
    return { apply: (range) => this.act("autoFilter.apply", range.path, () => { this.sheet().autoFilter = rectAddress(range.resolve().rect); }) };
  }

  get customProperties(): { add(key: string, value: string): void } {
    this.q.requires("1.12", "Worksheet.customProperties");
    return { add: (key, value) => this.act("customProperties.add", [key, value], () => { this.sheet().customProperties.set(key, value); }) };
  }

  get tables(): { add(range: FakeRange, hasHeaders: boolean): FakeTable } {
    return {
      add: (range, hasHeaders) => {
        let made: TableModel | undefined;
        this.act("tables.add", [range.path, hasHeaders], () => {
          const { sheet, rect } = range.resolve();
          const { model } = this.q;
          if (sheet.merges.some((m) => overlaps(m, rect))) throw new FakeExcelError("InvalidOperation", "A table cannot overlap merged cells");
          if (model.tables.some((tb) => tb.sheet === sheet && overlaps(tb.rect, rect))) throw new FakeExcelError("InvalidOperation", "A table cannot overlap another table");
          let n = model.tables.length + 1;
          while (model.tables.some((tb) => tb.name === `Table${n}`)) n++;
          made = { name: `Table${n}`, sheet, rect };
          model.tables.push(made);
        });
        return new FakeTable(this.q, `${this.path}.tables.add()`, () => made!);
      },
    };
  }

  get charts(): { add(type: string, source: FakeRange, seriesBy: string): FakeChart } {
    return {
      add: (type, source, seriesBy) => {
        let made: ChartModel | undefined;
        this.act("charts.add", [type, source.path, seriesBy], () => {
          const address = targetOf(source);
          made = { type, source: address, legend: {}, series: [{ name: "Series1", values: address }] };
          this.sheet().charts.push(made);
        });
        return new FakeChart(this.q, `${this.path}.charts.add()`, () => made!);
      },
    };
  }
}

/** A collection whose items are loaded as "items/<property>" and read after a sync. */
class FakeCollection<T extends ClientObject> {
  private loaded?: T[];
  constructor(protected readonly q: Queue, readonly path: string, private readonly make: () => T[]) {}
  load(props?: string | string[]): this {
    const list = (props === undefined ? [] : Array.isArray(props) ? props : props.split(",")).map((p) => p.trim().replace(/^items\//, ""));
    this.loaded = undefined;
    this.q.enqueue(this.path, "load", list, () => {
      const items = this.make();
      for (const item of items) item.loadNow(list);
      this.loaded = items;
    });
    return this;
  }
  get items(): T[] {
    if (!this.loaded) throw new FakeExcelError("PropertyNotLoaded", `The property 'items' of ${this.path} is not available. Call load and context.sync() first.`);
    return this.loaded;
  }
}

class FakeWorksheets extends FakeCollection<FakeWorksheet> {
  constructor(q: Queue) {
    super(q, "workbook.worksheets", () => q.model.sheets.map((s) => new FakeWorksheet(q, "workbook.worksheets.items", () => s)));
  }
  add(name: string): FakeWorksheet {
    let made: SheetModel | undefined;
    this.q.enqueue(this.path, "add", name, () => { this.q.model.checkSheetName(name); made = new SheetModel(name); this.q.model.sheets.push(made); });
    return new FakeWorksheet(this.q, `${this.path}.add(${name})`, () => made);
  }
  getItem(name: string): FakeWorksheet { return new FakeWorksheet(this.q, `${this.path}.getItem(${name})`, () => this.q.model.sheet(name)); }
  getItemOrNullObject(name: string): FakeWorksheet {
    this.q.requires("1.4", "WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.q, `${this.path}.getItemOrNullObject(${name})`, () => this.q.model.sheet(name), true);
  }
  getActiveWorksheet(): FakeWorksheet { return new FakeWorksheet(this.q, `${this.path}.getActiveWorksheet()`, () => this.q.model.active ?? this.q.model.sheets[0]); }
}

class FakeNamedItem extends ClientObject {
  constructor(q: Queue, path: string, private readonly key: string) {
    super(q, path);
  }
  protected override snapshot(prop: string): unknown {
    const item = this.q.model.names.get(this.key.toLowerCase());
    if (prop === "name" && item) return item.name;
    return super.snapshot(prop);
  }
  get name(): string { return this.read("name"); }
  delete(): void {
    this.act("delete", [], () => {
      if (!this.q.model.names.delete(this.key.toLowerCase())) throw new FakeExcelError("ItemNotFound", `No name "${this.key}"`);
    });
  }
}

class FakeNames extends FakeCollection<FakeNamedItem> {
  constructor(q: Queue) {
    super(q, "workbook.names", () => [...q.model.names.values()].map((n) => new FakeNamedItem(q, "workbook.names.items", n.name)));
  }
  add(name: string, reference: FakeRange | string): void {
    this.q.requires("1.4", "NamedItemCollection.add");
    this.q.enqueue(this.path, "add", [name, typeof reference === "string" ? reference : reference.path], () => {
      this.q.model.checkName(name);
      // A string that is not a formula is stored as a text constant, as in Excel (a common bug).
      const target = typeof reference === "string" ? undefined : reference.resolve();
      this.q.model.names.set(name.toLowerCase(), { name, sheet: target?.sheet, rect: target?.rect ?? parseRect("A1") });
    });
  }
  getItem(name: string): FakeNamedItem { return new FakeNamedItem(this.q, `${this.path}.getItem(${name})`, name); }
}

export class FakeWorkbook {
  readonly worksheets: FakeWorksheets;
  readonly names: FakeNames;
  readonly tables: FakeCollection<FakeTable>;
  readonly application: { suspendApiCalculationUntilNextSync(): void; suspendScreenUpdatingUntilNextSync(): void };

  constructor(private readonly q: Queue) {
    this.worksheets = new FakeWorksheets(q);
    this.names = new FakeNames(q);
    this.tables = new FakeCollection(q, "workbook.tables", () => q.model.tables.map((tb) => new FakeTable(q, "workbook.tables.items", () => tb)));
    const suspend = (member: string, version: string) => (): void => { q.requires(version, member); q.enqueue("application", member, [], () => undefined); };
    this.application = {
      suspendApiCalculationUntilNextSync: suspend("suspendApiCalculationUntilNextSync", "1.6"),
      suspendScreenUpdatingUntilNextSync: suspend("suspendScreenUpdatingUntilNextSync", "1.9"),
    };
  }

  getSelectedRange(): FakeRange {
    const selection = (): { sheet: SheetModel; rect: ReturnType<typeof parseRect> } => {
      const { model } = this.q;
      return model.selection ?? { sheet: model.active ?? model.sheets[0], rect: parseRect("A1") };
    };
    return new FakeRange(this.q, "workbook.getSelectedRange()", () => selection().sheet, () => selection().rect);
  }
}
