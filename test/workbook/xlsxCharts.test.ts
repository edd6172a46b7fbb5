/** Charts added to a saved ExcelJS package: parts, relationships, schema order, names that need escaping. */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ChartSpec } from "../../src/reports/sheetPlan";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";
import { addCharts } from "../../src/workbook/xlsxCharts";
import { carryCharts } from "../../src/workbook/xlsxChartsCarry";
import { chartRef, chartXml } from "../../src/workbook/xlsxChartsXml";
import { samplePlan } from "./samplePlans";

const PIXEL_PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=", "base64");

const spec = (over: Partial<ChartSpec> = {}): ChartSpec => ({
  type: "lineMarkers",
  title: "Динамика <по годам> & школам",
  categories: "A2:A4",
  series: [{ name: "Балл \"средний\"", values: "B2:B4" }],
  anchor: { from: "D2", to: "K15" },
  ...over,
});

async function workbook(sheetName: string, withImage: boolean, withTable: boolean): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  ws.addRows([["Год", "Балл"], [2022, 51], [2023, 54], [2024, 57]]);
  if (withImage) ws.addImage(wb.addImage({ buffer: PIXEL_PNG as unknown as ExcelJS.Buffer, extension: "png" }), "M1:N2");
  if (withTable) ws.addTable({ name: "t_years", ref: "A1", columns: [{ name: "Год" }, { name: "Балл" }], rows: [[2022, 51], [2023, 54], [2024, 57]] });
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function part(zip: JSZip, path: string): Promise<string> {
  const file = zip.file(path);
  if (!file) throw new Error(`no ${path} in the package`);
  return file.async("string");
}

describe("addCharts", () => {
  it("quotes and escapes sheet names in references, and text in titles and series names", () => {
    expect(chartRef("A2:A4", "Отчёт «А&Б» d'Арт")).toBe("'Отчёт «А&Б» d''Арт'!$A$2:$A$4");
    const xml = chartXml(spec(), "Отчёт «А&Б» d'Арт");
    expect(xml).toContain("<c:f>&apos;Отчёт «А&amp;Б» d&apos;&apos;Арт&apos;!$B$2:$B$4</c:f>");
    expect(xml).toContain("<a:t>Динамика &lt;по годам&gt; &amp; школам</a:t>");
    expect(xml).toContain("<c:v>Балл &quot;средний&quot;</c:v>");
    expect(xml).toContain('<c:symbol val="circle"/>');
  });

  it("puts <drawing> before <tableParts>, as the worksheet schema orders them", async () => {
    const out = await JSZip.loadAsync(await addCharts(await workbook("Годы", false, true), [{ sheet: "Годы", charts: [spec()] }]));
    const sheet = await part(out, "xl/worksheets/sheet1.xml");
    expect(sheet.indexOf("<drawing ")).toBeGreaterThan(sheet.indexOf("</sheetData>"));
    expect(sheet.indexOf("<drawing ")).toBeLessThan(sheet.indexOf("<tableParts"));
    const rels = await part(out, "xl/worksheets/_rels/sheet1.xml.rels");
    expect(rels.match(/Id="(rId\d+)"/g)).toHaveLength(new Set(rels.match(/Id="(rId\d+)"/g)).size);
  });

  it("adds charts to a sheet's existing drawing (pictures stay) and ExcelJS reads the result", async () => {
    const bytes = await addCharts(await workbook("Годы", true, false), [{ sheet: "Годы", charts: [spec(), spec({ type: "barStacked", anchor: { from: "D17", to: "K30" } })] }]);
    const zip = await JSZip.loadAsync(bytes);
    expect(Object.keys(zip.files).filter((f) => /^xl\/drawings\/drawing\d+\.xml$/.test(f))).toEqual(["xl/drawings/drawing1.xml"]);
    const drawing = await part(zip, "xl/drawings/drawing1.xml");
    expect(drawing.match(/<xdr:pic>/g)).toHaveLength(1);
    expect(drawing.match(/<c:chart /g)).toHaveLength(2);
    const ids = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await part(zip, "xl/drawings/_rels/drawing1.xml.rels")).toMatch(/image.*chart1\.xml.*chart2\.xml/s);
    expect(await part(zip, "xl/charts/chart2.xml")).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    const back = new ExcelJS.Workbook();
    await back.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(back.getWorksheet("Годы")?.getCell("B4").value).toBe(57);
  });

  it("refuses a sheet the package does not have", async () => {
    await expect(addCharts(await workbook("Годы", false, false), [{ sheet: "Нет", charts: [spec()] }])).rejects.toThrow(/no sheet named "Нет"/);
  });
});

