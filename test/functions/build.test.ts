/**
 * Builds the production bundle of the custom functions (webpack, as `npm run build` does) and checks
 * what Excel will load: the metadata files and the script, run alone in a bare JavaScript context.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import * as vm from "vm";
import webpack from "webpack";
import { FUNCTIONS } from "../../src/functions/registry";

const root = path.join(__dirname, "..", "..");
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "sq-build-"));

async function build(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require(path.join(root, "webpack.config.js"));
  const config = await makeConfig({}, { mode: "production" });
  config.context = root;
  config.entry = { functions: config.entry.functions };
  config.output = { ...config.output, path: outDir };
  // Only the plugins that produce the functions script and metadata (no HTML page, no copies).
  config.plugins = config.plugins.filter((p: object) => p.constructor.name === "FunctionsMetadataPlugin");
  config.mode = "production";
  await new Promise<void>((resolve, reject) =>
    webpack(config, (error, stats) => {
      if (error) return reject(error);
      if (stats?.hasErrors()) return reject(new Error(stats.toString("errors-only")));
      resolve();
    }),
  );
}

beforeAll(build, 120_000);
afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(outDir, file), "utf8"));

describe("custom functions build", () => {
  it("emits English and Russian metadata listing every registry function with the same ids", () => {
    const en = readJson("functions.json").functions as { id: string; name: string }[];
    const ru = readJson("functions.ru.json").functions as { id: string; name: string; description: string }[];
    const ids = FUNCTIONS.map((f) => f.id);
    expect(en.map((f) => f.id)).toEqual(ids);
    expect(ru.map((f) => f.id)).toEqual(ids);
    for (const f of ru) {
      expect(f.name).toMatch(/^[А-ЯЁ][А-ЯЁ._]+$/);
      expect(f.description).toMatch(/[а-яё]/i);
    }
    for (const f of en) expect(f.name).toMatch(/^[A-Z][A-Z0-9._]+$/);
  });

  it("loads alone in a bare JavaScript runtime and associates every function", () => {
    const code = fs.readFileSync(path.join(outDir, "functions.js"), "utf8");
    const associated = new Map<string, (...args: unknown[]) => unknown>();
    class FakeError {
      constructor(readonly code: string, readonly message?: string) {}
    }
    const sandbox = {
      CustomFunctions: {
        associate: (id: string, fn: (...args: unknown[]) => unknown) => associated.set(id, fn),
        Error: FakeError,
        ErrorCode: { divisionByZero: "#DIV/0!", invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!" },
      },
    };
    // No window, document, React or Office: the script must not need them.
    vm.runInNewContext(code, sandbox);
    expect([...associated.keys()]).toEqual(FUNCTIONS.map((f) => f.id));
    expect(associated.get("SHARE")!("16", "25")).toBeCloseTo(0.64, 12);
    const error = associated.get("SHARE")!(5, 3) as FakeError;
    expect(error).toBeInstanceOf(FakeError);
    expect(error.code).toBe("#VALUE!");
    expect(error.message).toBe("Часть (5) больше целого (3)");
    expect((associated.get("SHARE")!(1, 0) as FakeError).code).toBe("#DIV/0!");
    // A blank school gets "" (null inside an array would show as 0 in Excel).
    const index = associated.get("SOCIALINDEX")!([[0.1], [0.3], [null]], [[-1]], null) as unknown[][];
    expect(index[0][0]).toBeCloseTo(1, 12);
    expect(index[1][0]).toBeCloseTo(-1, 12);
    expect(index[2][0]).toBe("");
  });

  it("keeps the script small (no React, no ExcelJS)", () => {
    const code = fs.readFileSync(path.join(outDir, "functions.js"), "utf8");
    expect(code).not.toMatch(/react|exceljs|createElement/i);
    expect(Buffer.byteLength(code)).toBeLessThan(100_000);
  });
});
