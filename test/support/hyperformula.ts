/**
 * Registers the real custom-function implementations in HyperFormula (GPL-3.0: tests only, never
 * bundled), so tests compute sheets that pass ranges, blanks and text numbers the way Excel does.
 */
import {
  ArraySize, CellError as HfCellError, EmptyValue, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula,
  SimpleRangeValue, type FunctionPluginDefinition, type ImplementedFunctions,
} from "hyperformula";
import type { Ast } from "hyperformula/typings/parser";
import type { InterpreterState } from "hyperformula/typings/interpreter/InterpreterState";
import { isCellError } from "../../src/core/errors";
import { FUNCTIONS, type FunctionSpec } from "../../src/functions/registry";

const HF_ERRORS = { DIV0: ErrorType.DIV_BY_ZERO, VALUE: ErrorType.VALUE, NA: ErrorType.NA, NUM: ErrorType.NUM };

/** HyperFormula hands numbers with a format (percent, date) as objects carrying `val`. */
function toExcelArg(value: unknown): unknown {
  if (value === undefined || value === EmptyValue) return null;
  if (value instanceof SimpleRangeValue) return value.data.map((row) => row.map(toExcelArg));
  if (value !== null && typeof value === "object" && "val" in value) return (value as { val: unknown }).val;
  return value;
}

function fromResult(result: ReturnType<FunctionSpec["impl"]>): unknown {
  if (isCellError(result)) return new HfCellError(HF_ERRORS[result.kind], result.message);
  if (Array.isArray(result)) return SimpleRangeValue.onlyValues(result.map((row) => row.map((v) => v ?? "")));
  return result ?? "";
}

type Runner = (ast: { args: Ast[] }, state: InterpreterState) => unknown;

/** Builds one plugin class with a method per registry function, named "SQ.<ID>" as in Excel. */
export function buildPlugin(specs: readonly FunctionSpec[] = FUNCTIONS): FunctionPluginDefinition {
  const implemented: ImplementedFunctions = {};
  class SchoolQualityPlugin extends FunctionPlugin {}
  const proto = SchoolQualityPlugin.prototype as unknown as Record<string, Runner>;
  for (const spec of specs) {
    const name = `SQ.${spec.id}`;
    const method = `fn_${spec.id}`;
    const matrixResult = spec.result.dimensionality === "matrix";
    implemented[name] = {
      method,
      parameters: spec.params.map((param) => ({ argumentType: FunctionArgumentType.ANY, optionalArg: Boolean(param.optional) })),
      ...(matrixResult ? { sizeOfResultArrayMethod: `size_${spec.id}` } : {}),
    };
    proto[method] = function (this: FunctionPlugin, ast, state) {
      const self = this as unknown as { runFunction: (a: Ast[], s: InterpreterState, m: unknown, f: (...x: unknown[]) => unknown) => unknown; metadata: (n: string) => unknown };
      return self.runFunction(ast.args, state, self.metadata(name), (...args: unknown[]) => {
        const padded = spec.params.map((_, i) => toExcelArg(args[i]));
        return fromResult(spec.impl(...padded));
      });
    };
    if (matrixResult) {
      // A spilled column with one row per row of the first argument.
      proto[`size_${spec.id}`] = function (this: FunctionPlugin, ast, state) {
        const self = this as unknown as { arraySizeForAst: (a: Ast, s: InterpreterState) => ArraySize };
        const size = self.arraySizeForAst(ast.args[0], state);
        return new ArraySize(1, size.height);
      };
    }
  }
  SchoolQualityPlugin.implementedFunctions = implemented;
  return SchoolQualityPlugin;
}

let registered = false;

/** A HyperFormula instance with our functions, exact comparisons (no smart rounding). */
export function buildEngine(sheet: unknown[][]): HyperFormula {
  if (!registered) {
    const plugin = buildPlugin();
    const names = Object.fromEntries(Object.keys(plugin.implementedFunctions).map((n) => [n, n]));
    HyperFormula.registerFunctionPlugin(plugin, { enGB: names });
    registered = true;
  }
  return HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3", smartRounding: false });
}
