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

// Slicing-by-8 tables: table k gives the CRC of a byte followed by k zero bytes. Eight bytes per step
// check a 300 MB worksheet about twice as fast as the byte-wise loop.
const CRC_TABLE = (() => {
  const table = new Int32Array(256 * 8);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c;
  }
  for (let n = 0; n < 256; n++) {
    for (let k = 1; k < 8; k++) {
      const prev = table[(k - 1) * 256 + n];
      table[k * 256 + n] = (prev >>> 8) ^ table[prev & 0xff];
    }
  }
  return table;
})();

/** CRC-32 of the bytes, continuing from `crc` (a previous result). */
export function crc32(data: Uint8Array, crc = 0): number {
  const t = CRC_TABLE;
  let c = crc ^ -1;
  let i = 0;
  const whole = data.length - (data.length % 8);
  for (; i < whole; i += 8) {
    const lo = (data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24)) ^ c;
    c = t[1792 + (lo & 0xff)] ^ t[1536 + ((lo >>> 8) & 0xff)] ^ t[1280 + ((lo >>> 16) & 0xff)] ^ t[1024 + (lo >>> 24)] ^
      t[768 + data[i + 4]] ^ t[512 + data[i + 5]] ^ t[256 + data[i + 6]] ^ t[data[i + 7]];
  }
  for (; i < data.length; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return (c ^ -1) >>> 0;
}

/** An entry's compressed bytes (raw deflate, or stored when `stored`), with the CRC-32 and size of its data. */
export interface DeflatedData {
  chunks: Uint8Array[];
  crc: number;
  size: number;
  stored?: boolean;
}

/** Writes still being compressed before the producer waits: it makes the next chunks meanwhile. */
const IN_FLIGHT = 4;
const encoder = new TextEncoder();

/**
 * Lets the event loop run: the platform's compressor hands its output back piece by piece on this
 * thread, so a producer that never yields leaves it waiting. A macrotask, not a microtask.
 */
const yieldToLoop: () => Promise<void> =
  typeof setImmediate === "function" ? () => new Promise((resolve) => setImmediate(resolve)) : () => new Promise((resolve) => setTimeout(resolve, 0));

/** The bytes between `from` and `to` of a list of chunks, as views. */
function sliceChunks(chunks: readonly Uint8Array[], from: number, to: number): Uint8Array[] {
  const out: Uint8Array[] = [];
  let at = 0;
  for (const chunk of chunks) {
    const a = Math.max(from - at, 0);
    const b = Math.min(to - at, chunk.length);
    if (b > a) out.push(a === 0 && b === chunk.length ? chunk : chunk.subarray(a, b));
    at += chunk.length;
  }
  return out;
}

/** Length of a gzip member's header (RFC 1952): 10 bytes plus the optional fields its flags announce. */
function gzipHeaderLength(byteAt: (i: number) => number): number {
  if (byteAt(0) !== 0x1f || byteAt(1) !== 0x8b || byteAt(2) !== 8) throw new Error("CompressionStream gave no gzip header");
  const flags = byteAt(3);
  let at = 10;
  if (flags & 4) at += 2 + (byteAt(at) | (byteAt(at + 1) << 8));
  if (flags & 8) while (byteAt(at++) !== 0);
  if (flags & 16) while (byteAt(at++) !== 0);
  if (flags & 2) at += 2;
  return at;
}

/**
 * One entry compressed as it is produced: the caller writes chunks of any size and never holds the
 * whole entry. The platform compresses it as gzip, whose trailer carries the CRC-32 the ZIP needs, so
 * the checksum is computed natively too; the gzip header and trailer are cut off, leaving raw deflate.
 * Needs CompressionStream (hasNativeDeflate).
 */
export class RawDeflater {
  private size = 0;
  private readonly chunks: Uint8Array[] = [];
  private readonly writer: WritableStreamDefaultWriter<BufferSource>;
  private readonly drained: Promise<void>;
  /** Writes in flight, oldest first, with the text buffer each one reads (reused once it is done). */
  private readonly pending: { done: Promise<void>; buffer?: Uint8Array }[] = [];
  private readonly spare: Uint8Array[] = [];

  constructor() {
    const stream = new CompressionStream("gzip");
    this.writer = stream.writable.getWriter();
    const reader = stream.readable.getReader();
    this.drained = (async () => {
      for (let read = await reader.read(); !read.done; read = await reader.read()) this.chunks.push(read.value);
    })();
  }

  /** Compresses bytes the caller will not change until finish(). */
  async write(data: Uint8Array): Promise<void> {
    if (!data.length) return;
    this.size += data.length;
    await this.enqueue(data);
  }

