/**
 * `import <files or folders...> [--mapping profile.json] [--save-mapping profile.json] [--out data.xlsx]
 * [--year 2024] [--skip-bad] [--json]`: reads department workbooks and CSV exports, consolidates them,
 * prints a Russian summary (or one JSON object with --json), writes «Данные» and «Отчёт об импорте» to
 * --out (a new workbook, or an existing one whose add-in sheets are replaced). Sources are only read.
 */
import * as path from "path";
import { UserError } from "../core/errors";
import type { ImportIssue } from "../core/records";
import { importFiles, summarizeImport, writeImport } from "../app/importData";
import { parseProfile } from "../import/profile";
import type { ImportResult } from "../import/model";
import { t } from "../i18n";
import { withOutputWorkbook } from "./outputWorkbook";
import { optionValue, parseArgs, parseYear } from "./args";
import { collectFiles, exists, readBytes, refuseOverwrite, writeFileSafely } from "./nodeFiles";

const SHOWN_ISSUES = 20;

export async function importCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ["mapping", "save-mapping", "out", "year"], switches: ["json", "skip-bad"] });
  if (parsed.positional.length === 0) {
    console.error(t("import.cli.usage"));
    return 2;
  }
  const files = await collectFiles(parsed.positional);
  if (files.length === 0) throw new UserError(t("import.cli.noFiles", { paths: parsed.positional.join(", ") }));
  const out = optionValue(parsed, "out");
  const saveMapping = optionValue(parsed, "save-mapping");
  refuseOverwrite([out, saveMapping], files);
  if (saveMapping && !/\.json$/i.test(saveMapping) && (await exists(saveMapping))) {
    throw new UserError(t("app.cli.mappingNotJson", { file: saveMapping }), { file: saveMapping });
  }

  const mappingFile = optionValue(parsed, "mapping");
  const mapping = mappingFile ? parseProfile(new TextDecoder().decode(await readBytes(mappingFile)), mappingFile) : null;
  const yearText = optionValue(parsed, "year");
  const inputs = await Promise.all(files.map(async (file) => ({ name: path.basename(file), bytes: await readBytes(file) })));
  const result = await importFiles(inputs, { mapping, defaultYear: yearText ? parseYear(yearText) : null, onBadFile: parsed.options.has("skip-bad") ? "skip" : "stop" });

  if (saveMapping) await writeFileSafely(saveMapping, `${JSON.stringify(result.mapping, null, 2)}\n`);
  if (out && result.dataset.records.length > 0) await withOutputWorkbook(out, (workbook) => writeImport(workbook, result));

  if (parsed.options.has("json")) console.log(JSON.stringify(toJson(result)));
  else printSummary(result, out, saveMapping);
  return result.dataset.records.length > 0 ? 0 : 1;
}

/** The --json object: schools with their values by indicator id (shares as fractions), columns, report lines. */
export function toJson(result: ImportResult): { schools: unknown[]; columns: unknown[]; issues: ImportIssue[] } {
  return {
    schools: result.dataset.records.map((r) => ({ name: r.school, municipality: r.municipality, year: r.year, key: r.key, values: r.values })),
    columns: result.dataset.columns,
    issues: result.issues,
  };
}

function printSummary(result: ImportResult, out: string | undefined, saveMapping: string | undefined): void {
  console.log(summarizeImport(result));
  const serious = result.issues.filter((i) => i.severity !== "info");
  if (serious.length) {
    console.log(`\n${t("import.cli.issues", { shown: Math.min(SHOWN_ISSUES, serious.length), total: serious.length })}`);
    for (const i of serious.slice(0, SHOWN_ISSUES)) console.log(`  ${i.severity === "error" ? "✗" : "!"} ${i.message}`);
  }
  if (result.dataset.records.length === 0) console.log(`\n${t("import.cli.nothingWritten")}`);
  else if (out) console.log(`\n${t("import.cli.written", { file: out })}`);
  else console.log(`\n${t("import.cli.hintOut")}`);
  if (saveMapping) console.log(t("import.cli.mappingSaved", { file: saveMapping }));
}
