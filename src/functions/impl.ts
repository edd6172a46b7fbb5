/**
 * The custom functions as plain functions over Excel argument values. They only read arguments and call
 * core; the registry attaches metadata, and the entry point maps CellError to CustomFunctions.Error.
 */
import { CellError, isCellError, type Result } from "../core/errors";
import * as formulas from "../core/formulas";
import { latestYear, minScoreFromText, thresholdKindFromText } from "../core/minscores";
import { lowResults, readFlag, stablyLow, statusCode } from "../core/classification/rules";
import { socialIndex } from "../core/socialIndex";
import { parseDeadline, toExcelSerial } from "../core/deadlines";
import { t } from "../i18n";
import { currentStatusLabels } from "./statusLabels";
import {
  asMatrix, direction, numberMatrix, numberVector, optionalFraction, optionalInteger, optionalNumber,
  optionalText, requireNumber, type Matrix, type Scalar,
} from "./args";

type Out = Result<Scalar | Matrix>;

export function share(part: unknown, whole: unknown): Out {
  const p = requireNumber(part, "часть");
  if (isCellError(p)) return p;
  const w = requireNumber(whole, "целое");
  return isCellError(w) ? w : formulas.share(p, w);
}

export function ratio(value: unknown, reference: unknown): Out {
  const v = requireNumber(value, "значение");
  if (isCellError(v)) return v;
  const r = requireNumber(reference, "эталон");
  return isCellError(r) ? r : formulas.ratio(v, r);
}

/** Reads the three numbers every target function takes. */
function targetArgs(base: unknown, target: unknown, actual: unknown): Result<[number, number, number]> {
  const b = requireNumber(base, "базовое значение");
  if (isCellError(b)) return b;
  const g = requireNumber(target, "целевое значение");
  if (isCellError(g)) return g;
  const a = requireNumber(actual, "фактическое значение");
  return isCellError(a) ? a : [b, g, a];
}

export function progress(base: unknown, target: unknown, actual: unknown): Out {
  const args = targetArgs(base, target, actual);
  return isCellError(args) ? args : formulas.progress(...args);
}

export function fulfillment(plan: unknown, actual: unknown, dir: unknown): Out {
  const p = requireNumber(plan, "план");
  if (isCellError(p)) return p;
  const a = requireNumber(actual, "факт");
  if (isCellError(a)) return a;
  const d = direction(dir);
  return isCellError(d) ? d : formulas.fulfillment(p, a, d);
}

export function targetStatus(base: unknown, target: unknown, actual: unknown, dir: unknown): Out {
  const args = targetArgs(base, target, actual);
  if (isCellError(args)) return args;
  const d = dir === null || dir === undefined || dir === "" ? undefined : direction(dir);
  if (isCellError(d)) return d;
  const status = formulas.targetStatus(...args, d);
  return isCellError(status) ? status : t(`target.${status}`);
}

export function dynamics(previous: unknown, current: unknown, dir: unknown): Out {
  const p = requireNumber(previous, "предыдущее значение");
  if (isCellError(p)) return p;
  const c = requireNumber(current, "текущее значение");
  if (isCellError(c)) return c;
  const d = direction(dir);
  if (isCellError(d)) return d;
  const sign = formulas.dynamics(p, c, d);
  return t(sign > 0 ? "dynamics.positive" : sign < 0 ? "dynamics.negative" : "dynamics.none");
}

export function minScore(subject: unknown, year: unknown, kind: unknown): Out {
  const y = optionalInteger(year, latestYear(), "год", 2000, 2100);
  if (isCellError(y)) return y;
  const k = thresholdKindFromText(optionalText(kind));
  if (isCellError(k)) return k;
  return minScoreFromText(String(subject ?? ""), y, k);
}

/** Share of participants whose score is below the threshold; blanks are not participants. */
export function belowMinShare(scores: unknown, threshold: unknown): Out {
  const limit = requireNumber(threshold, "порог");
  if (isCellError(limit)) return limit;
  const values = numberMatrix(scores);
  if (isCellError(values)) return values;
  let participants = 0;
  let below = 0;
  for (const row of values) {
    for (const v of row) {
      if (v === null) continue;
      participants++;
      if (v < limit) below++;
    }
  }
  return participants === 0 ? new CellError("DIV0", "") : below / participants;
}

/** Checks that `shares` are fractions: a 35 typed for 35% would silently pass every cut otherwise. */
function checkShares(values: readonly (number | null)[]): CellError | null {
  const bad = values.find((v) => v !== null && (v < 0 || v > 1));
  return bad === undefined ? null : new CellError("VALUE", t("arg.notShare", { text: String(bad) }));
}

