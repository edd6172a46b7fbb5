/**
 * `classify <files...> [--preset NAME] [--settings file.json] [--year 2024] [--json]` and
 * `report <files...> --out report.xlsx [--preset NAME] [--settings file.json] [--year 2024]`: the
 * classification and every report sheet from department files, without Excel. Sources are only read.
 */
import * as path from "path";
import { classifyAndWrite, classifyFor } from "../app/classify";
import { importFiles, writeImport } from "../app/importData";
import { saveWorkbookSettings } from "../app/workbookSettings";
import type { ActionResult } from "../app/types";
import type { ClassificationResult } from "../core/classification/engine";
import { applyPreset, PRESET_NAMES } from "../core/classification/presets";
import { UserError } from "../core/errors";
import { readSettings, type Settings } from "../core/settings";
import type { ImportResult } from "../import/model";
import { t } from "../i18n";
import { optionValue, parseArgs, parseYear, type ParsedArgs } from "./args";
import { collectFiles, readBytes, refuseOverwrite } from "./nodeFiles";
import { withOutputWorkbook } from "./outputWorkbook";

const OPTIONS = { values: ["preset", "settings", "year", "out"], switches: ["json"] };

/** Settings from --settings (a JSON file, e.g. exported from a workbook), then --preset over its rules. */
async function cliSettings(parsed: ParsedArgs): Promise<Settings> {
  const file = optionValue(parsed, "settings");
  let settings = readSettings(null).settings;
  if (file) {
    const text = new TextDecoder().decode(await readBytes(file));
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      throw new UserError(t("app.cli.settingsNotJson", { file }), { file });
    }
    const read = readSettings(raw);
    if (read.fixed.length) console.error(t("app.cli.settingsFixed", { file, paths: read.fixed.join(", ") }));
    settings = read.settings;
  }
  const preset = optionValue(parsed, "preset");
  if (preset) settings = { ...settings, classification: applyPreset(preset, settings.classification) };
  return settings;
}

async function readSources(parsed: ParsedArgs, usage: string): Promise<{ files: string[]; imported: ImportResult }> {
  if (parsed.positional.length === 0) throw new UserError(`${usage}\n${t("app.cli.presets", { list: PRESET_NAMES.join(", ") })}`);
  const files = await collectFiles(parsed.positional);
  const inputs = await Promise.all(files.map(async (f) => ({ name: path.basename(f), bytes: await readBytes(f) })));
  const yearText = optionValue(parsed, "year");
  const imported = await importFiles(inputs, { defaultYear: yearText ? parseYear(yearText) : null });
  if (imported.dataset.records.length === 0) throw new UserError(t("app.cli.noSchools"));
  return { files, imported };
}

export async function classifyCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, OPTIONS);
  const settings = await cliSettings(parsed);
  const { imported } = await readSources(parsed, t("app.cli.classifyUsage"));
  const yearText = optionValue(parsed, "year");
  const result = classifyFor(imported.dataset, settings, yearText ? { year: parseYear(yearText) } : {});
  if (parsed.options.has("json")) console.log(JSON.stringify(classificationJson(result)));
  else printClassification(result);
  return 0;
}

/** The --json shape: one object per school with its status, label, level and reasons. */
export function classificationJson(result: ClassificationResult): unknown[] {
  return result.schools.map((s) => ({
    school: s.school,
    municipality: s.municipality,
    status: s.status,
    label: s.label,
    level: s.level,
    year: result.year,
    biased: s.biased,
    resilient: s.resilient,
    weakBlocks: s.weakBlocks,
    socialIndex: s.socialIndex,
    reasons: s.reasons.map((r) => ({ rule: r.rule, indicator: r.indicator, met: r.met, value: r.value, threshold: r.threshold, year: r.year, text: r.text })),
  }));
}

function printClassification(result: ClassificationResult): void {
  console.log(t("app.cli.rulesHeader"));
  for (const r of result.rules) {
    console.log(`  ${r.applied ? "✓" : "✗"} ${r.title}: ${t(r.applied ? "app.cli.ruleApplied" : "app.cli.ruleNotApplied")}${r.missing.length ? ` (${r.missing.join("; ")})` : ""}`);
  }
  console.log(`\n${t("app.cli.tableHeader")}`);
  for (const s of result.schools) {
    const met = s.reasons.filter((r) => r.met && r.indicator === null).map((r) => r.text);
    console.log(`${s.municipality ?? "—"} | ${s.school} | ${s.label} | ${t(`app.cli.level.${s.level}`)} | ${met.join("; ") || "—"}`);
  }
  const c = result.counts;
  console.log(`\n${result.year}: ${c.low_results} / ${c.adverse_social} / ${c.both} / ${c.none}`);
}

/** Import, classification and every report sheet into one workbook. */
export async function reportCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, OPTIONS);
  const out = optionValue(parsed, "out");
  if (!out) throw new UserError(t("app.cli.reportUsage"));
  const settings = await cliSettings(parsed);
  const { files, imported } = await readSources(parsed, t("app.cli.reportUsage"));
  refuseOverwrite([out, optionValue(parsed, "settings")], files);
  const yearText = optionValue(parsed, "year");
  const result = await withOutputWorkbook(out, (wb) => buildReportWorkbook(wb, imported, settings, yearText ? parseYear(yearText) : undefined));
  console.log(result.summary);
  for (const s of result.sheets) console.log(`  • ${s.title}`);
  for (const w of result.warnings) console.log(`  ! ${w}`);
  console.log(t("app.cli.saved", { file: out }));
  return 0;
}

/** The one-go report: data and import report, settings, register, summary, diagnostics, monitoring. */
export async function buildReportWorkbook(
  wb: Parameters<typeof writeImport>[0], imported: ImportResult, settings: Settings, year?: number,
): Promise<ActionResult> {
  const written = await writeImport(wb, imported);
  const { settings: stored } = readSettings(await wb.loadSettings());
  await saveWorkbookSettings(wb, { ...settings, mapping: stored.mapping });
  const classified = await classifyAndWrite(wb, { sheets: ["register", "summary", "diagnostics", "monitoring"], ...(year ? { year } : {}) });
  return {
    ...classified,
    sheets: [
      { link: { sheet: written.data.sheet }, title: written.data.sheet, rebuilt: written.replaced.data },
      { link: { sheet: written.report.sheet }, title: written.report.sheet, rebuilt: written.replaced.report },
      ...classified.sheets,
    ],
  };
}