describe("charts survive ExcelJS re-saving a loaded file", () => {
  it("keeps the charts of sheets not rebuilt, next to the charts of the new sheet", async () => {
    const first = ExcelJsWorkbook.create("книга.xlsx");
    await first.writeSheet(samplePlan({ rows: 6 }));
    const reopened = await ExcelJsWorkbook.fromBuffer(await first.toBuffer(), "книга.xlsx");
    await reopened.writeSheet(samplePlan({ rows: 4, name: "Второй" }));
    const zip = await JSZip.loadAsync(await reopened.toBuffer());
    const charts = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart\d+\.xml$/.test(f)).sort();
    expect(charts).toEqual(["xl/charts/chart1.xml", "xl/charts/chart2.xml"]);
    const refs = await Promise.all(charts.map(async (c) => /<c:f>([^<]*)<\/c:f>/.exec(await part(zip, c))?.[1]));
    expect(refs.sort()).toEqual(["&apos;Второй&apos;!$A$5:$A$8", "&apos;Цели 2024&apos;!$A$5:$A$10"]);
    const withDrawing = await Promise.all(Object.keys(zip.files).filter((f) => /^xl\/worksheets\/sheet\d+\.xml$/.test(f)).map(async (f) => /<drawing /.test(await part(zip, f))));
    expect(withDrawing.filter(Boolean)).toHaveLength(2);
  });

  it("copies a chart made by Excel with the parts it refers to, renamed when taken", async () => {
    // An Excel-style source: the chart has style and colour parts of its own; the drawing root declares r:.
    const source = await JSZip.loadAsync(await addCharts(await workbook("Годы", false, false), [{ sheet: "Годы", charts: [spec()] }]));
    source.file("xl/charts/style1.xml", "<cs:chartStyle xmlns:cs=\"http://schemas.microsoft.com/office/drawing/2012/chartStyle\" id=\"201\"/>");
    source.file("xl/charts/_rels/chart1.xml.rels", '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2011/relationships/chartStyle" Target="style1.xml"/></Relationships>');
    const types = await part(source, "[Content_Types].xml");
    source.file("[Content_Types].xml", types.replace("</Types>", '<Override PartName="/xl/charts/style1.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/></Types>'));
    const loaded = await source.generateAsync({ type: "uint8array" });

    // The saved file already has a chart1.xml (another sheet's): the carried one must take a free name.
    const saved = await addCharts(await workbook("Годы", false, false), [{ sheet: "Годы", charts: [spec({ title: "своя" })] }]);
    const out = await JSZip.loadAsync(await carryCharts(loaded, saved, ["Годы"]));
    expect(await part(out, "xl/charts/chart2.xml")).toContain("Динамика");
    expect(await part(out, "xl/charts/_rels/chart2.xml.rels")).toContain('Target="style1.xml"');
    expect(await part(out, "xl/charts/style1.xml")).toContain("chartStyle");
    const outTypes = await part(out, "[Content_Types].xml");
    expect(outTypes).toContain('<Override PartName="/xl/charts/chart2.xml"');
    expect(outTypes).toContain('<Override PartName="/xl/charts/style1.xml" ContentType="application/vnd.ms-office.chartstyle+xml"/>');
    const drawing = await part(out, "xl/drawings/drawing1.xml");
    expect(drawing.match(/<c:chart /g)).toHaveLength(2);
    expect(await part(out, "xl/drawings/_rels/drawing1.xml.rels")).toMatch(/chart1\.xml.*chart2\.xml/s);
  });
});
