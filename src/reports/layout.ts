/**
 * Russian official form toolkit shared by every report: «Приложение» block, centred title, one- or
 * two-row header with a row of column numbers, bordered wrapped table, section rows, A4 landscape
 * print setup with repeated header rows and page numbers. Reports describe columns and rows; the
 * FormBuilder tracks the row cursor, merges and per-cell styles and emits a SheetPlan.
 *
 * Styles are kept per cell and emitted as non-overlapping ranges (compressStyles), so a writer never
 * has to know in which order ranges overlay each other.
 */
import { getLocale, t, type Locale } from "../i18n";
import { BODY_FONT, compressStyles, rowHeights, type StyleGrid } from "./formulas";
import {
  columnLetter, rangeOf, type CellStyle, type CellValue, type ConditionalFormat, type ListValidation, type PlanCell, type SheetPlan,
} from "./sheetPlan";

/**
 * Point sizes. Body 11 rather than the 12 of typed documents: A4 landscape tables with 15–60 columns
 * are scaled to the page width anyway, and 11 wraps long indicator names into fewer lines.
 */
export const FONT = { body: BODY_FONT, title: 12, small: 9 } as const;
/** Russian official documents are typed in Times New Roman; LibreOffice renders it with a metric twin. */
export const OFFICIAL_FONT = "Times New Roman";
export const FILL = {
  input: "FFF2CC", // light yellow: cells the user fills
  section: "DDEBF7", // goal / stage rows
  warn: "FCE4D6", // text the product could not read
} as const;
/** Column key of the hidden row-key column every report has (meta.keyColumn). */
export const KEY = "key";

export interface ColumnSpec {
  /** Stable column key (meta.columns): rebuilds match user input by it. */
  key: string;
  /** Header text (the lower header row when the column has a group). */
  header: string;
  /** Upper header text, merged across consecutive columns with the same group. */
  group?: string;
  /** Width in characters. */
  width: number;
  /** The user fills it: kept on rebuild, unlocked on a protected sheet. */
  input?: boolean;
  hidden?: boolean;
  /** Gets no number in the column-number row (timeline months). */
  unnumbered?: boolean;
  /** Style of the column's data cells, over the table style. */
  style?: CellStyle;
  /** Style of its lower header cell, over the header style (small type for narrow columns). */
  headerStyle?: CellStyle;
}

/** Every table cell: thin borders, wrapped, top-aligned, body font. */
export const TABLE: CellStyle = { border: "thin", wrap: true, vAlign: "top", fontSize: FONT.body };
const HEADER: CellStyle = { ...TABLE, bold: true, hAlign: "center", vAlign: "middle" };

export const sectionStyle = (): CellStyle => ({ ...TABLE, bold: true, fill: FILL.section, hAlign: "left" });

/** Full style of a data cell of `column` (table style, column style, input flag, row override). */
// One style object per column (and per column and override object): a sheet of 40,000 rows shares a
// handful of styles instead of holding a copy per cell, and compressStyles keys each object once.
const columnStyles = new WeakMap<ColumnSpec, CellStyle>();
const overrideStyles = new WeakMap<ColumnSpec, WeakMap<CellStyle, CellStyle>>();

export function dataStyle(column: ColumnSpec, override?: CellStyle): CellStyle {
  let base = columnStyles.get(column);
  if (!base) {
    // Hidden columns do not wrap: LibreOffice sizes rows by them too, as if they were one character wide.
    base = { ...TABLE, ...column.style, ...(column.input ? { input: true } : {}), ...(column.hidden ? { wrap: false } : {}) };
    columnStyles.set(column, base);
  }
  if (!override) return base;
  let byOverride = overrideStyles.get(column);
  if (!byOverride) overrideStyles.set(column, (byOverride = new WeakMap()));
  let style = byOverride.get(override);
  if (!style) byOverride.set(override, (style = { ...base, ...override }));
  return style;
}

