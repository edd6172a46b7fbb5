/** The minimum-score table by subject and years: one block per row, add and remove rows. */
import { useEffect, useRef } from "react";
import { Button, Caption1, Dropdown, Field, Input, makeStyles, Option, tokens } from "@fluentui/react-components";
import type { ExamSubject } from "../../core/minscores";
import { SUBJECT_TITLES } from "../../core/minscores";
import { t } from "../../i18n";
import { subjectTitle, type DraftMinScore, type MinScoreField, type RowErrors } from "./validate";

const SUBJECTS = Object.keys(SUBJECT_TITLES) as ExamSubject[]; // ids only: names come from subjectTitle
const FIELDS: { field: MinScoreField; label: "ui.settings.from" | "ui.settings.to" | "ui.settings.certificate" | "ui.settings.university" }[] = [
  { field: "from", label: "ui.settings.from" },
  { field: "to", label: "ui.settings.to" },
  { field: "certificate", label: "ui.settings.certificate" },
  { field: "university", label: "ui.settings.university" },
];

const useStyles = makeStyles({
  list: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  top: { display: "flex", gap: tokens.spacingHorizontalXS, alignItems: "center" },
  subject: { flexGrow: 1, minWidth: 0 },
  grid: { display: "grid", gridTemplateColumns: "repeat(4, minmax(0, 1fr))", gap: tokens.spacingHorizontalXS },
  input: { width: "100%", minWidth: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
});

/** The row's problems in one line: narrow columns cannot hold a message each. */
function rowErrors(errors: RowErrors | undefined): string {
  if (!errors) return "";
  return FIELDS.filter(({ field }) => errors[field]).map(({ field, label }) => `${t(label)}: ${errors[field]}`).join("; ");
}

export interface MinScoresEditorProps {
  rows: DraftMinScore[];
  errors: RowErrors[];
  onChange(rows: DraftMinScore[]): void;
  disabled?: boolean;
}

export function MinScoresEditor({ rows, errors, onChange, disabled }: MinScoresEditorProps): JSX.Element {
  const styles = useStyles();
  const added = useRef<number | null>(null);
  const list = useRef<HTMLUListElement>(null);
  // A new row takes the focus so the keyboard user can type into it at once.
  useEffect(() => {
    if (added.current === null) return;
    list.current?.querySelector<HTMLElement>(`[data-row="${added.current}"] button`)?.focus();
    added.current = null;
  }, [rows]);

  const set = (id: number, part: Partial<DraftMinScore>): void => onChange(rows.map((r) => (r.id === id ? { ...r, ...part } : r)));
  const add = (): void => {
    const id = rows.reduce((max, r) => Math.max(max, r.id), 0) + 1;
    const year = String(new Date().getFullYear());
    added.current = id;
    onChange([...rows, { id, subject: "russian", from: year, to: year, certificate: "", university: "" }]);
  };

  return (
    <>
      <Caption1>{t("ui.settings.minScoresHint")}</Caption1>
      <ul ref={list} className={styles.list} data-testid="minscores">
        {rows.map((row, index) => {
          const subject = subjectTitle(row.subject);
          return (
            <li key={row.id} data-row={row.id} className={styles.row} role="group" aria-label={t("ui.settings.rowLabel", { row: index + 1, subject })}>
              <div className={styles.top}>
                <Dropdown size="small" className={styles.subject} disabled={disabled} value={subject} selectedOptions={[row.subject]}
                  aria-label={t("ui.settings.subjectOfRow", { row: index + 1 })}
                  onOptionSelect={(_, d) => d.optionValue && set(row.id, { subject: d.optionValue as ExamSubject })}>
                  {SUBJECTS.map((s) => <Option key={s} value={s}>{subjectTitle(s)}</Option>)}
                </Dropdown>
                <Button size="small" appearance="subtle" disabled={disabled} aria-label={t("ui.settings.removeRow", { row: index + 1, subject })}
                  onClick={() => onChange(rows.filter((r) => r.id !== row.id))}>
                  {t("ui.remove")}
                </Button>
              </div>
              <div className={styles.grid}>
                {FIELDS.map(({ field, label }) => (
                  <Field key={field} label={t(label)} size="small" validationState={errors[index]?.[field] ? "error" : "none"}>
                    <Input size="small" className={styles.input} inputMode="numeric" disabled={disabled} value={row[field]}
                      aria-describedby={errors[index]?.[field] ? `minscore-error-${row.id}` : undefined}
                      onChange={(_, d) => set(row.id, { [field]: d.value })} />
                  </Field>
                ))}
              </div>
              {rowErrors(errors[index]) && <Caption1 id={`minscore-error-${row.id}`} className={styles.error}>{rowErrors(errors[index])}</Caption1>}
            </li>
          );
        })}
      </ul>
      <div><Button size="small" disabled={disabled} onClick={add}>{t("ui.settings.addRow")}</Button></div>
    </>
  );
}
