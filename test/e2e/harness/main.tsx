/**
 * Browser harness: the real task pane over the fake AppActions (test/taskpane/fakeActions.ts), so the
 * views can be driven and screenshotted without Excel, ExcelJS or a build of src/app.
 * Query: mode=excel|standalone, lang=en, data (workbook has data), classified, stepMs=N, broken (settings), failReports.
 */
import "../../../src/i18n/all";
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App, type ViewId } from "../../../src/taskpane/App";
import { setLocale } from "../../../src/i18n";
import { createFakeActions } from "../../taskpane/fakeActions";

const params = new URLSearchParams(location.search);
setLocale(params.get("lang") === "en" ? "en" : "ru");
const actions = createFakeActions({
  mode: params.get("mode") === "standalone" ? "standalone" : "excel",
  stepMs: Number(params.get("stepMs") ?? 150),
  hasData: params.has("data"),
  hasClassification: params.has("classified"),
  storedSettings: params.has("broken") ? { program: { fromYear: "2024" }, minScores: [{ subject: "латынь" }] } : undefined,
  failReports: params.has("failReports"),
});
(window as unknown as { fakeActions: typeof actions }).fakeActions = actions;

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme}>
      <App actions={actions} initialView={(params.get("view") as ViewId | null) ?? "data"} />
    </FluentProvider>,
  );
}
