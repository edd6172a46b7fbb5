/**
 * Status labels the STATUS function returns: the workbook's («ШНРО», «ШФНСУ» in some regions) once
 * known, the defaults until then. The custom functions and the task pane are separate bundles in one
 * shared runtime, so the labels live on the runtime's global object, under one documented key: the pane
 * publishes them when it loads or saves settings, the functions script when it starts in Excel.
 */
import { DEFAULT_STATUS_LABELS, type StatusCode, type StatusLabels } from "../core/classification/rules";

const KEY = "__schoolQualityStatusLabels";
type Holder = { [KEY]?: StatusLabels };

const CODES: readonly StatusCode[] = ["low_results", "adverse_social", "both", "none"];

export function currentStatusLabels(): StatusLabels {
  return (globalThis as Holder)[KEY] ?? DEFAULT_STATUS_LABELS;
}

/** Takes labels that have a text for every status code; anything else keeps the current ones. */
export function publishStatusLabels(labels: unknown): void {
  if (typeof labels !== "object" || labels === null) return;
  const l = labels as Record<string, unknown>;
  if (!CODES.every((c) => typeof l[c] === "string" && (l[c] as string).trim() !== "")) return;
  (globalThis as Holder)[KEY] = Object.fromEntries(CODES.map((c) => [c, l[c] as string])) as StatusLabels;
}
