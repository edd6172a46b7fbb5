/**
 * The task pane shell: header, the workflow's views (data → classification → reports, then settings and
 * the function reference) and nothing else. Everything it does goes through the AppActions prop.
 */
import { useState } from "react";
import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import type { AppActions } from "../app/types";
import { FUNCTIONS } from "../functions/registry";
import { getLocale, t, type MessageKey } from "../i18n";
import { ClassificationView } from "./classification/ClassificationView";
import { DataView } from "./data/DataView";
import { FunctionReference } from "./FunctionReference";
import { Header } from "./Header";
import { LastCommand } from "./LastCommand";
import { ReportsView } from "./reports/ReportsView";
import { SettingsView } from "./settings/SettingsView";

export type ViewId = "data" | "classification" | "reports" | "settings" | "functions";

const VIEWS: { id: ViewId; label: MessageKey }[] = [
  { id: "data", label: "ui.nav.data" },
  { id: "classification", label: "ui.nav.classification" },
  { id: "reports", label: "ui.nav.reports" },
  { id: "settings", label: "ui.nav.settings" },
  { id: "functions", label: "ui.nav.functions" },
];

const useStyles = makeStyles({
  root: {
    display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minHeight: "100vh", boxSizing: "border-box",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`, backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1, minWidth: 0,
  },
  // Five tabs do not fit 320 px on one line: they wrap to a second row instead of scrolling out of sight.
  tabs: { flexWrap: "wrap", rowGap: 0, marginLeft: `calc(-1 * ${tokens.spacingHorizontalS})` },
  nav: { borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  panel: { minWidth: 0, outline: "none" },
});

export interface AppProps {
  actions: AppActions;
  initialView?: ViewId;
}

function renderView(id: ViewId, actions: AppActions, active: boolean): JSX.Element {
  switch (id) {
    case "data":
      return <DataView actions={actions} active={active} />;
    case "classification":
      return <ClassificationView actions={actions} active={active} />;
    case "reports":
      return <ReportsView actions={actions} active={active} />;
    case "settings":
      return <SettingsView actions={actions} active={active} />;
    case "functions":
      return <FunctionReference functions={FUNCTIONS} locale={getLocale()} />;
  }
}

export function App({ actions, initialView = "data" }: AppProps): JSX.Element {
  const styles = useStyles();
  const [view, setView] = useState<ViewId>(initialView);
  // Views are mounted on first visit and kept, so switching tabs never loses a half-done mapping.
  const [visited, setVisited] = useState<Set<ViewId>>(() => new Set([initialView]));
  const [label, setLabel] = useState(() => actions.workbookLabel());
  // Standalone: opening another workbook starts every view over.
  const [generation, setGeneration] = useState(0);

  const select = (id: ViewId): void => {
    setView(id);
    setVisited((old) => (old.has(id) ? old : new Set(old).add(id)));
  };

  const workbookChanged = (): void => {
    setLabel(actions.workbookLabel());
    setVisited(new Set([view]));
    setGeneration((g) => g + 1);
  };

  return (
    <div className={styles.root}>
      <Header actions={actions} label={label} onWorkbookChanged={workbookChanged} />
      {actions.mode === "excel" ? <LastCommand actions={actions} /> : null}
      <nav className={styles.nav} aria-label={t("ui.nav.label")}>
        <TabList className={styles.tabs} size="small" selectedValue={view} onTabSelect={(_, d) => select(d.value as ViewId)}>
          {VIEWS.map((v) => (
            <Tab key={v.id} value={v.id} id={`tab-${v.id}`} aria-controls={visited.has(v.id) ? `panel-${v.id}` : undefined} data-testid={`tab-${v.id}`}>{t(v.label)}</Tab>
          ))}
        </TabList>
      </nav>
      <main key={generation}>
        {VIEWS.filter((v) => visited.has(v.id)).map((v) => (
          <section key={v.id} id={`panel-${v.id}`} role="tabpanel" aria-labelledby={`tab-${v.id}`} hidden={v.id !== view} className={styles.panel}>
            {renderView(v.id, actions, v.id === view)}
          </section>
        ))}
      </main>
    </div>
  );
}