/** What a report computes for one data row: formulas (with cached results) and per-cell style overrides. */
export interface RowCells {
  cells: Record<string, PlanCell>;
  styles?: Record<string, CellStyle>;
}

/**
 * How a report makes a data row. The builder and the rebuild both go through it, so a row a rebuild
 * appends gets the same formulas and styles as a built one.
 */
export interface RowModel {
  columns: readonly ColumnSpec[];
  /** Columns a section row spans (default: every visible column). */
  sectionSpan?: number;
  /** Keys of columns filled by formulas: never copied from an old sheet. */
  computed: ReadonlySet<string>;
  compute(row: number, literals: ReadonlyMap<string, CellValue>): RowCells;
  /** An old sheet's value of an input column as the model stores it (dates read back as text …). */
  readInput?(key: string, value: CellValue): CellValue;
  /** Whether an old input value still applies to the new row (default: always). */
  keepInput?(key: string, old: ReadonlyMap<string, CellValue>, fresh: ReadonlyMap<string, CellValue>): boolean;
  /** Whether a row holds something the user typed (default: any non-blank input column). */
  holdsInput?(values: ReadonlyMap<string, CellValue>): boolean;
}


/**
 * The «Приложение» block: ProgramInfo.appendixTo as written when it is a whole «Приложение …» text,
 * else «Приложение № n к <appendixTo>»; "" when appendixTo is empty (the block is then omitted).
 */
export function appendixText(appendixTo: string, n?: number, locale: Locale = getLocale()): string {
  const to = appendixTo.trim();
  if (!to) return "";
  if (/^(приложение|appendix)/i.test(to)) return to;
  const rest = to.replace(/^(к|to)\s+/i, "");
  return n ? t("reports.appendix.numbered", { n, to: rest }, locale) : t("reports.appendix.plain", { to: rest }, locale);
}

/** The line under the title: department and region, when set. */
export const programSubtitle = (program: { region: string; department: string }): string =>
  [program.department, program.region].map((s) => s.trim()).filter(Boolean).join(", ");

export interface BuildOptions {
  name: string;
  kind: string;
  version?: number;
  params?: Record<string, unknown>;
  /** Columns kept on screen when scrolling right (№ and name). */
  freezeColumns?: number;
  locale?: Locale;
}


export class FormBuilder {
  private readonly cells: PlanCell[][] = [];
  private readonly styleGrid: StyleGrid = [];
  private readonly merges: string[] = [];
  /** Reports push their conditional formats and drop-down lists here. */
  readonly conditionals: ConditionalFormat[] = [];
  readonly validations: ListValidation[] = [];
  private readonly index = new Map<string, number>();
  private cursor = 0;
  private headerFirst = 0;
  private headerLast = 0;
  private dataFirst = 0;
  private dataEnd = 0; // set by endData()
  /** Last visible column: titles and the appendix span up to it. */
  readonly lastVisible: number;
  /** Each column's data style without overrides. */
  private readonly baseStyles: CellStyle[];

  constructor(
    readonly columns: readonly ColumnSpec[],
    /** Columns a section row spans (default: every visible column). */
    readonly sectionSpan = 0,
  ) {
    columns.forEach((c, i) => {
      if (this.index.has(c.key)) throw new Error(`Duplicate column key ${c.key}`);
      this.index.set(c.key, i + 1);
    });
    if (!this.index.has(KEY)) throw new Error(`A report needs a "${KEY}" column`);
    this.lastVisible = columns.reduce((last, c, i) => (c.hidden ? last : i + 1), 0);
    if (!sectionSpan) this.sectionSpan = this.lastVisible;
    this.baseStyles = columns.map((c) => dataStyle(c));
  }

  /** 1-based column of a key; an unknown key is a programming error. */
  col(key: string): number {
    const c = this.index.get(key);
    if (c === undefined) throw new Error(`Unknown column ${key}`);
    return c;
  }

  /** The row the next call writes; the first data row; the last (firstRow - 1 while empty). */
  get nextRow(): number { return this.cursor + 1; }
  get firstRow(): number { return this.dataFirst; }
  get lastRow(): number { return this.dataFirst ? this.dataEnd || this.cursor : 0; }

