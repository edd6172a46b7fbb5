/** Program facts used on every generated sheet, and the templates the ribbon's one-click builds use. */
import { Dropdown, Field, Input, makeStyles, Option, Subtitle2, Textarea, tokens } from "@fluentui/react-components";
import type { AppActions } from "../../app/types";
import type { ProgramInfo } from "../../core/settings";
import { t } from "../../i18n";
import { NumberField } from "../components/NumberField";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  pair: { display: "grid", gridTemplateColumns: "1fr 1fr", gap: tokens.spacingHorizontalS, alignItems: "end" },
  full: { width: "100%", minWidth: 0 },
});

type Templates = ReturnType<AppActions["templates"]>;

function TemplateDefault({ label, list, value, onChange, disabled }: { label: string; list: Templates; value: string; onChange(id: string): void; disabled?: boolean }): JSX.Element | null {
  const styles = useStyles();
  if (list.length === 0) return null;
  const chosen = list.find((x) => x.id === value);
  return (
    <Field label={label} size="small" hint={chosen ? `${chosen.source} · ${chosen.years}` : undefined}>
      <Dropdown size="small" className={styles.full} disabled={disabled} value={chosen?.title ?? value} selectedOptions={[value]}
        onOptionSelect={(_, d) => d.optionValue && onChange(d.optionValue)}>
        {list.map((x) => <Option key={x.id} value={x.id}>{x.title}</Option>)}
      </Dropdown>
    </Field>
  );
}

export interface ProgramSectionProps {
  program: ProgramInfo;
  templates: Templates;
  error: string | null;
  onChange(part: Partial<ProgramInfo>): void;
  disabled?: boolean;
}

export function ProgramSection({ program, templates, error, onChange, disabled }: ProgramSectionProps): JSX.Element {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="settings-program">
      <Subtitle2 as="h2" id="settings-program" className={styles.heading}>{t("ui.settings.program")}</Subtitle2>
      <div className={styles.pair}>
        <NumberField label={t("ui.settings.fromYear")} min={1990} max={2100} value={program.fromYear} disabled={disabled}
          onChange={(v) => v !== null && onChange({ fromYear: Math.round(v) })} />
        <NumberField label={t("ui.settings.toYear")} min={1990} max={2100} value={program.toYear} disabled={disabled}
          error={error ?? undefined} onChange={(v) => v !== null && onChange({ toYear: Math.round(v) })} />
      </div>
      <Field label={t("ui.settings.region")} size="small">
        <Input size="small" value={program.region} disabled={disabled} onChange={(_, d) => onChange({ region: d.value })} />
      </Field>
      <Field label={t("ui.settings.department")} size="small">
        <Input size="small" value={program.department} disabled={disabled} onChange={(_, d) => onChange({ department: d.value })} />
      </Field>
      <Field label={t("ui.settings.appendix")} hint={t("ui.settings.appendixHint")} size="small">
        <Textarea size="small" resize="vertical" value={program.appendixTo} disabled={disabled} onChange={(_, d) => onChange({ appendixTo: d.value })} />
      </Field>
      <TemplateDefault label={t("ui.settings.targetTemplate")} list={templates.filter((x) => x.kind === "targets")} value={program.targetTemplate}
        disabled={disabled} onChange={(targetTemplate) => onChange({ targetTemplate })} />
      <TemplateDefault label={t("ui.settings.roadmapTemplate")} list={templates.filter((x) => x.kind === "roadmap")} value={program.roadmapTemplate}
        disabled={disabled} onChange={(roadmapTemplate) => onChange({ roadmapTemplate })} />
    </section>
  );
}
