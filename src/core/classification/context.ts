/**
 * What every rule gets and gives back. A rule runs once per year it is asked about: with reasons for the
 * evaluation year, and without them for the past years that crisis needs ("low results N years running").
 */
import type { Settings } from "../settings";
import type { Frame, SchoolFrame } from "./frame";
import type { Reason, RuleId } from "./types";

export interface YearContext {
  frame: Frame;
  year: number;
  settings: Settings;
  members: SchoolFrame[];
  /**
   * Schools whose result is needed: all members in the evaluation year; in a past year only those whose
   * run of low results is still unbroken. Group statistics are always over all members.
   */
  targets: SchoolFrame[];
  /** By school index: 1 when biased results leave the school out of the results rules this year. */
  excluded: Uint8Array;
  /** Past year: reasons are not kept, and department marks without a year do not count. */
  past: boolean;
  /**
   * No reasons are kept (a past year, or a run that wants statuses only): rules skip building their
   * texts, which in a country-wide run cost more than the rules themselves.
   */
  quiet: boolean;
  /** By school index; filled only for the evaluation year. */
  reasons: Reason[][];
  /**
   * Also list the sub-criteria that were not met (every procedure's share, every subject's mean). Off
   * by default: a rule's summary reason already says met or not with its value and threshold, the raw
   * values are in the register's indicators, and a country-wide run would otherwise hold ~35 reasons
   * per school.
   */
  allDetails: boolean;
}

export interface RuleOutcome {
  id: RuleId;
  applied: boolean;
  missing: string[];
  /** By school index: 1 met, 0 not met, -1 not evaluated (not a member, excluded, no data). */
  met: Int8Array;
}

export function newOutcome(id: RuleId, ctx: YearContext): RuleOutcome {
  return { id, applied: false, missing: [], met: new Int8Array(ctx.frame.schools.length).fill(-1) };
}

/** Adds a reason for the evaluation year; quiet contexts keep none, so their texts are never built. */
export function addReason(ctx: YearContext, index: number, reason: Reason | (() => Reason)): void {
  if (!ctx.quiet) ctx.reasons[index].push(typeof reason === "function" ? reason() : reason);
}
