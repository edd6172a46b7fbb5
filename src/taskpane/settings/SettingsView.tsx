/** «Настройки»: status labels, minimum scores, program years and names, the «Приложение» text. */
import { useEffect, useMemo, useRef, useState } from "react";
import { Button, Caption1, Field, Input, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Subtitle2, tokens } from "@fluentui/react-components";
import type { AppActions, ErrorView } from "../../app/types";
import type { StatusCode, StatusLabels } from "../../core/classification/rules";
import type { ProgramInfo } from "../../core/settings";
import { t, type MessageKey } from "../../i18n";
import { ErrorCard } from "../components/ErrorCard";
import { toErrorView } from "../components/errors";
import { MinScoresEditor } from "./MinScoresEditor";
import { ProgramSection } from "./ProgramSection";
import { checkMinScores, checkProgram, toDraft, type DraftMinScore } from "./validate";

const CODES: { code: StatusCode; label: MessageKey }[] = [
  { code: "low_results", label: "ui.settings.labelLow" },
  { code: "adverse_social", label: "ui.settings.labelAdverse" },
  { code: "both", label: "ui.settings.labelBoth" },
  { code: "none", label: "ui.settings.labelNone" },
];

/** Top-level settings keys as the user knows the sections. */
const SECTIONS: Record<string, MessageKey> = {
  program: "ui.settings.program", statusLabels: "ui.settings.labels", minScores: "ui.settings.minScores",
  classification: "ui.nav.classification", mapping: "ui.settings.mapping", locale: "ui.settings.locale",
};

export function describeFixed(paths: string[]): string {
  const names = new Set(paths.map((p) => {
    const key = p.split(/[.[]/)[0];
    return SECTIONS[key] ? t(SECTIONS[key]) : p;
  }));
  return [...names].join(", ");
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  note: { outline: "none" },
  // The form is long (fourteen score rows): «Сохранить» stays in reach at the bottom of the pane.
  footer: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, position: "sticky", bottom: 0,
    padding: `${tokens.spacingVerticalS} 0`, backgroundColor: tokens.colorNeutralBackground1,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export function SettingsView({ actions, active }: { actions: AppActions; active: boolean }): JSX.Element {
  const styles = useStyles();
  const [fixed, setFixed] = useState<string[]>([]);
  const [labels, setLabels] = useState<StatusLabels | null>(null);
  const [program, setProgram] = useState<ProgramInfo | null>(null);
  const [rows, setRows] = useState<DraftMinScore[]>([]);
  const [loadError, setLoadError] = useState<ErrorView | null>(null);
  const [status, setStatus] = useState<{ saving: boolean; saved: boolean; error: ErrorView | null; invalid: boolean }>({ saving: false, saved: false, error: null, invalid: false });
  const note = useRef<HTMLDivElement>(null);
  const templates = useMemo(() => actions.templates(), [actions]);
  const loaded = labels !== null;

  // Loaded once: later visits keep the user's unsaved edits.
  useEffect(() => {
    if (!active || loaded) return;
    let live = true;
    actions.loadSettings().then(
      ({ settings, fixed: repaired }) => {
        if (!live) return;
        setFixed(repaired);
        setLabels(settings.statusLabels);
        setProgram(settings.program);
        setRows(toDraft(settings.minScores));
      },
      (e) => live && setLoadError(toErrorView(e)),
    );
    return () => {
      live = false;
    };
  }, [actions, active, loaded]);

  useEffect(() => {
    if (status.saved || status.invalid) note.current?.focus();
  }, [status.saved, status.invalid]);

  if (loadError) return <ErrorCard error={loadError} actions={actions} autoFocus={false} />;
  if (!labels || !program) return <Caption1>{t("ui.loading")}</Caption1>;

  const minScores = checkMinScores(rows);
  const programError = checkProgram(program);
  const touch = (): void => setStatus({ saving: false, saved: false, error: null, invalid: false });
  const editProgram = (part: Partial<ProgramInfo>): void => {
    setProgram({ ...program, ...part });
    touch();
  };

  const save = async (): Promise<void> => {
    if (!minScores.entries || programError) {
      setStatus({ saving: false, saved: false, error: null, invalid: true });
      return;
    }
    setStatus({ saving: true, saved: false, error: null, invalid: false });
    try {
      // Classification and mapping are edited elsewhere: take them as stored now.
      const { settings: stored } = await actions.loadSettings();
      await actions.saveSettings({ ...stored, statusLabels: labels, program, minScores: minScores.entries });
      setFixed([]);
      setStatus({ saving: false, saved: true, error: null, invalid: false });
    } catch (e) {
      setStatus({ saving: false, saved: false, error: toErrorView(e), invalid: false });
    }
  };

  const disabled = status.saving;
  return (
    <div className={styles.root}>
      {fixed.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="settings-fixed">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.settings.fixedTitle")}</MessageBarTitle>
            {t("ui.settings.fixedText", { sections: describeFixed(fixed) })}
          </MessageBarBody>
        </MessageBar>
      )}

      <ProgramSection program={program} templates={templates} error={programError} onChange={editProgram} disabled={disabled} />

      <section className={styles.section} aria-labelledby="settings-labels">
        <Subtitle2 as="h2" id="settings-labels" className={styles.heading}>{t("ui.settings.labels")}</Subtitle2>
        {CODES.map(({ code, label }) => (
          <Field key={code} label={t(label)} size="small">
            <Input size="small" value={labels[code]} disabled={disabled} data-testid={`label-${code}`}
              onChange={(_, d) => {
                setLabels({ ...labels, [code]: d.value });
                touch();
              }} />
          </Field>
        ))}
      </section>

      <section className={styles.section} aria-labelledby="settings-minscores">
        <Subtitle2 as="h2" id="settings-minscores" className={styles.heading}>{t("ui.settings.minScores")}</Subtitle2>
        <MinScoresEditor rows={rows} errors={minScores.errors} disabled={disabled} onChange={(next) => {
          setRows(next);
          touch();
        }} />
      </section>

      <div className={styles.footer}>
        <div><Button appearance="primary" disabled={disabled} onClick={() => void save()} data-testid="settings-save">
          {status.saving ? t("ui.saving") : t("ui.settings.save")}
        </Button></div>
        {(status.saved || status.invalid) && (
          <div ref={note} tabIndex={-1} className={styles.note} data-testid="settings-status">
            <MessageBar intent={status.saved ? "success" : "error"}>
              <MessageBarBody>{status.saved ? t("ui.settings.saved") : t("ui.settings.invalid")}</MessageBarBody>
            </MessageBar>
          </div>
        )}
        {status.error && <ErrorCard error={status.error} actions={actions} />}
      </div>
    </div>
  );
}
