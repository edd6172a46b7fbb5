/** Where the data comes from: sheets of the open workbook, the selected range, or files from disk. */
import { useRef, useState } from "react";
import { Button, Caption1, Checkbox, Field, makeStyles, Radio, RadioGroup, tokens } from "@fluentui/react-components";
import type { AppActions, ErrorView, ImportSource } from "../../app/types";
import { t } from "../../i18n";
import { ErrorCard } from "../components/ErrorCard";
import { toErrorView } from "../components/errors";
import { readPickedFile } from "../files";

export type SourceKind = "sheets" | "selection" | "files";

export interface SourceState {
  kind: SourceKind;
  /** Chosen sheet names (the user's own sheets; the add-in's sheets are never offered). */
  sheets: string[];
  files: { name: string; bytes: Uint8Array }[];
}

export const IMPORT_ACCEPT = ".xlsx,.xlsm,.csv,.xls";

/** The ImportSource for the use case, or null while nothing is chosen. */
export function toImportSource(state: SourceState): ImportSource | null {
  if (state.kind === "selection") return { kind: "workbook", selection: true };
  if (state.kind === "files") return state.files.length > 0 ? { kind: "files", files: state.files } : null;
  return state.sheets.length > 0 ? { kind: "workbook", sheets: state.sheets } : null;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  list: { display: "flex", flexDirection: "column", margin: 0, padding: 0, listStyle: "none" },
  sheetList: { display: "flex", flexDirection: "column", margin: 0, padding: 0, border: "none", minWidth: 0 },
  file: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, overflowWrap: "anywhere" },
  fileName: { flexGrow: 1, minWidth: 0 },
});

export interface SourcePickerProps {
  actions: AppActions;
  /** The workbook's sheets (own ones already left out); null while loading. */
  sheets: string[] | null;
  value: SourceState;
  onChange(next: SourceState): void;
  disabled?: boolean;
}

const kb = (bytes: number): string => t("ui.source.fileSize", { size: Math.max(1, Math.round(bytes / 1024)) });

export function SourcePicker({ actions, sheets, value, onChange, disabled }: SourcePickerProps): JSX.Element {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [readError, setReadError] = useState<ErrorView | null>(null);
  const excel = actions.mode === "excel";

  const pickFiles = async (list: FileList | null): Promise<void> => {
    if (!list || list.length === 0) return;
    setReadError(null);
    try {
      const picked = await Promise.all([...list].map(readPickedFile));
      const kept = value.files.filter((f) => !picked.some((p) => p.name === f.name));
      onChange({ ...value, files: [...kept, ...picked] });
    } catch (e) {
      setReadError(toErrorView(e));
    }
    if (input.current) input.current.value = "";
  };

  const toggleSheet = (name: string, checked: boolean): void =>
    onChange({ ...value, sheets: checked ? [...value.sheets, name] : value.sheets.filter((s) => s !== name) });

  return (
    <div className={styles.root}>
      <Field label={t("ui.source.label")}>
        <RadioGroup value={value.kind} disabled={disabled} onChange={(_, d) => onChange({ ...value, kind: d.value as SourceKind })}>
          <Radio value="sheets" label={t("ui.source.sheets")} />
          {excel && <Radio value="selection" label={t("ui.source.selection")} />}
          <Radio value="files" label={t("ui.source.files")} />
        </RadioGroup>
      </Field>

      {value.kind === "sheets" && (
        sheets === null ? <Caption1>{t("ui.loading")}</Caption1>
          : sheets.length === 0 ? <Caption1>{excel ? t("ui.source.noSheets") : t("ui.source.noSheetsStandalone")}</Caption1>
            : (
              <fieldset className={styles.sheetList} aria-label={t("ui.source.sheetsLegend")}>
                {sheets.map((name) => (
                  <Checkbox key={name} label={name} checked={value.sheets.includes(name)} disabled={disabled}
                    onChange={(_, d) => toggleSheet(name, d.checked === true)} />
                ))}
              </fieldset>
            )
      )}

      {value.kind === "selection" && <Caption1>{t("ui.source.selectionHint")}</Caption1>}

      {value.kind === "files" && (
        <>
          <input ref={input} type="file" multiple accept={IMPORT_ACCEPT} hidden data-testid="import-files"
            onChange={(e) => void pickFiles(e.target.files)} />
          <div><Button size="small" disabled={disabled} onClick={() => input.current?.click()}>{t("ui.source.chooseFiles")}</Button></div>
          <Caption1>{t("ui.source.filesHint")}</Caption1>
          {value.files.length > 0 && (
            <ul className={styles.list} aria-label={t("ui.source.chosenFiles")}>
              {value.files.map((f) => (
                <li key={f.name} className={styles.file}>
                  <span className={styles.fileName}>{f.name} <Caption1>{kb(f.bytes.length)}</Caption1></span>
                  <Button size="small" appearance="subtle" disabled={disabled} aria-label={t("ui.source.removeFile", { file: f.name })}
                    onClick={() => onChange({ ...value, files: value.files.filter((x) => x.name !== f.name) })}>
                    {t("ui.source.remove")}
                  </Button>
                </li>
              ))}
            </ul>
          )}
          {readError && <ErrorCard error={readError} actions={actions} />}
        </>
      )}
    </div>
  );
}
