/** Where the platform has no raw deflate streams, packages are compressed by JSZip as before. */
import JSZip from "jszip";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { samplePlan } from "./samplePlans";

jest.mock("../../src/workbook/zipWrite", () => ({ ...jest.requireActual("../../src/workbook/zipWrite"), hasNativeDeflate: () => false }));

it("saves a workbook with a chart through JSZip's deflate", async () => {
  const book = ExcelJsWorkbook.create("fallback.xlsx");
  const written = await book.writeSheet(samplePlan({ rows: 20, chart: true }));
  const zip = await JSZip.loadAsync(await book.toBuffer(), { checkCRC32: true });
  expect(Object.keys(zip.files)).toContain("xl/charts/chart1.xml");
  const back = await ExcelJsWorkbook.fromBuffer(await zip.generateAsync({ type: "uint8array" }), "back.xlsx");
  expect((await back.listSheets()).map((s) => s.name)).toContain(written.sheet);
});
