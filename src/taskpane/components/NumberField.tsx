/** A labelled number input (Fluent SpinButton) that accepts a decimal comma; shares are edited as percent. */
import { Field, SpinButton, type SpinButtonOnChangeData } from "@fluentui/react-components";
import { getLocale } from "../../i18n";
import { useControlStyles } from "./styles";

export interface NumberFieldProps {
  label: string;
  value: number | null;
  onChange(value: number | null): void;
  min?: number;
  max?: number;
  step?: number;
  /** Value is a fraction 0..1 edited as percent 0..100. */
  percent?: boolean;
  allowEmpty?: boolean;
  hint?: string;
  error?: string;
  disabled?: boolean;
  testId?: string;
}

/** "64,5", "64.5 %", " 2 024 " -> number; null for blank or unreadable text. */
export function parseNumberText(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f%]/g, "").replace(",", ".");
  if (cleaned === "") return null;
  const n = Number(cleaned);
  return Number.isFinite(n) ? n : null;
}

const round = (n: number): number => Math.round(n * 1e6) / 1e6;

/** 0.9 -> "0,9" in Russian; years stay "2024" (no grouping). */
export function formatNumber(n: number): string {
  return n.toLocaleString(getLocale() === "ru" ? "ru-RU" : "en-US", { maximumFractionDigits: 4, useGrouping: false });
}

export function NumberField(props: NumberFieldProps): JSX.Element {
  const { label, value, onChange, min, max, step = 1, percent = false, allowEmpty = false, hint, error, disabled, testId } = props;
  const controls = useControlStyles();
  const shown = value === null ? null : percent ? round(value * 100) : value;

  const handle = (_: unknown, data: SpinButtonOnChangeData): void => {
    let next = data.value !== undefined ? data.value : data.displayValue !== undefined ? parseNumberText(data.displayValue) : null;
    if (next === null) {
      // Blank: keep the old value unless the field may be empty (a missing minimum score).
      if (allowEmpty) onChange(null);
      return;
    }
    if (min !== undefined) next = Math.max(min, next);
    if (max !== undefined) next = Math.min(max, next);
    onChange(percent ? round(next / 100) : next);
  };

  return (
    <Field label={label} hint={hint} validationMessage={error} validationState={error ? "error" : "none"} size="small">
      <SpinButton className={controls.full} value={shown} displayValue={shown === null ? "" : formatNumber(shown)} onChange={handle} min={min} max={max} step={step} disabled={disabled} size="small"
        data-testid={testId} input={{ inputMode: "decimal" }} />
    </Field>
  );
}
