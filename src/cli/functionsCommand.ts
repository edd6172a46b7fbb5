/** `functions [--json] [--markdown]`: every custom function with its Russian and English name and signature. */
import { FUNCTIONS } from "../functions/registry";
import { signature } from "../functions/metadata";

export function functionsCommand(args: string[]): number {
  if (args.includes("--json")) {
    const rows = FUNCTIONS.map((f) => ({
      id: f.id, ru: signature(f, "ru"), en: signature(f, "en"), description: f.description.ru, descriptionEn: f.description.en,
    }));
    console.log(JSON.stringify(rows, null, 2));
    return 0;
  }
  if (args.includes("--markdown")) {
    console.log(functionsMarkdown());
    return 0;
  }
  const width = Math.max(...FUNCTIONS.map((f) => f.id.length));
  for (const f of FUNCTIONS) {
    console.log(`${f.id.padEnd(width)}  =SQ.${signature(f, "ru")}`);
    console.log(`${"".padEnd(width)}  =SQ.${signature(f, "en")}`);
    console.log(`${"".padEnd(width)}  ${f.description.ru}\n`);
  }
  console.log(`Всего функций: ${FUNCTIONS.length}. В русском Excel аргументы разделяются «;», в английском «,».`);
  return 0;
}

/** The README's function reference, generated so that it cannot drift from the registry. */
export function functionsMarkdown(): string {
  const rows = FUNCTIONS.map((f) => {
    const params = f.params
      .map((p) => `\`${p.name.ru}\`${p.optional ? " (необяз.)" : ""} — ${p.description.ru}`)
      .join("<br>");
    return `| \`${f.id}\` | \`=SQ.${signature(f, "ru")}\`<br>\`=SQ.${signature(f, "en")}\` | ${f.description.ru} | ${params} |`;
  });
  return ["| id | Русский / English | Что считает | Аргументы |", "|---|---|---|---|", ...rows].join("\n");
}
