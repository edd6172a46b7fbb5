/**
 * A methodologist's own target-indicator list or plan, from a file they pick or a sheet of the open
 * workbook, turned into what buildTargets (goals) and buildRoadmap (stages) take. Reading is
 * src/import/userLists.ts; here: files and sheets, and the program's last year for planned values
 * written without one (seed 000's single «Планируемое значение»), as the templates place them.
 */
import { isUserError, UserError } from "../core/errors";
import { defaultSettings } from "../core/settings";
import type { RoadmapStage, TargetGoal } from "../core/templates/types";
import { t } from "../i18n";
import type { GridLike } from "../import/grid";
import { placeUndatedPlan, readPlanList, readTargetList } from "../import/userLists";
import { readWorkbookFile } from "../workbook/files";
import type { WorkbookPort } from "../workbook/port";
import { loadWorkbookSettings } from "./workbookSettings";

export type UserListKind = "targets" | "roadmap";

export type UserList =
  | {
      kind: "targets";
      goals: TargetGoal[];
      /** «<file> / <sheet>», for TargetsRequest.goalsSource. */
      source: string;
      warnings: string[];
      /** Years of the list's base, plan and actual columns: the program years it was written for. */
      years: number[];
      /** The table read, «A5:J30». */
      range: string;
    }
  | { kind: "roadmap"; stages: RoadmapStage[]; source: string; warnings: string[]; range: string };

export interface UserListOptions {
  /** The program's last year (planned values without a year go there); default: the default settings'. */
  lastYear?: number;
}

function fromGrid(grid: GridLike, file: string, kind: UserListKind, lastYear: number): UserList {
  const source = `${file} / ${grid.sheet}`;
  if (kind === "roadmap") {
    const plan = readPlanList(grid, file);
    return { kind, stages: plan.stages, source, warnings: plan.warnings, range: plan.range };
  }
  const list = readTargetList(grid, file);
  const placed = placeUndatedPlan(list, lastYear, file);
  return { kind, goals: placed.goals, source, warnings: [...list.warnings, ...placed.warnings], years: list.years, range: list.range };
}

/**
 * `readUserList({ name: "цели.xlsx", bytes }, "targets")`: the first sheet holding such a table (sheets
 * without one are skipped); a UserError naming the file, with each sheet's reason, when none does.
 */
export async function readUserList(file: { name: string; bytes: Uint8Array }, kind: UserListKind, options: UserListOptions = {}): Promise<UserList> {
  const book = await readWorkbookFile(file.name, file.bytes);
  const lastYear = options.lastYear ?? defaultSettings().program.toYear;
  const reasons: string[] = [];
  for (const grid of book.grids) {
    try {
      return fromGrid(grid, book.file, kind, lastYear);
    } catch (error) {
      if (!isUserError(error)) throw error;
      reasons.push(error.message);
    }
  }
  throw new UserError(t(kind === "targets" ? "lists.file.noTargets" : "lists.file.noPlan", { file: book.file, reasons: reasons.join("; ") }), { file: book.file });
}

/** The same over a sheet of the open workbook; the program's last year comes from its settings. */
export async function readUserListFromSheet(port: WorkbookPort, sheet: string, kind: UserListKind): Promise<UserList> {
  const grid = await port.readGrid(sheet);
  const { settings } = await loadWorkbookSettings(port);
  return fromGrid(grid, port.label, kind, settings.program.toYear);
}
