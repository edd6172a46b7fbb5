/**
 * Command-line arguments: positional values and `--flag value` / `--flag` options, checked against what
 * each command accepts so a typo is a clear Russian usage error rather than a silently ignored option.
 */
import { UserError } from "../core/errors";
import { t } from "../i18n";

export interface ParsedArgs {
  positional: string[];
  options: Map<string, string | true>;
}

export interface ArgSpec {
  /** Options that take a value, e.g. "out", "template". */
  values?: string[];
  /** Options that are switches, e.g. "json". */
  switches?: string[];
}

export function parseArgs(argv: readonly string[], spec: ArgSpec): ParsedArgs {
  const values = new Set(spec.values ?? []);
  const switches = new Set(spec.switches ?? []);
  const out: ParsedArgs = { positional: [], options: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith("--")) {
      out.positional.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (switches.has(name)) out.options.set(name, true);
    else if (values.has(name)) {
      const value = inline ?? argv[++i];
      if (value === undefined || value.startsWith("--")) throw new UserError(t("app.cli.needsValue", { name }));
      out.options.set(name, value);
    } else {
      const known = [...values, ...switches].map((n) => `--${n}`).join(", ") || t("app.cli.none");
      throw new UserError(t("app.cli.unknownOption", { name, known }));
    }
  }
  return out;
}

export function optionValue(args: ParsedArgs, name: string): string | undefined {
  const v = args.options.get(name);
  return typeof v === "string" ? v : undefined;
}

/** «2021-2024», «2021–2024» or «2021» -> [from, to]. */
export function parseYears(text: string): [number, number] {
  const m = /^\s*(\d{4})\s*(?:[-–—]\s*(\d{4}))?\s*$/.exec(text);
  if (!m) throw new UserError(t("app.cli.badYears", { text }));
  const from = Number(m[1]);
  const to = Number(m[2] ?? m[1]);
  if (to < from || to - from > 20) throw new UserError(t("app.cli.yearsOrder", { text }));
  return [from, to];
}

export function parseYear(text: string): number {
  const [from, to] = parseYears(text);
  if (from !== to) throw new UserError(t("app.cli.badYear", { text }));
  return from;
}
