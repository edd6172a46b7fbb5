/** Picks a catalogue indicator (or «не сопоставлять»): a combobox that filters as the user types. */
import { useMemo, useState } from "react";
import { Combobox, makeStyles, Option, OptionGroup } from "@fluentui/react-components";
import { CATALOGUE, indicatorById } from "../../core/catalogue";
import type { Indicator, IndicatorGroup } from "../../core/catalogue/types";
import { getLocale, t, type MessageKey } from "../../i18n";

export const NO_MATCH = "__none__";

const GROUP_KEYS: Record<IndicatorGroup, MessageKey> = {
  identity: "ui.group.identity",
  results: "ui.group.results",
  extracurricular: "ui.group.extracurricular",
  social: "ui.group.social",
  staff: "ui.group.staff",
  conditions: "ui.group.conditions",
  program: "ui.group.program",
  risk: "ui.group.risk",
};

const useStyles = makeStyles({
  root: { width: "100%", minWidth: 0 },
  listbox: { maxHeight: "320px", maxWidth: "calc(100vw - 24px)" },
});

const fold = (text: string): string => text.toLowerCase().replace(/ё/g, "е");

export function indicatorTitle(id: string): string {
  const indicator = indicatorById(id);
  return indicator ? indicator.title[getLocale()] : id;
}

/** Every word of the query must appear in the indicator's titles, id or header synonyms. */
function matches(indicator: Indicator, words: string[]): boolean {
  const haystack = fold([indicator.title.ru, indicator.title.en, indicator.short ?? "", indicator.id, ...indicator.synonyms].join(" "));
  return words.every((w) => haystack.includes(w));
}

export interface IndicatorPickerProps {
  value: string | null;
  onChange(id: string | null): void;
  /** Accessible name: which column or factor this picks for. */
  label: string;
  indicators?: readonly Indicator[];
  allowNone?: boolean;
  disabled?: boolean;
  testId?: string;
}

export function IndicatorPicker(props: IndicatorPickerProps): JSX.Element {
  const { value, onChange, label, indicators = CATALOGUE, allowNone = true, disabled, testId } = props;
  const styles = useStyles();
  // null while the user is not typing: the box shows the current choice and the list shows everything.
  const [query, setQuery] = useState<string | null>(null);
  const noneText = t("ui.mapping.none");
  const selectedText = value === null ? (allowNone ? noneText : "") : indicatorTitle(value);

  const groups = useMemo(() => {
    const words = fold(query ?? "").split(/\s+/).filter(Boolean);
    const byGroup = new Map<IndicatorGroup, Indicator[]>();
    for (const indicator of indicators) {
      if (words.length > 0 && !matches(indicator, words)) continue;
      const list = byGroup.get(indicator.group) ?? [];
      list.push(indicator);
      byGroup.set(indicator.group, list);
    }
    return [...byGroup.entries()];
  }, [indicators, query]);

  const locale = getLocale();
  return (
    <Combobox
      className={styles.root}
      aria-label={label}
      data-testid={testId}
      size="small"
      disabled={disabled}
      value={query ?? selectedText}
      // Long titles are cut at pane width: the whole one shows on hover.
      title={selectedText}
      selectedOptions={[value ?? NO_MATCH]}
      onChange={(event) => setQuery(event.target.value)}
      onOptionSelect={(_, data) => {
        // Typing text that matches no option makes Fluent clear the selection (no optionValue): the
        // user is still searching, so the query stays and the current match is kept.
        if (data.optionValue === undefined || data.optionValue === "__nothing__") return;
        setQuery(null);
        onChange(data.optionValue === NO_MATCH ? null : data.optionValue);
      }}
      onOpenChange={(_, data) => {
        if (!data.open) setQuery(null);
      }}
      listbox={{ className: styles.listbox }}
      expandIcon={{ "aria-label": t("ui.combobox.open", { label }) }}
    >
      {allowNone && <Option value={NO_MATCH}>{noneText}</Option>}
      {groups.map(([group, list]) => (
        <OptionGroup key={group} label={t(GROUP_KEYS[group])}>
          {list.map((indicator) => (
            <Option key={indicator.id} value={indicator.id}>{indicator.title[locale]}</Option>
          ))}
        </OptionGroup>
      ))}
      {groups.length === 0 && query && <Option value="__nothing__" disabled>{t("ui.mapping.nothingFound")}</Option>}
    </Combobox>
  );
}
