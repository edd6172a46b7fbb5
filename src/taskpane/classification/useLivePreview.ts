/**
 * Live classification counts while the user edits parameters: waits ~300 ms after the last change and
 * aborts the run it replaces, so only the newest parameters are ever shown.
 */
import { useEffect, useState } from "react";
import type { AppActions, ClassificationPreview, ErrorView } from "../../app/types";
import type { ClassificationSettings } from "../../core/classification/settings";
import { isCancelled, toErrorView } from "../components/errors";

export const PREVIEW_DELAY_MS = 300;

export interface LivePreview {
  preview: ClassificationPreview | null;
  loading: boolean;
  error: ErrorView | null;
}

export function useLivePreview(actions: AppActions, settings: ClassificationSettings | null, active: boolean): LivePreview {
  const [state, setState] = useState<LivePreview>({ preview: null, loading: false, error: null });

  useEffect(() => {
    if (!active || !settings) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setState((s) => ({ ...s, loading: true }));
      actions.previewClassification(settings, { signal: controller.signal }).then(
        (preview) => {
          if (!controller.signal.aborted) setState({ preview, loading: false, error: null });
        },
        (error) => {
          if (controller.signal.aborted || isCancelled(error)) return;
          setState((s) => ({ ...s, loading: false, error: toErrorView(error) }));
        },
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [actions, settings, active]);

  return state;
}