  private put(row: number, column: number, value: PlanCell, style?: CellStyle): void {
    while (this.cells.length < row) this.cells.push([]);
    while (this.styleGrid.length < row) this.styleGrid.push([]);
    this.cells[row - 1][column - 1] = value;
    if (style) this.styleGrid[row - 1][column - 1] = style;
  }

  private mergeRow(row: number, from: number, to: number, value: PlanCell, style: CellStyle): void {
    for (let c = from; c <= to; c++) this.put(row, c, c === from ? value : null, style);
    if (to > from) this.merges.push(rangeOf(row, from, row, to));
  }

  /** «Приложение № N к …» at the top right, over the rightmost columns (about 45 characters wide). */
  appendix(text: string): this {
    if (!text.trim()) return this;
    let from = this.lastVisible;
    let width = this.columns[from - 1].width;
    while (from > 1 && width < 45) {
      from--;
      if (!this.columns[from - 1].hidden) width += this.columns[from - 1].width;
    }
    this.cursor++;
    this.mergeRow(this.cursor, from, this.lastVisible, text, { wrap: true, vAlign: "top", hAlign: "left", fontSize: FONT.body });
    return this.gap();
  }

  /** Centred bold title across the table. */
  title(text: string): this {
    this.cursor++;
    this.mergeRow(this.cursor, 1, this.lastVisible, text, { bold: true, wrap: true, hAlign: "center", vAlign: "middle", fontSize: FONT.title });
    return this;
  }

  /** Centred line under the title (region, department); nothing when empty. */
  subtitle(text: string): this {
    if (!text.trim()) return this;
    this.cursor++;
    this.mergeRow(this.cursor, 1, this.lastVisible, text, { wrap: true, hAlign: "center", vAlign: "middle", fontSize: FONT.body });
    return this;
  }

  gap(): this {
    this.cursor++;
    this.put(this.cursor, 1, null);
    return this;
  }

  /** Header of one row, or two when a column has a group (ungrouped headers then span both rows). */
  header(): this {
    const two = this.columns.some((c) => c.group);
    const top = this.cursor + 1;
    const bottom = two ? top + 1 : top;
    this.columns.forEach((c, i) => {
      const column = i + 1;
      const own = { ...HEADER, ...c.headerStyle };
      if (!c.group) {
        this.put(top, column, c.header, own);
        if (two) {
          this.put(bottom, column, null, HEADER);
          this.merges.push(rangeOf(top, column, bottom, column));
        }
        return;
      }
      this.put(bottom, column, c.header, own);
      const previous = this.columns[i - 1];
      if (previous?.group === c.group) return;
      let end = column;
      while (this.columns[end]?.group === c.group) end++;
      this.mergeRow(top, column, end, c.group, HEADER);
    });
    this.headerFirst = top;
    this.headerLast = this.cursor = bottom;
    return this;
  }

  /** The row of column numbers (1, 2, 3 …) under the header; data rows start below it. */
  columnNumbers(): this {
    this.cursor++;
    let n = 0;
    this.columns.forEach((c, i) => {
      const numbered = !c.hidden && !c.unnumbered;
      this.put(this.cursor, i + 1, numbered ? ++n : null, { ...HEADER, bold: false, fontSize: FONT.small });
    });
    this.headerLast = this.cursor;
    this.dataFirst = this.cursor + 1;
    return this;
  }

  /** A goal or stage row: bold, filled, merged across the section span; other cells keep the grid. */
  section(text: string): number {
    const row = ++this.cursor;
    this.mergeRow(row, 1, this.sectionSpan, text, sectionStyle());
    for (let c = this.sectionSpan + 1; c <= this.columns.length; c++) this.put(row, c, null, TABLE);
    return row;
  }

