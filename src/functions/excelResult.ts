/** Maps core results to what Excel accepts from a custom function. */
import { isCellError, type CellError, type Result } from "../core/errors";
import type { Matrix, Scalar } from "./args";

type ExcelValue = number | string | boolean | (number | string | boolean)[][] | CustomFunctions.Error;

function toExcelError(error: CellError): CustomFunctions.Error {
  const codes = CustomFunctions.ErrorCode;
  switch (error.kind) {
    case "DIV0":
      return new CustomFunctions.Error(codes.divisionByZero);
    case "NUM":
      return new CustomFunctions.Error(codes.invalidNumber);
    // Excel shows a custom message only for #VALUE! and #N/A.
    case "VALUE":
      return new CustomFunctions.Error(codes.invalidValue, error.message);
    case "NA":
      return new CustomFunctions.Error(codes.notAvailable, error.message);
  }
}

export function toExcelResult(result: Result<Scalar | Matrix>): ExcelValue {
  if (isCellError(result)) return toExcelError(result);
  if (result === null) return "";
  if (Array.isArray(result)) return result.map((row) => row.map((v) => (v === null ? "" : v)));
  return result;
}