export function stablyLowFn(scores: unknown, thresholds: unknown, years: unknown): Out {
  const s = numberVector(scores, "баллы");
  if (isCellError(s)) return s;
  const single = asMatrix(thresholds).length === 1 && asMatrix(thresholds)[0].length === 1;
  let limits: (number | null)[];
  if (single) {
    const limit = requireNumber(asMatrix(thresholds)[0][0], "пороги");
    if (isCellError(limit)) return limit;
    limits = s.map(() => limit);
  } else {
    const l = numberVector(thresholds, "пороги");
    if (isCellError(l)) return l;
    if (l.length !== s.length) return new CellError("VALUE", t("range.shapeMismatch", { a: "баллы", b: "пороги" }));
    limits = l;
  }
  const n = optionalInteger(years, 2, "лет", 1, 50);
  return isCellError(n) ? n : stablyLow(s, limits, n);
}

export function lowResultsFn(current: unknown, previous: unknown, cut: unknown, procedures: unknown, mode: unknown): Out {
  const now = numberVector(current, "текущий год");
  if (isCellError(now)) return now;
  const badNow = checkShares(now);
  if (badNow) return badNow;
  let before: (number | null)[] | null = null;
  if (previous !== null && previous !== undefined) {
    const b = numberVector(previous, "прошлый год");
    if (isCellError(b)) return b;
    if (b.length !== now.length) return new CellError("VALUE", t("range.shapeMismatch", { a: "текущий год", b: "прошлый год" }));
    const badBefore = checkShares(b);
    if (badBefore) return badBefore;
    before = b;
  }
  const c = optionalFraction(cut, 0.3, "порог");
  if (isCellError(c)) return c;
  const p = optionalInteger(procedures, 2, "процедур", 1, 100);
  if (isCellError(p)) return p;
  const m = optionalText(mode)?.toLowerCase() ?? "или";
  const modeKey = m === "или" || m === "or" ? "or" : m === "и" || m === "and" ? "and" : null;
  if (!modeKey) return new CellError("VALUE", t("arg.badMode", { text: m }));
  return lowResults(now, before, { cut: c, procedures: p, mode: modeKey });
}

export function status(low: unknown, adverse: unknown): Out {
  const l = readFlag(low);
  if (isCellError(l)) return l;
  const a = readFlag(adverse);
  if (isCellError(a)) return a;
  return currentStatusLabels()[statusCode(l, a)];
}

export function socialIndexFn(shares: unknown, signs: unknown, weights: unknown): Out {
  const matrix = numberMatrix(shares);
  if (isCellError(matrix)) return matrix;
  const cols = matrix[0]?.length ?? 0;
  const s = signs === null || signs === undefined ? null : numberVector(signs, "знаки");
  if (isCellError(s)) return s;
  if (s && s.length !== cols) return new CellError("VALUE", t("range.shapeMismatch", { a: "доли", b: "знаки" }));
  const badSign = s?.find((v) => v !== 1 && v !== -1);
  if (badSign !== undefined) return new CellError("VALUE", t("arg.badSign", { text: String(badSign) }));
  const w = weights === null || weights === undefined ? null : numberVector(weights, "веса");
  if (isCellError(w)) return w;
  if (w && w.length !== cols) return new CellError("VALUE", t("range.shapeMismatch", { a: "доли", b: "веса" }));
  const negative = w?.find((v) => v === null || v < 0);
  if (negative !== undefined) return new CellError("VALUE", t("arg.negativeWeight", { value: String(negative) }));
  const index = socialIndex(matrix, { signs: s as number[] | undefined, weights: w as number[] | undefined });
  // A blank result must be "" rather than null: Excel shows null inside an array as 0.
  return isCellError(index) ? index : index.map((v) => [v === null ? "" : v]);
}

export function inequalityFn(values: unknown, fraction: unknown): Out {
  const m = numberMatrix(values);
  if (isCellError(m)) return m;
  const f = optionalFraction(fraction, 0.1, "доля");
  if (isCellError(f)) return f;
  const numbers: number[] = [];
  for (const row of m) for (const v of row) if (v !== null) numbers.push(v);
  return formulas.inequality(numbers, f);
}

function period(text: unknown, defaultYear: unknown, edge: "start" | "end"): Out {
  const year = optionalNumber(defaultYear, NaN);
  if (isCellError(year)) return year;
  const parsed = parseDeadline(String(text ?? ""), Number.isNaN(year) ? null : year);
  return isCellError(parsed) ? parsed : toExcelSerial(parsed[edge]);
}

export const periodStart = (text: unknown, defaultYear: unknown): Out => period(text, defaultYear, "start");
export const periodEnd = (text: unknown, defaultYear: unknown): Out => period(text, defaultYear, "end");
