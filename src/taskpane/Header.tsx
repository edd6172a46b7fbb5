/** The pane's header: product name, the workbook it works on, and in standalone mode open/sample/download. */
import { useRef, useState } from "react";
import { Button, Caption1, makeStyles, MessageBar, MessageBarBody, Subtitle1, tokens } from "@fluentui/react-components";
import type { AppActions, ErrorView } from "../app/types";
import { t } from "../i18n";
import { DownloadButton } from "./components/DownloadButton";
import { ErrorCard } from "./components/ErrorCard";
import { toErrorView } from "./components/errors";
import { readPickedFile } from "./files";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  title: { margin: 0 },
  label: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, alignItems: "center" },
});

export const WORKBOOK_ACCEPT = ".xlsx,.xlsm";

export interface HeaderProps {
  actions: AppActions;
  label: string;
  /** Another workbook was opened (standalone): the views start over. */
  onWorkbookChanged(): void;
}

export function Header({ actions, label, onWorkbookChanged }: HeaderProps): JSX.Element {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorView | null>(null);
  const [notKept, setNotKept] = useState<string[]>([]);
  // Methods are called on `actions` (never detached): an implementation may be a class.
  const canOpen = typeof actions.openFile === "function";
  const canSample = typeof actions.openSample === "function";

  const open = async (work: () => Promise<{ notKept: string[] } | void>): Promise<void> => {
    setBusy(true);
    setError(null);
    setNotKept([]);
    try {
      const opened = await work();
      setNotKept(opened?.notKept ?? []);
      onWorkbookChanged();
    } catch (e) {
      setError(toErrorView(e));
    } finally {
      setBusy(false);
    }
  };

  const onFile = (file: File | undefined): void => {
    if (file && actions.openFile) void open(async () => actions.openFile?.(await readPickedFile(file)));
    if (input.current) input.current.value = "";
  };

  return (
    <header className={styles.root}>
      <Subtitle1 as="h1" className={styles.title}>{t("ui.appTitle")}</Subtitle1>
      <Caption1 className={styles.label} data-testid="workbook-label">
        {actions.mode === "excel" ? t("ui.header.excel", { label }) : t("ui.header.file", { label })}
      </Caption1>
      {actions.mode === "standalone" && (
        <>
          <div className={styles.row}>
            {canOpen && (
              <>
                <input ref={input} type="file" accept={WORKBOOK_ACCEPT} hidden data-testid="open-file-input" onChange={(e) => onFile(e.target.files?.[0])} />
                <Button size="small" disabled={busy} onClick={() => input.current?.click()} data-testid="open-file">{t("ui.standalone.open")}</Button>
              </>
            )}
            {canSample && (
              <Button size="small" disabled={busy} onClick={() => void open(async () => actions.openSample?.())} data-testid="open-sample">{t("ui.standalone.sample")}</Button>
            )}
            <DownloadButton actions={actions} />
          </div>
          <Caption1 className={styles.label}>{busy ? t("ui.standalone.opening") : t("ui.standalone.hint")}</Caption1>
          {notKept.length > 0 && (
            <MessageBar intent="warning" layout="multiline" data-testid="not-kept">
              <MessageBarBody>{t("ui.standalone.notKept", { parts: notKept.join(", ") })}</MessageBarBody>
            </MessageBar>
          )}
          {error && <ErrorCard error={error} actions={actions} />}
        </>
      )}
    </header>
  );
}
