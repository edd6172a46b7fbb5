/**
 * ZIP packages (the .xlsx container) compressed with the platform's own deflate, CompressionStream
 * (browsers, Node 18+): a country's workbook is ~360 MB of XML, and JSZip's JavaScript deflate takes
 * about twice as long as the native one (~9 s against ~4 s here). Entries are compressed concurrently,
 * their checksums computed meanwhile. Plain ZIP: no ZIP64, so under 4 GiB and 65,535 entries (as JSZip).
 */

export interface ZipEntry {
  name: string;
  /** Empty for a folder. */
  data: Uint8Array;
  date: Date;
  dir: boolean;
}

let native: boolean | undefined;

/** Whether raw deflate streams exist here; without them callers keep JSZip's deflate. */
export function hasNativeDeflate(): boolean {
  if (native === undefined) {
    try {
      native = typeof CompressionStream === "function" && new CompressionStream("deflate-raw") !== null;
    } catch {
      native = false;
    }
  }
  return native;
}

const CHUNK = 1 << 20;

const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  return table;
})();

/** CRC-32 of the bytes, continuing from `crc` (a previous result). */
export function crc32(data: Uint8Array, crc = 0): number {
  let c = crc ^ -1;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/**
 * Raw deflate of the bytes and their CRC-32. The checksum of each chunk is taken as the compressor asks
 * for it, so it is computed here while the platform compresses the chunks before it.
 */
async function deflateRaw(data: Uint8Array): Promise<{ chunks: Uint8Array[]; crc: number }> {
  let at = 0;
  let crc = 0;
  const input = new ReadableStream<BufferSource>({
    pull(controller) {
      if (at >= data.length) {
        controller.close();
        return;
      }
      // A view of the entry, not a copy; its buffer is an ordinary ArrayBuffer (JSZip's or ours).
      const chunk = data.subarray(at, at + CHUNK) as Uint8Array<ArrayBuffer>;
      at += chunk.length;
      crc = crc32(chunk, crc);
      controller.enqueue(chunk);
    },
  });
  const reader = input.pipeThrough(new CompressionStream("deflate-raw")).getReader();
  const chunks: Uint8Array[] = [];
  for (let read = await reader.read(); !read.done; read = await reader.read()) chunks.push(read.value);
  return { chunks, crc };
}

/** MS-DOS time and date of the entry, in UTC as JSZip writes them. */
function dosTime(date: Date): [number, number] {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return [time, day];
}

/** The package: local headers and data in entry order, then the central directory. */
export async function zipEntries(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  if (entries.length > 0xffff) throw new RangeError("Too many entries for a ZIP without ZIP64");
  const done = await Promise.all(entries.map((e) => (e.dir ? { chunks: [], crc: 0 } : deflateRaw(e.data))));
  const bodies = done.map((d) => d.chunks);
  const crcs = done.map((d) => d.crc);
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const sizes = bodies.map((chunks) => chunks.reduce((n, c) => n + c.length, 0));
  const local = names.reduce((n, name, i) => n + 30 + name.length + sizes[i], 0);
  const central = names.reduce((n, name) => n + 46 + name.length, 0);
  if (local + central > 0xffffffff) throw new RangeError("Package too large for a ZIP without ZIP64");
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  // The fields local and central headers share, from "version needed" to the name's length.
  const common = (i: number): void => {
    const [time, day] = dosTime(entries[i].date);
    const utf8 = names[i].some((b) => b >= 0x80);
    view.setUint16(at, entries[i].dir ? 10 : 20, true);
    view.setUint16(at + 2, utf8 ? 0x0800 : 0, true);
    view.setUint16(at + 4, entries[i].dir ? 0 : 8, true);
    view.setUint16(at + 6, time, true);
    view.setUint16(at + 8, day, true);
    view.setUint32(at + 10, crcs[i], true);
    view.setUint32(at + 14, sizes[i], true);
    view.setUint32(at + 18, entries[i].data.length, true);
    view.setUint16(at + 22, names[i].length, true);
  };
  entries.forEach((_, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    at += 4;
    common(i);
    at += 26;
    out.set(names[i], at);
    at += names[i].length;
    for (const chunk of bodies[i]) {
      out.set(chunk, at);
      at += chunk.length;
    }
  });
  const directory = at;
  entries.forEach((e, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, 20, true); // made by: MS-DOS, ZIP 2.0
    at += 6;
    common(i);
    view.setUint32(at + 32, e.dir ? 0x10 : 0, true); // external attributes: folder flag
    view.setUint32(at + 36, offsets[i], true);
    at += 40;
    out.set(names[i], at);
    at += names[i].length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, entries.length, true);
  view.setUint16(at + 10, entries.length, true);
  view.setUint32(at + 12, at - directory, true);
  view.setUint32(at + 16, directory, true);
  return out;
}
