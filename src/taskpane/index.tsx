/** Task pane entry: renders inside Office.onReady under FluentProvider with the Office theme. */
import { createRoot } from "react-dom/client";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { App } from "./App";
import { localeFromLanguage, setLocale } from "../i18n";

function render(): void {
  const container = document.getElementById("root");
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>,
  );
}

// Outside Office (a plain browser) onReady still resolves, with host null.
if (typeof Office !== "undefined") {
  void Office.onReady(() => {
    setLocale(localeFromLanguage(Office.context?.displayLanguage));
    render();
  });
} else {
  render();
}
