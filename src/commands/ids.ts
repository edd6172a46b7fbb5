/**
 * Ribbon command ids (FunctionName in manifest.xml). Kept apart from the commands themselves so the task
 * pane's first bundle can associate every button at start-up and load the use cases only on a click.
 */
import { t, type MessageKey } from "../i18n";
import { publishOutcome } from "./outcome";

export const RIBBON_COMMAND_IDS = [
  "importData", "classifySchools", "buildRiskProfile", "buildTargets", "buildRoadmap", "buildSummary", "buildDiagnostics", "buildMonitoring",
] as const;
export type RibbonCommandId = (typeof RIBBON_COMMAND_IDS)[number];

/** What each button is called in results and errors (the manifest has the ribbon's own strings). */
export const RIBBON_LABELS: Record<RibbonCommandId, MessageKey> = {
  importData: "app.ribbon.import", classifySchools: "app.ribbon.classify", buildRiskProfile: "app.ribbon.risk", buildTargets: "app.ribbon.targets",
  buildRoadmap: "app.ribbon.roadmap", buildSummary: "app.ribbon.summary", buildDiagnostics: "app.ribbon.diagnostics", buildMonitoring: "app.ribbon.monitoring",
};

export interface RibbonHost {
  associate(id: string, handler: (event: { completed(): void }) => Promise<void>): void;
  showPane(): Promise<void>;
}

/**
 * Associates every button with a handler that loads the commands chunk and runs it. The commands report
 * their own errors; a failure before they run (the chunk did not load) is published here. The event
 * always completes, or Excel would keep the button busy.
 */
export function associateRibbon(host: RibbonHost, run: (id: RibbonCommandId, showPane: () => Promise<void>) => Promise<void>): void {
  for (const id of RIBBON_COMMAND_IDS) {
    host.associate(id, async (event) => {
      try {
        await run(id, () => host.showPane());
      } catch (error) {
        const message = t("app.ribbon.internal", { message: error instanceof Error ? error.message : String(error) });
        publishOutcome({ command: id, title: t(RIBBON_LABELS[id]), error: { message }, at: Date.now() });
        await host.showPane().catch(() => undefined);
      } finally {
        event.completed();
      }
    });
  }
}
