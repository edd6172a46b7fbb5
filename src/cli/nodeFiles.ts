/**
 * Node-side file handling for the import command: expanding folders into the workbook files they hold
 * (recursively, sorted, skipping Excel's «~$» lock files and hidden files), reading bytes, and writing
 * an output file through a temporary name so a failed write never leaves half a workbook.
 */
import { promises as fs } from "fs";
import * as path from "path";
import { UserError } from "../core/errors";
import { t } from "../i18n";

/** Extensions picked up from a folder; a file named explicitly is always read (and judged by content). */
export const FOLDER_EXTENSIONS = new Set([".xlsx", ".xlsm", ".xls", ".csv", ".txt", ".tsv"]);

const collator = new Intl.Collator("ru", { numeric: true });

export async function collectFiles(paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const p of paths) {
    let stat;
    try {
      stat = await fs.stat(p);
    } catch {
      throw new UserError(t("import.cli.notFound", { path: p }), { file: p });
    }
    if (stat.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return [...new Set(out.map((p) => path.resolve(p)))];
}

async function walk(dir: string): Promise<string[]> {
  const entries = (await fs.readdir(dir, { withFileTypes: true })).sort((a, b) => collator.compare(a.name, b.name));
  const out: string[] = [];
  for (const e of entries) {
    if (e.name.startsWith(".") || e.name.startsWith("~$")) continue;
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (FOLDER_EXTENSIONS.has(path.extname(e.name).toLowerCase())) out.push(full);
  }
  return out;
}

/** Why the system refused a file, in the user's words (the error code for anything unusual). */
function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | null)?.code ?? "";
  const known: Record<string, string> = {
    ENOENT: t("app.cli.fs.ENOENT"), EACCES: t("app.cli.fs.EACCES"), EPERM: t("app.cli.fs.EACCES"),
    EISDIR: t("app.cli.fs.EISDIR"), ENOSPC: t("app.cli.fs.ENOSPC"), EROFS: t("app.cli.fs.EACCES"),
  };
  return known[code] ?? (code || String(error));
}

export async function readBytes(file: string): Promise<Uint8Array> {
  try {
    const buffer = await fs.readFile(file);
    return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  } catch (error) {
    throw new UserError(t("app.cli.cannotRead", { file, reason: reason(error) }), { file });
  }
}

/** Writes via «<name>.tmp» and a rename: the old file stays whole if anything fails, and no .tmp is left. */
export async function writeFileSafely(file: string, data: Uint8Array | string): Promise<void> {
  const temp = `${file}.tmp`;
  try {
    await fs.writeFile(temp, data);
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw new UserError(t("app.cli.cannotWrite", { file, reason: reason(error) }), { file });
  }
}

/**
 * Refuses an output path that is one of the inputs (sources are only read) or that another output of
 * the same run writes too.
 */
export function refuseOverwrite(outputs: readonly (string | undefined)[], inputs: readonly string[]): void {
  const sources = new Set(inputs.map((f) => path.resolve(f)));
  const seen = new Set<string>();
  for (const out of outputs) {
    if (!out) continue;
    const full = path.resolve(out);
    if (sources.has(full)) throw new UserError(t("import.cli.outIsSource", { file: out }), { file: out });
    if (seen.has(full)) throw new UserError(t("app.cli.sameOutput", { file: out }), { file: out });
    seen.add(full);
  }
}

export async function exists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}
