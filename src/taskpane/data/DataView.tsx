/** «Данные»: choose the source, preview and correct the column matching, then load into the workbook. */
import { useEffect, useRef, useState } from "react";
import { Button, Caption1, makeStyles, Subtitle2, tokens } from "@fluentui/react-components";
import type { ActionResult, AppActions, ColumnMatchView, ErrorView, ImportPreview } from "../../app/types";
import type { MappingProfile } from "../../core/settings";
import { t } from "../../i18n";
import { ErrorCard } from "../components/ErrorCard";
import { toErrorView } from "../components/errors";
import { ResultCard } from "../components/ResultCard";
import { RunStatus } from "../components/RunStatus";
import { useLongRun } from "../components/useLongRun";
import { offerDownload } from "../files";
import { ImportReport } from "./ImportReport";
import { MappingEditor } from "./MappingEditor";
import { parseProfile, profileFileName, withRule } from "./mapping";
import { SourcePicker, toImportSource, type SourceState } from "./SourcePicker";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  heading: { margin: 0, outline: "none" },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  profile: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

function yearsText(years: number[]): string {
  if (years.length === 0) return t("ui.data.noYears");
  const sorted = [...years].sort((a, b) => a - b);
  return sorted.length === 1 ? String(sorted[0]) : `${sorted[0]}–${sorted[sorted.length - 1]}`;
}

export function DataView({ actions, active }: { actions: AppActions; active: boolean }): JSX.Element {
  const styles = useStyles();
  const [sheets, setSheets] = useState<string[] | null>(null);
  const [sheetsError, setSheetsError] = useState<ErrorView | null>(null);
  const [source, setSource] = useState<SourceState>({ kind: "sheets", sheets: [], files: [] });
  const [mapping, setMapping] = useState<MappingProfile | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [profileNote, setProfileNote] = useState<string | null>(null);
  const [profileError, setProfileError] = useState<ErrorView | null>(null);
  const previewRun = useLongRun<ImportPreview>();
  const applyRun = useLongRun<ActionResult>();
  const profileInput = useRef<HTMLInputElement>(null);
  const previewHeading = useRef<HTMLDivElement>(null);
  const focusPreview = useRef(false);
  const firstLoad = useRef(true);

  // Sheets change between visits (the user adds one in Excel): read them again on every activation.
  useEffect(() => {
    if (!active) return;
    let live = true;
    actions.listSheets().then(
      (list) => {
        if (!live) return;
        const names = list.filter((s) => !s.own).map((s) => s.name);
        setSheets(names);
        setSheetsError(null);
        const all = firstLoad.current;
        firstLoad.current = false;
        setSource((s) => ({ ...s, sheets: all ? names : s.sheets.filter((n) => names.includes(n)) }));
      },
      (e) => live && setSheetsError(toErrorView(e)),
    );
    return () => {
      live = false;
    };
  }, [actions, active]);

  useEffect(() => {
    if (preview && focusPreview.current) {
      focusPreview.current = false;
      previewHeading.current?.focus();
    }
  }, [preview]);

  const importSource = toImportSource(source);
  const busy = previewRun.running || applyRun.running;

  const runPreview = (profile: MappingProfile | null, focus: boolean): void => {
    if (!importSource) return;
    focusPreview.current = focus;
    void previewRun.start(async (run) => {
      const result = await actions.previewImport(importSource, profile, run);
      setPreview(result);
      setMapping(result.mapping);
      return result;
    });
  };

  const changeSource = (next: SourceState): void => {
    setSource(next);
    setPreview(null);
    previewRun.reset();
    applyRun.reset();
  };

  const onMatch = (column: ColumnMatchView, indicator: string | null): void => {
    const next = withRule(mapping, column.normalized, indicator, t("ui.profile.defaultName"));
    setMapping(next);
    applyRun.reset();
    runPreview(next, false);
  };

  const loadProfile = async (file: File | undefined): Promise<void> => {
    if (!file) return;
    setProfileError(null);
    setProfileNote(null);
    try {
      const profile = parseProfile(await file.text(), file.name);
      setMapping(profile);
      setProfileNote(t("ui.profile.loaded", { name: profile.name, rules: profile.rules.length }));
      if (preview) runPreview(profile, false);
    } catch (e) {
      setProfileError(toErrorView(e));
    }
    if (profileInput.current) profileInput.current.value = "";
  };

  const saveProfile = (): void => {
    if (mapping) offerDownload(profileFileName(mapping), JSON.stringify(mapping, null, 2), "application/json");
  };

  return (
    <div className={styles.root}>
      <Caption1 as="p">{t("ui.data.intro")}</Caption1>
      {sheetsError && <ErrorCard error={sheetsError} actions={actions} autoFocus={false} />}
      <SourcePicker actions={actions} sheets={sheets} value={source} onChange={changeSource} disabled={busy} />

      <div className={styles.profile}>
        <Caption1>{mapping ? t("ui.profile.current", { name: mapping.name }) : t("ui.profile.catalogueOnly")}</Caption1>
        <div className={styles.row}>
          <input ref={profileInput} type="file" accept=".json,application/json" hidden data-testid="profile-file"
            onChange={(e) => void loadProfile(e.target.files?.[0])} />
          <Button size="small" disabled={busy} onClick={() => profileInput.current?.click()}>{t("ui.profile.load")}</Button>
          <Button size="small" disabled={!mapping} onClick={saveProfile}>{t("ui.profile.save")}</Button>
        </div>
        {profileNote && <Caption1 role="status">{profileNote}</Caption1>}
        {profileError && <ErrorCard error={profileError} actions={actions} />}
      </div>

      <div className={styles.row}>
        <Button appearance="primary" disabled={!importSource || busy} onClick={() => runPreview(mapping, true)} data-testid="import-preview">
          {t("ui.data.preview")}
        </Button>
        {!importSource && <Caption1>{t("ui.data.chooseSource")}</Caption1>}
      </div>
      <RunStatus run={previewRun} actions={actions} />

      {preview && (
        <>
          <div ref={previewHeading} tabIndex={-1} className={styles.heading}>
            <Subtitle2 as="h2" className={styles.heading}>{t("ui.data.mappingTitle")}</Subtitle2>
          </div>
          <Caption1 as="p" data-testid="import-summary">
            {t("ui.data.summary", { tables: preview.tables.length, schools: preview.schools, years: yearsText(preview.years) })}
          </Caption1>
          <MappingEditor tables={preview.tables} onMatch={onMatch} disabled={busy} />
          <Subtitle2 as="h2" className={styles.heading}>{t("ui.data.reportTitle")}</Subtitle2>
          <ImportReport issues={preview.issues} />
          <div>
            <Button appearance="primary" disabled={busy || !importSource} data-testid="import-apply"
              onClick={() => importSource && void applyRun.start((run) => actions.applyImport(importSource, mapping, run))}>
              {t("ui.data.apply")}
            </Button>
          </div>
          <RunStatus run={applyRun} actions={actions}>{(result) => <ResultCard result={result} actions={actions} />}</RunStatus>
        </>
      )}
    </div>
  );
}
