/**
 * The result of the last ribbon command, kept in the shared runtime so the task pane can show it: a
 * one-click build reports what it created (or why it failed) in the pane it opens.
 */
import type { ActionResult, ErrorView } from "../app/types";

export interface CommandOutcome {
  command: string;
  /** Button label, as the user clicked it. */
  title: string;
  result?: ActionResult;
  error?: ErrorView;
  at: number;
}

let last: CommandOutcome | null = null;
const listeners = new Set<(outcome: CommandOutcome) => void>();

export function publishOutcome(outcome: CommandOutcome): void {
  last = outcome;
  for (const listener of listeners) listener(outcome);
}

export function lastOutcome(): CommandOutcome | null {
  return last;
}

/** Calls `listener` on every new outcome; returns the unsubscribe function. */
export function onOutcome(listener: (outcome: CommandOutcome) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}
