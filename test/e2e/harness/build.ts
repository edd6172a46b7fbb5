/** Bundles a browser script for the e2e tests with esbuild (in memory; nothing is written to disk). */
import * as path from "path";
import { build } from "esbuild";

const cache = new Map<string, string>();

export async function bundle(entry: string): Promise<string> {
  const hit = cache.get(entry);
  if (hit !== undefined) return hit;
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "es2020",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    absWorkingDir: path.join(__dirname, "..", "..", ".."),
    logLevel: "silent",
  });
  const code = result.outputFiles[0].text;
  cache.set(entry, code);
  return code;
}

export const HARNESS_ENTRY = path.join(__dirname, "main.tsx");
export const FAKE_OFFICE_ENTRY = path.join(__dirname, "..", "fakeOffice.ts");
