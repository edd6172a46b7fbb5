/* eslint-disable @typescript-eslint/no-require-imports */
// Draws the add-in icon (a school-blue tile with three rising bars and a baseline) at every size the
// manifest needs and writes PNGs into assets/. Run once after changing the design: `node scripts/make-icons.js`.
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) pixel(x, y).forEach((v, i) => (raw[y * (size * 4 + 1) + 1 + x * 4 + i] = v));
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw)),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const BLUE = [0x1f, 0x5f, 0xa8, 255];
const WHITE = [255, 255, 255, 255];
const GREEN = [0x7c, 0xd3, 0x8b, 255];
const CLEAR = [0, 0, 0, 0];

function icon(size) {
  const s = (v) => v * size; // coordinates in units of the icon size
  const radius = s(0.18);
  const inTile = (x, y) => {
    const cx = Math.min(Math.max(x, radius), size - radius);
    const cy = Math.min(Math.max(y, radius), size - radius);
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
  };
  const bars = [
    [0.2, 0.36, 0.58],
    [0.42, 0.58, 0.42],
    [0.64, 0.8, 0.24],
  ];
  return png(size, (px, py) => {
    const x = px + 0.5;
    const y = py + 0.5;
    if (!inTile(x, y)) return CLEAR;
    if (y >= s(0.78) && y <= s(0.84) && x >= s(0.16) && x <= s(0.84)) return WHITE;
    for (const [x0, x1, top] of bars) {
      if (x >= s(x0) && x <= s(x1) && y >= s(top) && y < s(0.78)) return top === 0.24 ? GREEN : WHITE;
    }
    return BLUE;
  });
}

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), icon(size));
console.log("icons written to assets/");
