/** Building blocks shared by the classification parameter forms. */
import type { ReactNode } from "react";
import { AccordionHeader, AccordionItem, AccordionPanel, makeStyles, Switch, tokens } from "@fluentui/react-components";
import type { ClassificationSettings } from "../../core/classification/settings";

export interface FormProps {
  value: ClassificationSettings;
  onChange(next: ClassificationSettings): void;
  disabled?: boolean;
}

/** Object-valued parameters of ClassificationSettings (the rules), patched one part at a time. */
export type RuleKey = { [K in keyof ClassificationSettings]: ClassificationSettings[K] extends object ? K : never }[keyof ClassificationSettings];

export function patchRule<K extends RuleKey>(
  props: FormProps,
  key: K,
  part: Partial<ClassificationSettings[K]>,
): void {
  props.onChange({ ...props.value, [key]: { ...props.value[key], ...part } });
}

export const useFormStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, paddingBottom: tokens.spacingVerticalM },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS, alignItems: "end" },
  hint: { color: tokens.colorNeutralForeground3 },
  headerText: { display: "flex", flexDirection: "column", textAlign: "start" },
  off: { color: tokens.colorNeutralForeground3, fontWeight: tokens.fontWeightRegular },
});

export interface RuleSectionProps {
  value: string;
  title: string;
  /** Present when the rule can be switched off. */
  enabled?: boolean;
  onToggle?(enabled: boolean): void;
  toggleLabel?: string;
  offText?: string;
  disabled?: boolean;
  children: ReactNode;
}

/** One accordion section; a rule that is off says so in its header so the list reads at a glance. */
export function RuleSection(props: RuleSectionProps): JSX.Element {
  const styles = useFormStyles();
  const { value, title, enabled, onToggle, toggleLabel, offText, disabled, children } = props;
  return (
    <AccordionItem value={value}>
      <AccordionHeader size="small">
        <span className={styles.headerText}>
          {title}
          {enabled === false && offText && <span className={styles.off}>{offText}</span>}
        </span>
      </AccordionHeader>
      <AccordionPanel>
        <div className={styles.panel}>
          {onToggle && toggleLabel && (
            <Switch checked={enabled === true} label={toggleLabel} disabled={disabled} onChange={(_, d) => onToggle(d.checked)} />
          )}
          {children}
        </div>
      </AccordionPanel>
    </AccordionItem>
  );
}
