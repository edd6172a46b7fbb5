/**
 * The department's own marks (flag_low_results, flag_adverse_social) and the biased-results mark
 * (flag_biased), read with readFlag («да»/1/ИСТИНА). A register lists marked schools and leaves the rest
 * blank, so once a column is in the year's data a blank means "not marked". Marks without a year count
 * for the evaluation year only: a year-less register says nothing about past years.
 */
import type { MessageKey } from "../../i18n";
import { ID } from "../catalogue/ids";
import { isCellError } from "../errors";
import { addReason, newOutcome, type RuleOutcome, type YearContext } from "./context";
import { inputList, inputTitle, shortList, tx } from "./reasons";
import { period } from "./rulesResults";
import { readFlag } from "./rules";

export interface MarkColumn {
  /** By school index: 1 marked, 0 not marked, -1 the column is not in the year's data. */
  marks: Int8Array;
  present: boolean;
  /** Unreadable texts, «школа: текст». */
  bad: string[];
}

export function readMarks(ctx: YearContext, id: string): MarkColumn {
  const column: MarkColumn = { marks: new Int8Array(ctx.frame.schools.length).fill(-1), present: false, bad: [] };
  const raw = ctx.frame.raw(id, ctx.year, ctx.past);
  column.present = ctx.members.some((s) => raw[s.index] !== null);
  if (!column.present) return column;
  for (const s of ctx.members) {
    const value = raw[s.index];
    const flag = value === null ? false : readFlag(value);
    if (isCellError(flag)) column.bad.push(`${s.school}: «${String(value)}»`);
    column.marks[s.index] = flag === true ? 1 : 0;
  }
  return column;
}

function badText(id: string, bad: readonly string[], ctx: YearContext): string {
  return tx("class.miss.badFlags", { column: `«${inputTitle(id, ctx.frame)}» (${id})`, n: bad.length, list: shortList(bad, 3) });
}

export interface FlagsOutcome extends RuleOutcome {
  low: MarkColumn;
  adverse: MarkColumn;
}

/** Direct marks: reasons say whether each mark replaces the computed criteria or adds to them. */
export function ruleDirectFlags(ctx: YearContext): FlagsOutcome {
  const low = readMarks(ctx, ID.flagLowResults);
  const adverse = readMarks(ctx, ID.flagAdverse);
  const out: FlagsOutcome = { ...newOutcome("directFlags", ctx), low, adverse };
  out.applied = low.present || adverse.present;
  const override = ctx.settings.classification.directFlags.override;
  const absent: string[] = [];
  if (!low.present) absent.push(ID.flagLowResults);
  if (!adverse.present) absent.push(ID.flagAdverse);
  if (absent.length) out.missing.push(tx("class.miss.none", { period: period([ctx.year]), inputs: inputList(absent, ctx.frame) }));
  for (const [id, column] of [[ID.flagLowResults, low], [ID.flagAdverse, adverse]] as const) {
    if (column.bad.length) out.missing.push(badText(id, column.bad, ctx));
  }
  if (ctx.quiet) return out;
  for (const s of ctx.members) {
    for (const [kind, column] of [["low", low], ["adverse", adverse]] as const) {
      const mark = column.marks[s.index];
      // "Not marked" matters when marks replace the computation; otherwise it is noise in a register.
      if (mark < 0 || (mark === 0 && !override && !ctx.allDetails)) continue;
      const text = tx(`class.df.${kind}${mark ? "Yes" : "No"}` as MessageKey, { year: ctx.year }) + (override ? tx("class.df.override") : tx("class.df.combine"));
      addReason(ctx, s.index, () => ({ rule: "directFlags", indicator: kind === "low" ? ID.flagLowResults : ID.flagAdverse, met: mark === 1, value: mark === 1 ? tx("class.yes") : tx("class.no"), threshold: null, year: ctx.year, text }));
    }
  }
  return out;
}

export interface BiasedOutcome extends RuleOutcome {
  column: MarkColumn;
}

/** Biased results: marks the school; with `biased: "exclude"` the engine leaves it out of the results rules. */
export function ruleBiased(ctx: YearContext): BiasedOutcome {
  const column = readMarks(ctx, ID.flagBiased);
  const out: BiasedOutcome = { ...newOutcome("biased", ctx), column };
  out.applied = column.present;
  out.met = column.marks;
  if (!column.present) out.missing.push(tx("class.miss.none", { period: period([ctx.year]), inputs: inputList([ID.flagBiased], ctx.frame) }));
  if (column.bad.length) out.missing.push(badText(ID.flagBiased, column.bad, ctx));
  if (ctx.quiet) return out;
  const exclude = ctx.settings.classification.biased === "exclude";
  for (const s of ctx.members) {
    if (column.marks[s.index] !== 1) continue;
    addReason(ctx, s.index, () => ({
      rule: "biased", indicator: ID.flagBiased, met: true, value: tx("class.yes"), threshold: null, year: ctx.year,
      text: tx(exclude ? "class.bi.exclude" : "class.bi.flag", { year: ctx.year }),
    }));
  }
  return out;
}
