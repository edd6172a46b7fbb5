/**
 * State of one long use case: progress while it runs, and the result, the error or "cancelled" after.
 * Starting again aborts the previous run; leaving the view aborts the current one.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import type { ErrorView, Progress, RunOptions } from "../../app/types";
import { isCancelled, toErrorView } from "./errors";

export type RunState<T> =
  | { phase: "idle" }
  | { phase: "running"; progress: Progress | null }
  | { phase: "done"; value: T }
  | { phase: "cancelled" }
  | { phase: "failed"; error: ErrorView };

export interface LongRun<T> {
  state: RunState<T>;
  running: boolean;
  start(work: (run: RunOptions) => Promise<T>): Promise<void>;
  cancel(): void;
  reset(): void;
}

export function useLongRun<T>(): LongRun<T> {
  const [state, setState] = useState<RunState<T>>({ phase: "idle" });
  const current = useRef<AbortController | null>(null);

  useEffect(() => () => current.current?.abort(), []);

  const start = useCallback(async (work: (run: RunOptions) => Promise<T>) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const mine = () => current.current === controller;
    setState({ phase: "running", progress: null });
    try {
      const value = await work({
        signal: controller.signal,
        onProgress: (progress) => {
          if (mine()) setState({ phase: "running", progress });
        },
      });
      if (mine()) setState({ phase: "done", value });
    } catch (error) {
      if (!mine()) return;
      // After «Отмена» any failure is the cancellation surfacing (an aborted read, a half-done step).
      setState(isCancelled(error) || controller.signal.aborted ? { phase: "cancelled" } : { phase: "failed", error: toErrorView(error) });
    } finally {
      if (mine()) current.current = null;
    }
  }, []);

  const cancel = useCallback(() => current.current?.abort(), []);
  const reset = useCallback(() => {
    current.current?.abort();
    current.current = null;
    setState({ phase: "idle" });
  }, []);

  return { state, running: state.phase === "running", start, cancel, reset };
}