  /** Compresses text as UTF-8, encoded into buffers reused from earlier writes (no garbage per chunk). */
  async writeText(text: string): Promise<void> {
    if (!text) return;
    let buffer = this.spare.pop();
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (!buffer || buffer.length < text.length * 3) buffer = new Uint8Array(Math.max(text.length * 3, 1 << 16));
    const { written } = encoder.encodeInto(text, buffer);
    this.size += written;
    await this.enqueue(buffer.subarray(0, written), buffer);
  }

  private async enqueue(view: Uint8Array, buffer?: Uint8Array): Promise<void> {
    this.pending.push({ done: this.writer.write(view as Uint8Array<ArrayBuffer>), buffer });
    if (this.pending.length >= IN_FLIGHT) await this.release();
    // Give the compressor's callbacks a turn, so it works while the caller makes the next chunk.
    else await yieldToLoop();
  }

  private async release(): Promise<void> {
    const oldest = this.pending.shift();
    if (!oldest) return;
    await oldest.done;
    if (oldest.buffer) this.spare.push(oldest.buffer);
  }

  async finish(): Promise<DeflatedData> {
    while (this.pending.length) await this.release();
    await this.writer.close();
    await this.drained;
    const total = this.chunks.reduce((n, c) => n + c.length, 0);
    const tail = sliceChunks(this.chunks, total - 8, total);
    const trailer = new Uint8Array(8);
    let at = 0;
    for (const piece of tail) {
      trailer.set(piece, at);
      at += piece.length;
    }
    const crc = new DataView(trailer.buffer).getUint32(0, true);
    const byteAt = (i: number): number => sliceChunks(this.chunks, i, i + 1)[0]?.[0] ?? 0;
    return { chunks: sliceChunks(this.chunks, gzipHeaderLength(byteAt), total - 8), crc, size: this.size };
  }
}

/** Raw deflate of the bytes and their CRC-32, fed to the compressor a megabyte at a time. */
async function deflateRaw(data: Uint8Array): Promise<DeflatedData> {
  const deflater = new RawDeflater();
  // Views of the entry, not copies; its buffer is an ordinary ArrayBuffer (JSZip's or ours).
  for (let at = 0; at < data.length; at += CHUNK) await deflater.write(data.subarray(at, at + CHUNK));
  return deflater.finish();
}

/** MS-DOS time and date of the entry, in UTC as JSZip writes them. */
function dosTime(date: Date): [number, number] {
  const time = (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1);
  const day = ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate();
  return [time, day];
}

/** The package: local headers and data in entry order, then the central directory. */
export async function zipEntries(entries: readonly ZipEntry[]): Promise<Uint8Array> {
  const done = await Promise.all(entries.map((e) => (e.dir ? { chunks: [], crc: 0, size: 0 } : deflateRaw(e.data))));
  return assembleZip(entries.map((e, i) => ({ name: e.name, date: e.date, dir: e.dir, data: done[i] })));
}

/** An entry whose data is already compressed (or stored). */
export interface PackedEntry {
  name: string;
  date: Date;
  dir: boolean;
  data: DeflatedData;
}

/** Local headers and data in entry order, then the central directory, as one array. */
export function assembleZip(entries: readonly PackedEntry[]): Uint8Array {
  if (entries.length > 0xffff) throw new RangeError("Too many entries for a ZIP without ZIP64");
  const encoder = new TextEncoder();
  const names = entries.map((e) => encoder.encode(e.name));
  const sizes = entries.map((e) => e.data.chunks.reduce((n, c) => n + c.length, 0));
  const local = names.reduce((n, name, i) => n + 30 + name.length + sizes[i], 0);
  const central = names.reduce((n, name) => n + 46 + name.length, 0);
  if (local + central > 0xffffffff || entries.some((e) => e.data.size > 0xffffffff)) throw new RangeError("Package too large for a ZIP without ZIP64");
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  const offsets: number[] = [];
  let at = 0;
  // The fields local and central headers share, from "version needed" to the name's length.
  const common = (i: number): void => {
    const { dir, date, data } = entries[i];
    const [time, day] = dosTime(date);
    const utf8 = names[i].some((b) => b >= 0x80);
    view.setUint16(at, dir ? 10 : 20, true);
    view.setUint16(at + 2, utf8 ? 0x0800 : 0, true);
    view.setUint16(at + 4, dir || data.stored ? 0 : 8, true);
    view.setUint16(at + 6, time, true);
    view.setUint16(at + 8, day, true);
    view.setUint32(at + 10, data.crc, true);
    view.setUint32(at + 14, sizes[i], true);
    view.setUint32(at + 18, data.size, true);
    view.setUint16(at + 22, names[i].length, true);
  };
  entries.forEach((entry, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    at += 4;
    common(i);
    at += 26;
    out.set(names[i], at);
    at += names[i].length;
    for (const chunk of entry.data.chunks) {
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
