/** Progress of a long use case with «Отмена»; then «Отменено», the error card, or the caller's result. */
import { useEffect, useRef, type ReactNode } from "react";
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, ProgressBar, tokens } from "@fluentui/react-components";
import type { AppActions } from "../../app/types";
import { t } from "../../i18n";
import { ErrorCard } from "./ErrorCard";
import type { LongRun } from "./useLongRun";

const useStyles = makeStyles({
  running: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  message: { flexGrow: 1, overflowWrap: "anywhere" },
  note: { outline: "none" },
});

export interface RunStatusProps<T> {
  run: LongRun<T>;
  actions: AppActions;
  children?: (value: T) => ReactNode;
}

export function RunStatus<T>({ run, actions, children }: RunStatusProps<T>): JSX.Element | null {
  const styles = useStyles();
  const note = useRef<HTMLDivElement>(null);
  const { state } = run;
  // «Отмена» disappears when the run stops: keep the keyboard user's place on the note that replaces it.
  useEffect(() => {
    if (state.phase === "cancelled") note.current?.focus();
  }, [state.phase]);

  switch (state.phase) {
    case "idle":
      return null;
    case "running": {
      const p = state.progress;
      const value = p && p.total > 0 ? Math.min(1, p.done / p.total) : undefined;
      return (
        <div className={styles.running} data-testid="run-progress">
          <div className={styles.row}>
            <Caption1 className={styles.message} aria-live="polite">{p?.message || t("ui.run.working")}</Caption1>
            <Button size="small" onClick={run.cancel}>{t("ui.run.cancel")}</Button>
          </div>
          <ProgressBar value={value} thickness="large" aria-label={p?.message || t("ui.run.working")} />
        </div>
      );
    }
    case "cancelled":
      return (
        <div ref={note} tabIndex={-1} className={styles.note} data-testid="run-cancelled">
          <MessageBar intent="info"><MessageBarBody>{t("ui.run.cancelled")}</MessageBarBody></MessageBar>
        </div>
      );
    case "failed":
      return <ErrorCard error={state.error} actions={actions} />;
    case "done":
      return <>{children?.(state.value)}</>;
  }
}
