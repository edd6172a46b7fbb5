/**
 * `templates`, `targets (--template ID | <file>) --out file.xlsx [--years 2021-2024]`,
 * `roadmap (--template ID | <file>) --out file.xlsx [--year 2020] [--years 2020-2022]`,
 * `risk-profile --out file.xlsx`: the sheet-building use cases on a workbook file.
 */
import * as path from "path";
import { buildRiskProfile, buildRoadmap } from "../app/roadmap";
import { buildTargets } from "../app/targets";
import { readUserList } from "../app/userLists";
import { UserError } from "../core/errors";
import { listTemplates } from "../core/templates";
import { CATALOGUE } from "../core/catalogue";
import { getLocale, t } from "../i18n";
import { optionValue, parseArgs, parseYear, parseYears } from "./args";
import { readBytes, refuseOverwrite } from "./nodeFiles";
import { printResult, withOutputWorkbook } from "./outputWorkbook";

export function templatesCommand(args: string[]): number {
  const parsed = parseArgs(args, { switches: ["json"] });
  const list = listTemplates();
  if (parsed.options.has("json")) {
    console.log(JSON.stringify(list, null, 2));
    return 0;
  }
  const width = Math.max(...list.map((x) => x.id.length));
  for (const kind of ["targets", "roadmap"] as const) {
    console.log(t(kind === "targets" ? "app.cli.targetTemplates" : "app.cli.roadmapTemplates"));
    for (const x of list.filter((l) => l.kind === kind)) {
      console.log(`  ${x.id.padEnd(width)}  ${x.title.ru} (${x.years.from}–${x.years.to}); ${x.source}`);
    }
  }
  console.log(t("app.cli.risksSource"));
  return 0;
}

function requireOut(out: string | undefined, usage: string): string {
  if (!out) throw new UserError(usage);
  return out;
}

/** Reads a user's own list (targets or plan) from a file: its first sheet with a recognisable table. */
async function userListFrom(file: string, kind: "targets" | "roadmap", lastYear?: number) {
  return readUserList({ name: path.basename(file), bytes: await readBytes(file) }, kind, lastYear ? { lastYear } : {});
}

export async function targetsCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ["template", "indicators", "out", "years"], switches: [] });
  const out = requireOut(optionValue(parsed, "out"), t("app.cli.targetsUsage"));
  const template = optionValue(parsed, "template");
  const indicators = optionValue(parsed, "indicators")?.split(/[,;\s]+/).filter(Boolean);
  const [file, ...extra] = parsed.positional;
  if ((template ? 1 : 0) + (file ? 1 : 0) + (indicators ? 1 : 0) !== 1 || extra.length) throw new UserError(t("app.cli.targetsUsage"));
  const yearsText = optionValue(parsed, "years");
  const years = yearsText ? parseYears(yearsText) : undefined;
  refuseOverwrite([out], file ? [file] : []);
  const list = file ? await userListFrom(file, "targets", years?.[1]) : undefined;
  const result = await withOutputWorkbook(out, (wb) =>
    buildTargets(wb, {
      ...(template ? { template } : {}),
      ...(indicators ? { indicators } : {}),
      ...(list?.kind === "targets" ? { goals: list.goals, goalsSource: list.source } : {}),
      ...(years ? { fromYear: years[0], toYear: years[1] } : {}),
    }),
  );
  for (const w of list?.warnings ?? []) console.log(`  ! ${w}`);
  printResult(result, out);
  return 0;
}

export async function roadmapCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ["template", "out", "year", "years"], switches: [] });
  const out = requireOut(optionValue(parsed, "out"), t("app.cli.roadmapUsage"));
  const template = optionValue(parsed, "template");
  const [file, ...extra] = parsed.positional;
  if ((template ? 1 : 0) + (file ? 1 : 0) !== 1 || extra.length) throw new UserError(t("app.cli.roadmapUsage"));
  const yearText = optionValue(parsed, "year");
  const yearsText = optionValue(parsed, "years");
  const years = yearsText ? parseYears(yearsText) : undefined;
  refuseOverwrite([out], file ? [file] : []);
  const list = file ? await userListFrom(file, "roadmap") : undefined;
  const result = await withOutputWorkbook(out, (wb) =>
    buildRoadmap(wb, {
      ...(template ? { template } : {}),
      ...(list?.kind === "roadmap" ? { stages: list.stages, stagesSource: list.source } : {}),
      ...(yearText ? { year: parseYear(yearText) } : {}),
      ...(years ? { fromYear: years[0], toYear: years[1] } : {}),
    }),
  );
  for (const w of list?.warnings ?? []) console.log(`  ! ${w}`);
  printResult(result, out);
  return 0;
}

export async function riskProfileCommand(args: string[]): Promise<number> {
  const parsed = parseArgs(args, { values: ["out"], switches: [] });
  const out = requireOut(optionValue(parsed, "out"), t("app.cli.riskUsage"));
  if (parsed.positional.length) throw new UserError(t("app.cli.riskUsage"));
  printResult(await withOutputWorkbook(out, (wb) => buildRiskProfile(wb)), out);
  return 0;
}

/** `indicators [--group results] [--json]`: the catalogue — ids for `targets --indicators`, mapping profiles and settings. */
export function indicatorsCommand(args: string[]): number {
  const parsed = parseArgs(args, { values: ["group"], switches: ["json"] });
  const group = optionValue(parsed, "group");
  const list = CATALOGUE.filter((i) => !group || i.group === group);
  if (group && list.length === 0) throw new UserError(t("app.cli.badGroup", { group, known: [...new Set(CATALOGUE.map((i) => i.group))].join(", ") }));
  if (parsed.options.has("json")) {
    console.log(JSON.stringify(list.map(({ id, title, unit, direction, group: g, synonyms }) => ({ id, title, unit, direction, group: g, synonyms })), null, 2));
    return 0;
  }
  const width = Math.max(...list.map((i) => i.id.length));
  for (const i of list) console.log(`${i.id.padEnd(width)}  ${i.title[getLocale()]} (${i.unit}, ${i.direction})`);
  console.log(t("app.cli.indicatorsCount", { count: list.length }));
  return 0;
}
