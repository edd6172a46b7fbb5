/**
 * Relative rule (seed 002, «низкие результаты в своей кластерной группе»): a school is compared with the
 * schools of its own group (urban/rural, СОШ/ООШ, or any column the user names), either as a ratio to
 * the group mean or by its place in the group's bottom quantile.
 */
import { addReason, newOutcome, type RuleOutcome, type YearContext } from "./context";
import { orNull } from "./exams";
import { fmt, inputList, inputTitle, ofCount, pct, tx } from "./reasons";
import { period } from "./rulesResults";
import { inBottom, mean, quantileCut } from "./stats";

interface Group {
  label: string;
  items: { index: number; value: number }[];
}

const groupKey = (text: string): string => text.trim().toLowerCase().replace(/ё/g, "е").replace(/\s+/g, " ");

export function ruleCluster(ctx: YearContext): RuleOutcome {
  const out = newOutcome("cluster", ctx);
  const { frame, year } = ctx;
  const rule = ctx.settings.classification.cluster;
  const column = frame.column(rule.indicator, year);
  const labels = frame.raw(rule.groupBy, year);
  const groups = new Map<string, Group>();
  const keys = new Map<string, string>();
  let evaluated = 0;
  let withGroup = 0;
  let withValue = 0;
  for (const s of ctx.members) {
    if (ctx.excluded[s.index]) continue;
    evaluated++;
    const raw = labels[s.index];
    const value = orNull(column[s.index]);
    if (value !== null) withValue++;
    if (raw === null || String(raw).trim() === "") {
      addReason(ctx, s.index, () => ({ rule: "cluster", indicator: rule.groupBy, met: null, value: null, threshold: null, year, text: tx("class.cl.noGroup", { year, group: inputTitle(rule.groupBy, frame) }) }));
      continue;
    }
    withGroup++;
    const label = String(raw).trim();
    if (value === null) {
      addReason(ctx, s.index, () => ({ rule: "cluster", indicator: rule.indicator, met: null, value: null, threshold: null, year, text: tx("class.cl.noValue", { year, group: label, indicator: inputTitle(rule.indicator, frame) }) }));
      continue;
    }
    let key = keys.get(label);
    if (key === undefined) keys.set(label, (key = groupKey(label)));
    let group = groups.get(key);
    if (!group) groups.set(key, (group = { label, items: [] }));
    group.items.push({ index: s.index, value });
  }

  const indicator = inputTitle(rule.indicator, frame);
  for (const group of groups.values()) {
    const values = group.items.map((item) => item.value);
    if (values.length < rule.minGroup) {
      for (const { index } of group.items) {
        addReason(ctx, index, () => ({ rule: "cluster", indicator: rule.indicator, met: null, value: null, threshold: null, year, text: tx("class.cl.small", { year, group: group.label, n: values.length, min: rule.minGroup }) }));
      }
      continue;
    }
    out.applied = true;
    if (rule.basis === "below_mean") {
      const groupMean = mean(values);
      for (const { index, value } of group.items) {
        // A zero or negative mean gives no meaningful ratio: nobody is judged against it.
        const ratio = groupMean > 0 ? value / groupMean : null;
        const met = ratio !== null && ratio < rule.ratioCut;
        out.met[index] = ratio === null ? -1 : met ? 1 : 0;
        addReason(ctx, index, () => ({
          rule: "cluster", indicator: rule.indicator, met: ratio === null ? null : met, value: ratio, threshold: rule.ratioCut, year,
          text: ratio === null
            ? tx("class.cl.noMean", { group: group.label, indicator, year, mean: fmt(groupMean) })
            : tx("class.cl.ratio", { group: group.label, indicator, year, value: fmt(value), ratio: fmt(ratio), mean: fmt(groupMean), cut: fmt(rule.ratioCut) }),
        }));
      }
    } else {
      const cut = quantileCut(values, rule.quantile);
      if (!cut) continue;
      for (const { index, value } of group.items) {
        const met = inBottom(value, cut);
        out.met[index] = met ? 1 : 0;
        addReason(ctx, index, () => ({
          rule: "cluster", indicator: rule.indicator, met, value, threshold: cut.cutoff, year,
          text: tx(met ? "class.cl.bottom" : "class.cl.notBottom", { group: group.label, indicator, year, value: fmt(value), q: pct(rule.quantile), cutoff: fmt(cut.cutoff) }),
        }));
      }
    }
  }

  if (withGroup === 0) out.missing.push(tx("class.miss.none", { period: period([year]), inputs: inputList([rule.groupBy], frame) }));
  if (withValue === 0) out.missing.push(tx("class.miss.none", { period: period([year]), inputs: inputList([rule.indicator], frame) }));
  if (withGroup > 0 && withValue > 0 && !out.applied) out.missing.push(tx("class.miss.groups", { min: rule.minGroup }));
  const lacking = evaluated - [...groups.values()].reduce((n, g) => n + g.items.length, 0);
  if (out.applied && lacking > 0) {
    out.missing.push(tx("class.miss.some", { n: lacking, schools: ofCount(lacking, "school"), total: evaluated, period: period([year]), inputs: inputList([rule.groupBy, rule.indicator], frame) }));
  }
  return out;
}
