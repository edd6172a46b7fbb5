/**
 * The committed fixtures are what scripts/make-fixtures.ts writes: regenerated into a temp folder and
 * compared — workbooks by sheet names, cell values and merges (zip timestamps differ run to run),
 * everything else byte for byte, and a truncated workbook by how it is refused.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { makeFixtures } from "../../scripts/make-fixtures";
import { readWorkbookFile } from "../../src/workbook/files";
import { workbookCells } from "../support/workbookCells";

const COMMITTED = path.join(__dirname, "..", "fixtures", "departments");
let fresh: string;
let files: string[];

beforeAll(async () => {
  fresh = fs.mkdtempSync(path.join(os.tmpdir(), "sq-fixtures-"));
  files = await makeFixtures(fresh);
}, 30_000);
afterAll(() => fs.rmSync(fresh, { recursive: true, force: true }));


async function refusal(file: string): Promise<string> {
  try {
    await readWorkbookFile(path.basename(file), new Uint8Array(fs.readFileSync(file)));
    return "read";
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

describe("committed fixtures", () => {
  it("are the files the generator writes", () => {
    const committed: string[] = [];
    const walk = (dir: string): void => fs.readdirSync(dir, { withFileTypes: true }).forEach((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : committed.push(path.relative(COMMITTED, path.join(dir, e.name)))));
    walk(COMMITTED);
    expect(committed.sort()).toEqual(files);
  });

  it("hold the same cells as freshly generated ones", async () => {
    for (const name of files) {
      const a = path.join(COMMITTED, name);
      const b = path.join(fresh, name);
      if (name === "bad/truncated.xlsx") expect(await refusal(a)).toBe(await refusal(b));
      else if (name.endsWith(".xlsx") && fs.statSync(a).size > 0 && fs.readFileSync(a)[0] === 0x50) expect({ name, cells: await workbookCells(a) }).toEqual({ name, cells: await workbookCells(b) });
      else expect({ name, same: Buffer.compare(fs.readFileSync(a), fs.readFileSync(b)) === 0 }).toEqual({ name, same: true });
    }
  }, 30_000);

  it("say in a cell that their data are invented", async () => {
    for (const name of files.filter((f) => f.endsWith(".xlsx") && !f.startsWith("bad/"))) {
      const text = JSON.stringify(await workbookCells(path.join(COMMITTED, name)));
      expect({ name, marked: text.includes("данные вымышлены") }).toEqual({ name, marked: true });
    }
  });
});
