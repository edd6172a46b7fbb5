/** Counts by status before anything is written, and the rules that could not run for lack of data. */
import { Caption1, makeStyles, MessageBar, MessageBarBody, MessageBarTitle, Spinner, Subtitle2, tokens } from "@fluentui/react-components";
import type { AppActions, ClassificationPreview } from "../../app/types";
import type { StatusCode, StatusLabels } from "../../core/classification/rules";
import { t } from "../../i18n";
import { ErrorCard } from "../components/ErrorCard";
import type { LivePreview } from "./useLivePreview";

const CODES: StatusCode[] = ["low_results", "adverse_social", "both", "none"];

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium, backgroundColor: tokens.colorNeutralBackground2,
  },
  head: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  heading: { margin: 0 },
  table: { borderCollapse: "collapse", width: "100%" },
  label: { textAlign: "start", fontWeight: tokens.fontWeightRegular, padding: `${tokens.spacingVerticalXXS} 0`, overflowWrap: "anywhere" },
  count: { textAlign: "end", fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums", paddingLeft: tokens.spacingHorizontalS },
  stale: { opacity: 0.6 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

function Counts({ preview, labels }: { preview: ClassificationPreview; labels: StatusLabels }): JSX.Element {
  const styles = useStyles();
  const rows: [string, string, number][] = [
    // The «none» label is often a dash (it reads well in a sheet cell, not as a row title here).
    ...CODES.map((code): [string, string, number] => [code, code === "none" ? t("ui.cls.noStatus") : labels[code] || code, preview.counts[code] ?? 0]),
    ["crisis", t("ui.cls.crisis"), preview.levels.crisis ?? 0],
    ["risk", t("ui.cls.risk"), preview.levels.risk ?? 0],
  ];
  return (
    <table className={styles.table}>
      <caption className={styles.label}>
        <Caption1>{t("ui.cls.previewFacts", { year: preview.year ?? "—", schools: preview.schools })}</Caption1>
      </caption>
      <tbody>
        {rows.map(([code, label, count]) => (
          <tr key={code}>
            <th scope="row" className={styles.label}>{label}</th>
            <td className={styles.count} data-testid={`count-${code}`}>{count}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface PreviewPanelProps {
  live: LivePreview;
  labels: StatusLabels;
  actions: AppActions;
}

export function PreviewPanel({ live, labels, actions }: PreviewPanelProps): JSX.Element {
  const styles = useStyles();
  const { preview, loading, error } = live;
  const skipped = preview?.rules.filter((r) => !r.applied) ?? [];
  return (
    <section className={styles.root} aria-labelledby="cls-preview-title" aria-busy={loading} data-testid="cls-preview">
      <div className={styles.head}>
        <Subtitle2 as="h2" id="cls-preview-title" className={styles.heading}>{t("ui.cls.previewTitle")}</Subtitle2>
        {loading && <Spinner size="extra-tiny" label={t("ui.cls.recounting")} labelPosition="before" />}
      </div>
      <Caption1>{t("ui.cls.previewNote")}</Caption1>
      {error && <ErrorCard error={error} actions={actions} autoFocus={false} />}
      {preview && (
        <div className={loading ? styles.stale : undefined} aria-live="polite">
          <Counts preview={preview} labels={labels} />
        </div>
      )}
      {!preview && !error && !loading && <Caption1>{t("ui.loading")}</Caption1>}
      {skipped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t("ui.cls.skippedTitle")}</MessageBarTitle>
            <ul className={styles.list} data-testid="cls-skipped">
              {skipped.map((rule) => (
                <li key={rule.id}>{t("ui.cls.skippedRule", { rule: rule.title, missing: rule.missing.join(", ") || "—" })}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}
