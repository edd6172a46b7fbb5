/** Standalone mode: «Скачать книгу» saves the workbook with everything the add-in wrote into it. */
import { useState } from "react";
import { Button, type ButtonProps } from "@fluentui/react-components";
import type { AppActions, ErrorView } from "../../app/types";
import { t } from "../../i18n";
import { offerDownload, XLSX_MIME } from "../files";
import { ErrorCard } from "./ErrorCard";
import { toErrorView } from "./errors";

export function DownloadButton({ actions, appearance = "secondary" }: { actions: AppActions; appearance?: ButtonProps["appearance"] }): JSX.Element | null {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorView | null>(null);
  if (typeof actions.download !== "function") return null;

  const onClick = async (): Promise<void> => {
    setBusy(true);
    setError(null);
    try {
      const file = await actions.download?.();
      if (file) offerDownload(file.name, file.bytes, XLSX_MIME);
    } catch (e) {
      setError(toErrorView(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <Button appearance={appearance} size="small" disabled={busy} onClick={() => void onClick()} data-testid="download-workbook">
        {busy ? t("ui.standalone.downloading") : t("ui.standalone.download")}
      </Button>
      {error && <ErrorCard error={error} actions={actions} />}
    </>
  );
}
