/**
 * Ribbon commands run the real use cases on a workbook (here the ExcelJS adapter stands in for Excel's):
 * every click publishes what it did for the task pane, opens the pane, and completes the event.
 */
import { runCommand } from "../../src/commands/commands";
import { associateRibbon, RIBBON_COMMAND_IDS, type RibbonCommandId } from "../../src/commands/ids";
import { lastOutcome, onOutcome, type CommandOutcome } from "../../src/commands/outcome";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";

describe("ribbon commands", () => {
  it("builds the target sheet in one click and reports it", async () => {
    const book = ExcelJsWorkbook.create("книга.xlsx");
    let shown = 0;
    await runCommand("buildTargets", book, async () => void shown++);
    const outcome = lastOutcome();
    expect(outcome?.command).toBe("buildTargets");
    expect(outcome?.title).toBe("Целевые показатели");
    expect(outcome?.error).toBeUndefined();
    expect(outcome?.result?.sheets.map((s) => s.title)).toEqual(["Целевые показатели"]);
    expect((await book.listSheets()).map((s) => [s.name, s.meta?.kind])).toEqual([["Целевые показатели", "targets"]]);
    expect(shown).toBe(1);
  });

  it("rebuilds on the second click instead of adding a sheet", async () => {
    const book = ExcelJsWorkbook.create("книга.xlsx");
    await runCommand("buildRoadmap", book, async () => undefined);
    await runCommand("buildRoadmap", book, async () => undefined);
    expect((await book.listSheets()).map((s) => s.name)).toEqual(["Дорожная карта"]);
    expect(lastOutcome()?.result?.sheets[0].rebuilt).toBe(true);
  });

  it("reports a user error in Russian, naming the workbook, and still opens the pane", async () => {
    const book = ExcelJsWorkbook.create("пустая.xlsx");
    const seen: CommandOutcome[] = [];
    const stop = onOutcome((o) => seen.push(o));
    let shown = 0;
    await runCommand("classifySchools", book, async () => void shown++);
    stop();
    expect(seen).toHaveLength(1);
    expect(seen[0].result).toBeUndefined();
    expect(seen[0].error?.message).toContain("«пустая.xlsx»");
    expect(seen[0].error?.message).toContain("Данные");
    expect(shown).toBe(1);
  });

  it("associates every button, and reports and completes the event even when the command cannot load", async () => {
    const handlers = new Map<string, (event: { completed(): void }) => Promise<void>>();
    const ran: RibbonCommandId[] = [];
    associateRibbon({ associate: (id, h) => handlers.set(id, h), showPane: async () => undefined }, async (id) => {
      ran.push(id);
      throw new Error("chunk failed to load");
    });
    expect([...handlers.keys()]).toEqual([...RIBBON_COMMAND_IDS]);
    let completed = 0;
    await handlers.get("buildSummary")!({ completed: () => void completed++ });
    expect(completed).toBe(1);
    expect(lastOutcome()?.error?.message).toContain("chunk failed to load");
    expect(lastOutcome()?.title).toBe("Сводка по МО");
    expect(ran).toEqual(["buildSummary"]);
  });
});
