/** «Классификация»: preset, parameters, live counts, then write to the workbook or keep as the default. */
import { useEffect, useRef, useState } from "react";
import { Accordion, Button, Caption1, Dropdown, Field, makeStyles, MessageBar, MessageBarBody, Option, tokens } from "@fluentui/react-components";
import type { ActionResult, AppActions, ErrorView } from "../../app/types";
import type { StatusLabels } from "../../core/classification/rules";
import { applyPreset, isPresetName } from "../../core/classification/presets";
import type { ClassificationSettings } from "../../core/classification/settings";
import { t } from "../../i18n";
import { ErrorCard } from "../components/ErrorCard";
import { toErrorView } from "../components/errors";
import { ResultCard } from "../components/ResultCard";
import { RunStatus } from "../components/RunStatus";
import { useControlStyles } from "../components/styles";
import { useLongRun } from "../components/useLongRun";
import { PreviewPanel } from "./PreviewPanel";
import { RulesForm } from "./RulesForm";
import { SocialForm } from "./SocialForm";
import { useLivePreview } from "./useLivePreview";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  note: { outline: "none" },
  description: { overflowWrap: "anywhere" },
});

export function ClassificationView({ actions, active }: { actions: AppActions; active: boolean }): JSX.Element {
  const styles = useStyles();
  const controls = useControlStyles();
  const [settings, setSettings] = useState<ClassificationSettings | null>(null);
  const [labels, setLabels] = useState<StatusLabels | null>(null);
  const [loadError, setLoadError] = useState<ErrorView | null>(null);
  const [saveState, setSaveState] = useState<{ saving: boolean; saved: boolean; error: ErrorView | null }>({ saving: false, saved: false, error: null });
  const applyRun = useLongRun<ActionResult>();
  const savedNote = useRef<HTMLDivElement>(null);
  const presets = actions.presets();

  // Parameters start from the workbook's settings once; labels are read on every visit (they may have
  // been edited in «Настройки»), and useLivePreview recounts on activation since data may have changed.
  useEffect(() => {
    if (!active) return;
    let live = true;
    actions.loadSettings().then(
      ({ settings: stored }) => {
        if (!live) return;
        setLabels(stored.statusLabels);
        setSettings((current) => current ?? stored.classification);
      },
      (e) => live && setLoadError(toErrorView(e)),
    );
    return () => {
      live = false;
    };
  }, [actions, active]);

  useEffect(() => {
    if (saveState.saved) savedNote.current?.focus();
  }, [saveState.saved]);

  const live = useLivePreview(actions, settings, active);

  const edit = (next: ClassificationSettings): void => {
    setSettings(next);
    setSaveState({ saving: false, saved: false, error: null });
    if (applyRun.state.phase !== "running") applyRun.reset();
  };

  const choosePreset = (id: string): void => {
    if (!settings) return;
    // A known preset switches rules and sets its defining parameters; the department's other tuning stays.
    edit(isPresetName(id) ? applyPreset(id, settings) : { ...settings, preset: id });
  };

  const saveAsDefault = async (): Promise<void> => {
    if (!settings) return;
    setSaveState({ saving: true, saved: false, error: null });
    try {
      // Read the stored settings again so edits made in «Настройки» meanwhile are kept.
      const { settings: stored } = await actions.loadSettings();
      await actions.saveSettings({ ...stored, classification: settings });
      setSaveState({ saving: false, saved: true, error: null });
    } catch (e) {
      setSaveState({ saving: false, saved: false, error: toErrorView(e) });
    }
  };

  if (loadError) return <ErrorCard error={loadError} actions={actions} autoFocus={false} />;
  if (!settings || !labels) return <Caption1>{t("ui.loading")}</Caption1>;

  const preset = presets.find((p) => p.id === settings.preset);
  const busy = applyRun.running || saveState.saving;
  return (
    <div className={styles.root}>
      <Caption1 as="p">{t("ui.cls.intro")}</Caption1>
      {presets.length > 0 && (
        <Field label={t("ui.cls.preset")} hint={preset ? <span className={styles.description}>{preset.description}</span> : undefined}>
          <Dropdown size="small" className={controls.full} value={preset?.title ?? settings.preset} selectedOptions={[settings.preset]} disabled={busy}
            onOptionSelect={(_, d) => d.optionValue && choosePreset(d.optionValue)} data-testid="cls-preset">
            {presets.map((p) => <Option key={p.id} value={p.id}>{p.title}</Option>)}
          </Dropdown>
        </Field>
      )}

      <PreviewPanel live={live} labels={labels} actions={actions} />

      <Accordion multiple collapsible defaultOpenItems={["lowResults"]} aria-label={t("ui.cls.parameters")}>
        <RulesForm value={settings} onChange={edit} disabled={busy} />
        <SocialForm value={settings} onChange={edit} disabled={busy} />
      </Accordion>

      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} data-testid="cls-apply"
          onClick={() => void applyRun.start((run) => actions.applyClassification(settings, run))}>
          {t("ui.cls.applyToWorkbook")}
        </Button>
        <Button disabled={busy} onClick={() => void saveAsDefault()} data-testid="cls-save-default">
          {saveState.saving ? t("ui.saving") : t("ui.cls.saveDefault")}
        </Button>
      </div>
      {saveState.saved && (
        <div ref={savedNote} tabIndex={-1} className={styles.note}>
          <MessageBar intent="success"><MessageBarBody>{t("ui.cls.savedDefault")}</MessageBarBody></MessageBar>
        </div>
      )}
      {saveState.error && <ErrorCard error={saveState.error} actions={actions} />}
      <RunStatus run={applyRun} actions={actions}>{(result) => <ResultCard result={result} actions={actions} />}</RunStatus>
    </div>
  );
}
