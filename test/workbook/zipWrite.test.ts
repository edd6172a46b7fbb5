/** The native-deflate ZIP writer: JSZip reads back every entry, checksums verified. */
import JSZip from "jszip";
import { crc32, hasNativeDeflate, zipEntries } from "../../src/workbook/zipWrite";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

describe("zipEntries", () => {
  it("computes CRC-32 as zlib does, also in pieces", () => {
    const data = bytes("The quick brown fox jumps over the lazy dog");
    expect(crc32(data)).toBe(0x414fa339);
    expect(crc32(data.subarray(10), crc32(data.subarray(0, 10)))).toBe(0x414fa339);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it("writes a package JSZip reads back: folders, empty and large entries, non-ASCII names, dates", async () => {
    expect(hasNativeDeflate()).toBe(true);
    const large = bytes("<row><c r=\"A1\"><v>1</v></c></row>".repeat(100_000));
    const date = new Date(Date.UTC(2024, 4, 17, 13, 45, 30));
    const zip = await JSZip.loadAsync(await zipEntries([
      { name: "xl/", data: new Uint8Array(0), date, dir: true },
      { name: "xl/worksheets/sheet1.xml", data: large, date, dir: false },
      { name: "[Content_Types].xml", data: new Uint8Array(0), date, dir: false },
      { name: "xl/media/Диаграмма «1».xml", data: bytes("<a>ё</a>"), date, dir: false },
    ]), { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(["xl/", "xl/worksheets/sheet1.xml", "[Content_Types].xml", "xl/media/Диаграмма «1».xml"]);
    expect(zip.files["xl/"].dir).toBe(true);
    const back = await zip.file("xl/worksheets/sheet1.xml")?.async("uint8array");
    expect(back && Buffer.from(back).equals(Buffer.from(large))).toBe(true);
    expect(await zip.file("[Content_Types].xml")?.async("string")).toBe("");
    expect(await zip.file("xl/media/Диаграмма «1».xml")?.async("string")).toBe("<a>ё</a>");
    expect(zip.files["xl/worksheets/sheet1.xml"].date.toISOString()).toBe("2024-05-17T13:45:30.000Z");
  });
});
