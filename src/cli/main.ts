/**
 * Command-line entry: `npm run -s cli -- <command> ...`. Each command is a use case from src/app or a
 * listing; exit code 0 on success, 1 on a user error (printed as is: it names the file, sheet and
 * cell), 2 on a usage error. Russian by default; SQ_LANG=en switches messages to English.
 */
import "../i18n/all";
import { isUserError } from "../core/errors";
import { setLocale, t, type MessageKey } from "../i18n";
import { classifyCommand, reportCommand } from "./classifyCommands";
import { demoCommand } from "./demoCommand";
import { functionsCommand } from "./functionsCommand";
import { importCommand } from "./importCommand";
import { indicatorsCommand, riskProfileCommand, roadmapCommand, targetsCommand, templatesCommand } from "./sheetCommands";

interface Command {
  summary: MessageKey;
  run: (args: string[]) => Promise<number> | number;
}

const COMMANDS: Record<string, Command> = {
  demo: { summary: "app.cli.cmd.demo", run: demoCommand },
  functions: { summary: "app.cli.cmd.functions", run: functionsCommand },
  import: { summary: "app.cli.cmd.import", run: importCommand },
  classify: { summary: "app.cli.cmd.classify", run: classifyCommand },
  report: { summary: "app.cli.cmd.report", run: reportCommand },
  templates: { summary: "app.cli.cmd.templates", run: templatesCommand },
  indicators: { summary: "app.cli.cmd.indicators", run: indicatorsCommand },
  targets: { summary: "app.cli.cmd.targets", run: targetsCommand },
  roadmap: { summary: "app.cli.cmd.roadmap", run: roadmapCommand },
  "risk-profile": { summary: "app.cli.cmd.risk", run: riskProfileCommand },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(13)} ${t(c.summary)}`);
  return [t("app.cli.usage"), "", t("app.cli.commands"), ...lines].join("\n");
}

async function main(argv: string[]): Promise<number> {
  if ((process.env.SQ_LANG ?? "").toLowerCase().startsWith("en")) setLocale("en");
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`${t("app.cli.unknownCommand", { name })}\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}

// exitCode, not exit(): exit() would cut off output still being written to a pipe (a long --json).
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // A user error is the message the user needs; anything else is our bug and keeps its stack.
    if (isUserError(error)) console.error(error.message);
    else console.error(t("app.cli.internal"), error instanceof Error ? error.stack ?? error.message : String(error));
    process.exitCode = 1;
  },
);
