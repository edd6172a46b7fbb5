/** Per source table, its columns: header, sample values, the matched indicator (editable), confidence. */
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Caption1, makeStyles, Text, tokens,
} from "@fluentui/react-components";
import type { ColumnMatchView, TablePreview } from "../../app/types";
import { getLocale, t } from "../../i18n";
import { IndicatorPicker } from "../components/IndicatorPicker";

const useStyles = makeStyles({
  columns: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  column: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  header: { overflowWrap: "anywhere", flexGrow: 1, minWidth: 0 },
  sample: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  tableTitle: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere", textAlign: "start" },
});

function formatSample(value: ColumnMatchView["sample"][number]): string {
  if (value === null || value === "") return "—";
  if (typeof value === "boolean") return value ? t("ui.yes") : t("ui.no");
  if (typeof value === "number") return value.toLocaleString(getLocale() === "ru" ? "ru-RU" : "en-US");
  return value;
}

export function ConfidenceBadge({ column }: { column: ColumnMatchView }): JSX.Element {
  if (column.indicatorId === null) {
    return <Badge size="small" appearance="outline" color="subtle">{t("ui.mapping.unmatched")}</Badge>;
  }
  const percent = Math.round(column.confidence * 100);
  const color = column.confidence >= 0.9 ? "success" : column.confidence >= 0.6 ? "warning" : "danger";
  const label = t("ui.mapping.confidence", { percent });
  return <Badge size="small" appearance="tint" color={color} aria-label={label} title={label}>{`${percent} %`}</Badge>;
}

export function tableTitle(table: TablePreview): string {
  return [table.file, table.sheet, table.range].filter(Boolean).join(" / ");
}

export interface MappingEditorProps {
  tables: TablePreview[];
  onMatch(column: ColumnMatchView, indicator: string | null): void;
  disabled?: boolean;
}

export function MappingEditor({ tables, onMatch, disabled }: MappingEditorProps): JSX.Element {
  const styles = useStyles();
  return (
    <Accordion multiple collapsible defaultOpenItems={tables.length > 0 ? [0] : []} data-testid="mapping-editor">
      {tables.map((table, index) => {
        const matched = table.columns.filter((c) => c.indicatorId !== null).length;
        const facts = [
          table.kind === "passport" ? t("ui.mapping.kindPassport") : t("ui.mapping.kindTable"),
          table.year !== null ? String(table.year) : null,
          t("ui.mapping.rows", { rows: table.rows }),
          t("ui.mapping.matched", { matched, total: table.columns.length }),
        ].filter(Boolean).join(" · ");
        return (
          <AccordionItem key={`${table.file}|${table.sheet}|${table.range}`} value={index}>
            <AccordionHeader size="small">
              <span className={styles.tableTitle}>
                <Text weight="semibold">{tableTitle(table)}</Text>
                <Caption1>{facts}</Caption1>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.columns}>
                {table.columns.map((column) => {
                  const header = column.header || t("ui.mapping.noHeader");
                  const sample = column.sample.slice(0, 3).map(formatSample).join("; ");
                  return (
                    <li key={column.cell} className={styles.column} data-testid="mapping-column" data-header={column.normalized}>
                      <div className={styles.head}>
                        <Text weight="semibold" className={styles.header}>{header}</Text>
                        <Caption1>{column.year !== null ? `${column.cell} · ${column.year}` : column.cell}</Caption1>
                        <ConfidenceBadge column={column} />
                      </div>
                      {sample && <Caption1 className={styles.sample}>{t("ui.mapping.sample", { values: sample })}</Caption1>}
                      <IndicatorPicker value={column.indicatorId} disabled={disabled} testId="mapping-picker"
                        label={t("ui.mapping.pickFor", { header })} onChange={(id) => onMatch(column, id)} />
                    </li>
                  );
                })}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
}
