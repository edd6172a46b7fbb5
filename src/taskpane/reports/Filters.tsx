/** Municipality and school filters shared by the per-school reports. */
import { useMemo, useState } from "react";
import { Button, Caption1, Combobox, Dropdown, Field, makeStyles, Option, tokens } from "@fluentui/react-components";
import type { ReportContext } from "../../app/types";
import { t } from "../../i18n";

export interface ReportFilter {
  municipality: string | null;
  schools: string[];
}

const ALL = "__all__";
const SHOWN = 100;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  full: { width: "100%", minWidth: 0 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  listbox: { maxHeight: "300px" },
});

const fold = (text: string): string => text.toLowerCase().replace(/ё/g, "е");

export function Filters({ context, value, onChange, disabled }: { context: ReportContext; value: ReportFilter; onChange(next: ReportFilter): void; disabled?: boolean }): JSX.Element {
  const styles = useStyles();
  const [query, setQuery] = useState("");
  const inMunicipality = useMemo(
    () => context.schools.filter((s) => value.municipality === null || s.municipality === value.municipality),
    [context.schools, value.municipality],
  );
  const shown = useMemo(() => {
    const words = fold(query).split(/\s+/).filter(Boolean);
    return inMunicipality.filter((s) => words.every((w) => fold(s.name).includes(w))).slice(0, SHOWN);
  }, [inMunicipality, query]);

  const setMunicipality = (municipality: string | null): void => {
    const keep = new Set(context.schools.filter((s) => municipality === null || s.municipality === municipality).map((s) => s.key));
    onChange({ municipality, schools: value.schools.filter((k) => keep.has(k)) });
  };

  return (
    <div className={styles.root}>
      {context.municipalities.length > 0 && (
        <Field label={t("ui.reports.municipality")}>
          <Dropdown size="small" className={styles.full} disabled={disabled} value={value.municipality ?? t("ui.reports.allMunicipalities")}
            selectedOptions={[value.municipality ?? ALL]} onOptionSelect={(_, d) => setMunicipality(d.optionValue === ALL || !d.optionValue ? null : d.optionValue)}>
            <Option value={ALL}>{t("ui.reports.allMunicipalities")}</Option>
            {context.municipalities.map((m) => <Option key={m} value={m}>{m}</Option>)}
          </Dropdown>
        </Field>
      )}
      {context.schools.length > 0 && (
        <Field label={t("ui.reports.schools")} hint={value.schools.length === 0 ? t("ui.reports.allSchools") : t("ui.reports.schoolsChosen", { count: value.schools.length })}>
          <Combobox size="small" className={styles.full} multiselect disabled={disabled} placeholder={t("ui.reports.findSchool")}
            value={query} selectedOptions={value.schools} listbox={{ className: styles.listbox }}
            expandIcon={{ "aria-label": t("ui.combobox.open", { label: t("ui.reports.schools") }) }}
            onChange={(e) => setQuery(e.target.value)} onOpenChange={(_, d) => !d.open && setQuery("")}
            onOptionSelect={(_, d) => onChange({ ...value, schools: d.selectedOptions })}>
            {shown.map((s) => <Option key={s.key} value={s.key}>{s.name}</Option>)}
            {shown.length === 0 && <Option value="__nothing__" disabled>{t("ui.mapping.nothingFound")}</Option>}
          </Combobox>
        </Field>
      )}
      {value.schools.length > 0 && (
        <div className={styles.row}>
          <Caption1>{context.schools.filter((s) => value.schools.includes(s.key)).map((s) => s.name).slice(0, 5).join("; ")}{value.schools.length > 5 ? " …" : ""}</Caption1>
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onChange({ ...value, schools: [] })}>{t("ui.reports.clearSchools")}</Button>
        </div>
      )}
    </div>
  );
}
