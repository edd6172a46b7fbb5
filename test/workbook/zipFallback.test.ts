/** Where the platform has no raw deflate streams, packages are compressed by JSZip as before. */
import JSZip from "jszip";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { samplePlan } from "./samplePlans";

jest.mock("../../src/workbook/zipWrite", () => ({ ...jest.requireActual("../../src/workbook/zipWrite"), hasNativeDeflate: () => false }));

it("saves a workbook with a chart through JSZip's deflate", async () => {
  const deflate = jest.spyOn(JSZip.prototype, "generateAsync");
  const book = ExcelJsWorkbook.create("fallback.xlsx");
  const written = await book.writeSheet(samplePlan({ rows: 20, chart: true }));
  const saved = await book.toBuffer();
  // The package was compressed by JSZip (DEFLATE), not by the native path that this platform has.
  expect(deflate.mock.calls.some(([options]) => options?.compression === "DEFLATE")).toBe(true);
  deflate.mockRestore();
  const zip = await JSZip.loadAsync(saved, { checkCRC32: true });
  expect(Object.keys(zip.files)).toContain("xl/charts/chart1.xml");
  const back = await ExcelJsWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }), "back.xlsx");
  expect((await back.listSheets()).map((s) => s.name)).toContain(written.sheet);
});
