/**
 * Command-line entry: `npm run -s cli -- <command> ...`. Each command is a use case from src/app or a
 * listing; exit code 0 on success, 1 on a user error (printed in Russian), 2 on a usage error.
 */
import { functionsCommand } from "./functionsCommand";

interface Command {
  summary: string;
  run: (args: string[]) => Promise<number> | number;
}

const COMMANDS: Record<string, Command> = {
  functions: { summary: "список функций для ячеек (русские и английские имена, аргументы)", run: functionsCommand },
};

function usage(): string {
  const lines = Object.entries(COMMANDS).map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`);
  return ["Использование: npm run -s cli -- <команда> [аргументы]", "", "Команды:", ...lines].join("\n");
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "help" || name === "--help" || name === "-h") {
    console.log(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`Неизвестная команда «${name}».\n\n${usage()}`);
    return 2;
  }
  return command.run(rest);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
