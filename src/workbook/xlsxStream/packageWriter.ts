/**
 * The ZIP container of the streamed package. Each entry is written as pieces of text that go straight
 * through the platform's compressor (CompressionStream: browsers, Node 18+), so no part is ever held
 * whole, uncompressed; entries may be open at the same time (the shared strings grow while the sheets
 * are written) and one entry's compression finishes while the next is produced. Without
 * CompressionStream the pieces are kept as bytes and JSZip compresses the package at the end: correct,
 * but with the memory of the whole uncompressed package (as the ExcelJS writer needs).
 */
import JSZip from "jszip";
import { RawDeflater, assembleZip, hasNativeDeflate, type DeflatedData, type PackedEntry } from "../zipWrite";

const encoder = new TextEncoder();

/** One entry being written. */
export interface EntryWriter {
  write(text: string): Promise<void>;
  /** Ends the entry; its compression may finish later (PackageWriter.finish waits for it). */
  close(): void;
}

export class PackageWriter {
  private readonly entries: { name: string; data: Promise<DeflatedData> }[] = [];
  private readonly date = new Date();

  constructor(private readonly native = hasNativeDeflate()) {}

  /** Opens an entry; entries are stored in the order they were opened. */
  open(name: string): EntryWriter {
    let close: (data: Promise<DeflatedData>) => void = () => undefined;
    const data = new Promise<DeflatedData>((resolve) => (close = resolve));
    // A failure surfaces in finish(); until then it must not count as unhandled.
    data.catch(() => undefined);
    this.entries.push({ name, data });
    if (this.native) {
      const deflater = new RawDeflater();
      return { write: (text) => deflater.writeText(text), close: () => close(deflater.finish()) };
    }
    // JSZip checksums and compresses these in finish().
    const chunks: Uint8Array[] = [];
    return {
      write: async (text) => void chunks.push(encoder.encode(text)),
      close: () => close(Promise.resolve({ chunks, crc: 0, size: 0, stored: true })),
    };
  }

  /** Writes a whole entry from its pieces (a string or a generator of strings). */
  async add(name: string, pieces: Iterable<string> | string): Promise<void> {
    const entry = this.open(name);
    for (const piece of typeof pieces === "string" ? [pieces] : pieces) await entry.write(piece);
    entry.close();
  }

  /** The package: assembled from the compressed entries, or compressed by JSZip without native deflate. */
  async finish(): Promise<Uint8Array> {
    const entries: PackedEntry[] = [];
    for (const { name, data } of this.entries) entries.push({ name, date: this.date, dir: false, data: await data });
    this.entries.length = 0;
    if (this.native) return assembleZip(entries);
    const zip = new JSZip();
    for (const entry of entries) zip.file(entry.name, concat(entry.data.chunks), { date: entry.date, createFolders: false });
    return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  }
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