  /** A data row from cells by column key; every column gets its data style (overridable per cell). */
  row(values: Readonly<Record<string, PlanCell>> | ReadonlyMap<string, PlanCell>, styles: Readonly<Record<string, CellStyle>> = {}): number {
    const row = ++this.cursor;
    const map = values instanceof Map ? (values as ReadonlyMap<string, PlanCell>) : null;
    const record = values as Readonly<Record<string, PlanCell>>;
    for (const key of map ? map.keys() : Object.keys(record)) this.col(key);
    this.columns.forEach((c, i) => {
      const override = styles[c.key];
      this.put(row, i + 1, (map ? map.get(c.key) : record[c.key]) ?? null, override ? dataStyle(c, override) : this.baseStyles[i]);
    });
    return row;
  }

  /** A data row made by a report's row model from its literal cells (by column key). */
  modelRow(model: RowModel, literals: Readonly<Record<string, CellValue>>): number {
    const values = new Map<string, PlanCell>(Object.entries(literals));
    const { cells, styles } = model.compute(this.nextRow, values as ReadonlyMap<string, CellValue>);
    for (const key in cells) values.set(key, cells[key]);
    return this.row(values, styles);
  }

  /** Ends the data block: later rows (a second table, a chart's source) are outside meta's rows and dataRange. */
  endData(): this {
    if (this.dataFirst && !this.dataEnd) this.dataEnd = this.cursor;
    return this;
  }

  /** A row below the data block (ends it), outside the column model: cells and styles by 1-based column. */
  extraRow(cells: readonly PlanCell[], styles: readonly (CellStyle | undefined)[] = [], merges: readonly (readonly [number, number])[] = []): number {
    this.endData();
    const row = ++this.cursor;
    for (let i = 0; i < Math.max(cells.length, styles.length, 1); i++) this.put(row, i + 1, cells[i] ?? null, styles[i]);
    for (const [from, to] of merges) if (to > from) this.merges.push(rangeOf(row, from, row, to));
    return row;
  }

  /** A1 range of columns `from`..`to` (keys) over the data block (one row when it is empty). */
  dataRange(from: string, to = from): string {
    return rangeOf(this.dataFirst, this.col(from), Math.max(this.lastRow, this.dataFirst), this.col(to));
  }

  /** The plan. Ends the builder: its rows become the plan's. */
  build(options: BuildOptions): SheetPlan {
    const width = this.columns.length;
    // Rows padded and cut to the width in place, not copied: a 40,000-row plan is held once.
    this.cells.forEach((r) => { for (let i = 0; i < width; i++) r[i] ??= null; r.length = width; });
    this.styleGrid.forEach((r) => { if (r.length > width) r.length = width; });
    const cells = this.cells;
    const grid: StyleGrid = this.styleGrid;
    const widths = this.columns.map((c) => c.width);
    const hidden = this.columns.flatMap((c, i) => (c.hidden ? [columnLetter(i + 1)] : []));
    return {
      name: options.name,
      fontName: OFFICIAL_FONT,
      cells,
      styles: compressStyles(grid),
      merges: [...this.merges],
      columnWidths: widths,
      ...(hidden.length ? { hiddenColumns: hidden } : {}),
      rowHeights: rowHeights(cells, grid, this.merges, this.columns.map((c) => (c.hidden ? 0 : c.width)), 1),
      ...(this.conditionals.length ? { conditionalFormats: [...this.conditionals] } : {}),
      ...(this.validations.length ? { validations: [...this.validations] } : {}),
      freeze: { rows: this.headerLast, columns: options.freezeColumns ?? 0 },
      print: {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        titleRows: `${this.headerFirst}:${this.headerLast}`,
        footer: t("reports.footer", {}, options.locale),
      },
      meta: {
        kind: options.kind,
        version: options.version ?? 1,
        keyColumn: this.col(KEY),
        columns: this.columns.map((c, i) => ({ key: c.key, column: i + 1, ...(c.input ? { input: true } : {}) })),
        firstRow: this.dataFirst,
        lastRow: this.lastRow,
        ...(options.params ? { params: options.params } : {}),
      },
    };
  }
}

