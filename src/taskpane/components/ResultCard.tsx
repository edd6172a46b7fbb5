/** What a use case did: the summary, a link per created sheet, and what the user should check. */
import { useEffect, useId, useRef, useState } from "react";
import { Body1Strong, Caption1, Link, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, tokens } from "@fluentui/react-components";
import type { ActionResult, AppActions, SheetLink } from "../../app/types";
import { t } from "../../i18n";
import { DownloadButton } from "./DownloadButton";
import { toErrorView } from "./errors";

const useStyles = makeStyles({
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, outline: "none" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { overflowWrap: "anywhere" },
  heading: { margin: 0 },
});

export interface ResultCardProps {
  result: ActionResult;
  actions: AppActions;
  autoFocus?: boolean;
}

export function ResultCard({ result, actions, autoFocus = true }: ResultCardProps): JSX.Element {
  const styles = useStyles();
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const [goError, setGoError] = useState<string | null>(null);
  useEffect(() => {
    if (autoFocus) ref.current?.focus();
  }, [autoFocus, result]);

  const excel = actions.mode === "excel";
  const goTo = async (link: SheetLink): Promise<void> => {
    setGoError(null);
    try {
      await actions.goTo(link);
    } catch (e) {
      setGoError(toErrorView(e).message);
    }
  };

  return (
    <div ref={ref} tabIndex={-1} className={styles.card} aria-labelledby={titleId} role="region" data-testid="result-card">
      <MessageBar intent="success" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle id={titleId}>{t("ui.result.title")}</MessageBarTitle>
          <span data-testid="result-summary">{result.summary}</span>
        </MessageBarBody>
      </MessageBar>
      {result.sheets.length > 0 && (
        <section>
          <Body1Strong as="h3" className={styles.heading}>{t("ui.result.sheets")}</Body1Strong>
          <ul className={styles.list}>
            {result.sheets.map((s) => (
              <li key={s.link.sheet} className={styles.item}>
                {excel ? (
                  <Link as="button" onClick={() => void goTo(s.link)} data-testid="result-sheet" data-sheet={s.link.sheet}
                    aria-label={t("ui.result.goToSheet", { title: s.title })}>
                    {s.title}
                  </Link>
                ) : (
                  <span data-testid="result-sheet" data-sheet={s.link.sheet}>{s.title}</span>
                )}{" "}
                <Caption1>{s.rebuilt ? t("ui.result.rebuilt") : t("ui.result.created")}</Caption1>
              </li>
            ))}
          </ul>
          {goError && <Caption1 role="alert">{goError}</Caption1>}
          {!excel && actions.download && (
            <>
              <Caption1 as="p">{t("ui.result.downloadHint")}</Caption1>
              <div><DownloadButton actions={actions} /></div>
            </>
          )}
        </section>
      )}
      {result.warnings.length > 0 && (
        <section>
          <Body1Strong as="h3" className={styles.heading}>{t("ui.result.warnings", { count: result.warnings.length })}</Body1Strong>
          <ul className={styles.list} data-testid="result-warnings">
            {result.warnings.map((w, i) => <li key={i} className={styles.item}>{w}</li>)}
          </ul>
        </section>
      )}
    </div>
  );
}
