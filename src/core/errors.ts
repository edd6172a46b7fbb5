/**
 * Spreadsheet errors as values (the HyperFormula way): core functions return a CellError instead of
 * throwing, so one bad row never stops a whole column. Programming mistakes still throw.
 */
export type CellErrorKind = "DIV0" | "VALUE" | "NA" | "NUM";

export class CellError {
  constructor(
    readonly kind: CellErrorKind,
    /** Russian message shown to the user (Excel shows it for #VALUE! and #N/A). */
    readonly message: string,
  ) {}

  /** The text Excel prints in the cell, e.g. "#DIV/0!". */
  get code(): string {
    return ERROR_CODES[this.kind];
  }

  toString(): string {
    return `${this.code} ${this.message}`.trim();
  }
}

export const ERROR_CODES: Record<CellErrorKind, string> = {
  DIV0: "#DIV/0!",
  VALUE: "#VALUE!",
  NA: "#N/A",
  NUM: "#NUM!",
};

export function isCellError(value: unknown): value is CellError {
  return value instanceof CellError;
}

/** Result of a core formula: a value or an error value. */
export type Result<T> = T | CellError;

/** Where a problem is: named in every user-facing message (DEVELOPERS.md: file, sheet and cell). */
export interface Location {
  file?: string;
  sheet?: string;
  cell?: string;
}

/**
 * A problem the user can fix (a bad file, a missing column), thrown by use cases and shown as is:
 * the message is already Russian (or English) and names the place.
 */
export class UserError extends Error {
  constructor(
    message: string,
    readonly where: Location = {},
  ) {
    super(message);
    this.name = "UserError";
  }
}

export function isUserError(value: unknown): value is UserError {
  return value instanceof UserError;
}
