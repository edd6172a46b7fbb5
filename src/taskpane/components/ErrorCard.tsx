/** An error as the user should see it: what happened, where (file, sheet, cell) and a way to go there. */
import { useEffect, useRef, useState } from "react";
import { Button, Caption1, makeStyles, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { AppActions, ErrorView } from "../../app/types";
import type { Location } from "../../core/errors";
import { t } from "../../i18n";
import { toErrorView } from "./errors";

const useStyles = makeStyles({
  card: { outline: "none" },
  body: { overflowWrap: "anywhere" },
  where: { display: "block" },
});

export function describeLocation(where: Location | undefined): string {
  if (!where) return "";
  const parts: string[] = [];
  if (where.file) parts.push(t("ui.where.file", { file: where.file }));
  if (where.sheet) parts.push(t("ui.where.sheet", { sheet: where.sheet }));
  if (where.cell) parts.push(t("ui.where.cell", { cell: where.cell }));
  return parts.join(", ");
}

export interface ErrorCardProps {
  error: ErrorView;
  /** Absent before the actions are loaded: then there is nowhere to go. */
  actions?: AppActions;
  /** Move focus here when shown (after a user action); off for live previews that must not steal focus. */
  autoFocus?: boolean;
  title?: string;
}

export function ErrorCard({ error, actions, autoFocus = true, title }: ErrorCardProps): JSX.Element {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const [goError, setGoError] = useState<string | null>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus, error]);

  const sheet = error.where?.sheet;
  const place = describeLocation(error.where);
  const goTo = async (): Promise<void> => {
    if (!sheet || !actions) return;
    setGoError(null);
    try {
      await actions.goTo({ sheet, cell: error.where?.cell });
    } catch (e) {
      setGoError(toErrorView(e).message);
    }
  };

  return (
    <div ref={ref} tabIndex={-1} className={styles.card} data-testid="error-card">
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody className={styles.body}>
          <MessageBarTitle>{title ?? t("ui.error.title")}</MessageBarTitle>
          {error.message}
          {place && <Caption1 className={styles.where}>{place}</Caption1>}
          {goError && <Caption1 className={styles.where} role="alert">{goError}</Caption1>}
        </MessageBarBody>
        {actions?.mode === "excel" && sheet && (
          <MessageBarActions>
            <Button size="small" onClick={() => void goTo()} aria-label={t("ui.error.goToSheet", { sheet })}>
              {t("ui.error.goTo")}
            </Button>
          </MessageBarActions>
        )}
      </MessageBar>
    </div>
  );
}
