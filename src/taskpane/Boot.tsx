/** Waits for the AppActions of the detected mode (a lazily loaded chunk), then shows the pane. */
import { useEffect, useState } from "react";
import { makeStyles, Spinner, tokens } from "@fluentui/react-components";
import type { AppActions, ErrorView } from "../app/types";
import { t } from "../i18n";
import { App } from "./App";
import { ErrorCard } from "./components/ErrorCard";
import { toErrorView } from "./components/errors";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalM },
});

export function Boot({ load }: { load: () => Promise<AppActions> }): JSX.Element {
  const styles = useStyles();
  const [actions, setActions] = useState<AppActions | null>(null);
  const [error, setError] = useState<ErrorView | null>(null);

  useEffect(() => {
    let live = true;
    load().then(
      (loaded) => live && setActions(loaded),
      (e) => live && setError(toErrorView(e)),
    );
    return () => {
      live = false;
    };
  }, [load]);

  if (actions) return <App actions={actions} />;
  return (
    <div className={styles.root}>
      {error ? <ErrorCard error={error} title={t("ui.boot.failed")} /> : <Spinner size="small" label={t("ui.boot.loading")} />}
    </div>
  );
}
