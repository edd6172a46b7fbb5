/**
 * The four-block model of seed 004 (Красненский район). Each block has one leading indicator, as the
 * seed says («ведущее значение … является определяющим»):
 *   1 academic — качество знаний, weak below `qualityCut` (the seed: «меньше 50 %»);
 *   2 extracurricular — share of olympiad winners and prize-winners, municipal + regional stage (the
 *     seed counts winners «муниципальных, региональных и федеральных мероприятий» together);
 *   3 conditions — mean of the shares in sports sections and in creative clubs (the seed reads both);
 *   4 staffing — share of teachers with the first or highest category (seed 001 names its lack as the
 *     staffing problem; a vacancy count has no comparable scale between schools).
 * Blocks 2–4 have no absolute norm: weak = below `relativeCut` × the mean over all schools of the year.
 */
import type { MessageKey } from "../../i18n";
import { ID } from "../catalogue/ids";
import { addReason, newOutcome, type RuleOutcome, type YearContext } from "./context";
import type { Frame } from "./frame";
import { orNull } from "./exams";
import { fmt, inputList, inputTitle, ofCount, pct, tx } from "./reasons";
import { period } from "./rulesResults";
import type { BlockId, Reason } from "./types";

interface BlockDef {
  id: BlockId;
  inputs: string[];
  absolute: boolean;
  /** The block's value for every school by school index (NaN: no data). */
  values(frame: Frame, year: number): Float64Array;
}

/** Element-wise sum (blanks count as 0 when the other is present) or mean of the present values. */
function combineColumns(a: Float64Array, b: Float64Array, how: "sum" | "mean"): Float64Array {
  const out = new Float64Array(a.length);
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (Number.isNaN(x)) out[i] = y;
    else if (Number.isNaN(y)) out[i] = x;
    else out[i] = how === "sum" ? x + y : (x + y) / 2;
  }
  return out;
}

export const BLOCKS: readonly BlockDef[] = [
  { id: "academic", inputs: [ID.knowledgeQuality], absolute: true, values: (f, y) => f.column(ID.knowledgeQuality, y) },
  { id: "extracurricular", inputs: [ID.olympMunicipal, ID.olympRegional], absolute: false, values: (f, y) => combineColumns(f.column(ID.olympMunicipal, y), f.column(ID.olympRegional, y), "sum") },
  { id: "conditions", inputs: [ID.sportSections, ID.creativeClubs], absolute: false, values: (f, y) => combineColumns(f.column(ID.sportSections, y), f.column(ID.creativeClubs, y), "mean") },
  { id: "staffing", inputs: [ID.teachersCategories], absolute: false, values: (f, y) => f.column(ID.teachersCategories, y) },
];

/** Russian name of a block, as the register shows weak blocks. */
export function blockTitle(id: BlockId): string {
  return tx(`class.block.${id}` as MessageKey);
}

function blockIndicator(block: BlockDef, ctx: YearContext): string {
  return block.inputs.length === 1 ? inputTitle(block.inputs[0], ctx.frame) : tx(`class.bl.ind.${block.id}` as MessageKey);
}

export interface BlocksOutcome extends RuleOutcome {
  /** By school index, for the evaluation year. */
  weak: BlockId[][];
}

export function ruleBlocks(ctx: YearContext): BlocksOutcome {
  const out: BlocksOutcome = { ...newOutcome("blocks", ctx), weak: [] };
  const { frame, year } = ctx;
  const rule = ctx.settings.classification.blocks;
  const members = ctx.members.filter((s) => !ctx.excluded[s.index]);
  const columns = BLOCKS.map((block) => block.values(frame, year));
  const means = columns.map((column) => {
    let n = 0;
    let sum = 0;
    for (const s of members) {
      if (Number.isNaN(column[s.index])) continue;
      n++;
      sum += column[s.index];
    }
    return n ? sum / n : NaN;
  });
  const thresholds = BLOCKS.map((block, b) => (Number.isNaN(means[b]) ? null : block.absolute ? rule.qualityCut : means[b] * rule.relativeCut));
  const names = BLOCKS.map((block) => blockTitle(block.id));
  const indicators = BLOCKS.map((block) => blockIndicator(block, ctx));
  let withData = 0;

  for (const s of members) {
    const weak: BlockId[] = [];
    const details: Reason[] = [];
    let blocksWithData = 0;
    BLOCKS.forEach((block, b) => {
      const value = orNull(columns[b][s.index]);
      const threshold = thresholds[b];
      const n = b + 1;
      const name = names[b];
      const indicator = indicators[b];
      if (value === null || threshold === null) {
        if (!ctx.quiet && ctx.allDetails) details.push({ rule: "blocks", indicator: block.inputs[0], met: null, value: null, threshold, year, text: tx("class.bl.noData", { n, block: name, year, indicator }) });
        return;
      }
      blocksWithData++;
      const isWeak = value < threshold;
      if (isWeak) weak.push(block.id);
      if (ctx.quiet || (!isWeak && !ctx.allDetails)) return;
      const params = { n, block: name, year, indicator, value: pct(value), cut: pct(threshold), ratio: means[b] > 0 ? fmt(value / means[b]) : "—", mean: pct(means[b]), relative: fmt(rule.relativeCut) };
      const key = block.absolute ? (isWeak ? "class.bl.absWeak" : "class.bl.absOk") : isWeak ? "class.bl.relWeak" : "class.bl.relOk";
      details.push({ rule: "blocks", indicator: block.inputs[0], met: isWeak, value, threshold, year, text: tx(key, params) });
    });
    if (blocksWithData === 0) {
      for (const reason of details) addReason(ctx, s.index, reason);
      continue;
    }
    withData++;
    const low = weak.length >= rule.weakBlocksForLow;
    out.met[s.index] = low ? 1 : 0;
    out.weak[s.index] = weak;
    if (ctx.quiet) continue;
    const list = weak.length ? tx("class.bl.list", { list: weak.map((id) => `${BLOCKS.findIndex((b) => b.id === id) + 1} «${blockTitle(id)}»`).join(", ") }) : "";
    addReason(ctx, s.index, () => ({
      rule: "blocks", indicator: null, met: low, value: weak.length, threshold: rule.weakBlocksForLow, year,
      text: tx("class.bl.summary", { year, weak: weak.length, total: blocksWithData, need: rule.weakBlocksForLow, list }),
    }));
    for (const reason of details) addReason(ctx, s.index, reason);
  }

  out.applied = withData > 0;
  BLOCKS.forEach((block, b) => {
    if (thresholds[b] === null) out.missing.push(tx("class.miss.block", { n: b + 1, block: blockTitle(block.id), period: period([year]), inputs: inputList(block.inputs, frame) }));
  });
  if (withData > 0 && withData < members.length) {
    const inputs = inputList(BLOCKS.flatMap((b) => b.inputs), frame);
    out.missing.push(tx("class.miss.some", { n: members.length - withData, schools: ofCount(members.length - withData, "school"), total: members.length, period: period([year]), inputs }));
  }
  return out;
}
