/* eslint-disable @typescript-eslint/no-require-imports */
// Draws the add-in's icons at every size the manifest needs and writes PNGs into assets/: the add-in
// tile (icon-*.png) and one glyph per ribbon button (<name>-*.png). Shapes are described in a 0..1 box
// and rasterised with 4×4 supersampling, so small sizes stay crisp. Run after changing a design:
// `node scripts/make-icons.js`; a test checks every manifest icon exists at its size.
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

function png(size, rgba) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", header), chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0)),
  ]);
}

const BLUE = [0x1f, 0x5f, 0xa8];
const GREEN = [0x2e, 0x9e, 0x4f];
const RED = [0xc4, 0x31, 0x2b];
const AMBER = [0xe0, 0x9b, 0x10];
const WHITE = [255, 255, 255];

// Shape tests in the unit box: each returns whether point (x, y) is inside.
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1;
const disc = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const ring = (cx, cy, r, w) => (x, y) => {
  const d = Math.hypot(x - cx, y - cy);
  return d <= r && d >= r - w;
};
function segment(x0, y0, x1, y1, w) {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const len2 = dx * dx + dy * dy;
  return (x, y) => {
    const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / len2));
    return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy)) <= w / 2;
  };
}
function polygon(points) {
  return (x, y) => {
    let inside = false;
    for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
      const [xi, yi] = points[i];
      const [xj, yj] = points[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
    return inside;
  };
}
const frame = (x0, y0, x1, y1, w) => (x, y) => rect(x0, y0, x1, y1)(x, y) && !rect(x0 + w, y0 + w, x1 - w, y1 - w)(x, y);
const roundTile = (r) => (x, y) => {
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
};

/** Layers painted in order: [colour, shape]. */
const GLYPHS = {
  icon: [
    [BLUE, roundTile(0.18)],
    [WHITE, rect(0.16, 0.78, 0.84, 0.84)],
    [WHITE, rect(0.2, 0.58, 0.36, 0.78)],
    [WHITE, rect(0.42, 0.42, 0.58, 0.78)],
    [[0x7c, 0xd3, 0x8b], rect(0.64, 0.24, 0.8, 0.78)],
  ],
  pane: [[BLUE, frame(0.08, 0.14, 0.92, 0.86, 0.07)], [BLUE, rect(0.58, 0.14, 0.92, 0.86)], [WHITE, rect(0.64, 0.3, 0.86, 0.36)], [WHITE, rect(0.64, 0.46, 0.86, 0.52)], [WHITE, rect(0.64, 0.62, 0.86, 0.68)]],
  import: [
    [BLUE, frame(0.08, 0.32, 0.72, 0.92, 0.06)], [BLUE, rect(0.08, 0.52, 0.72, 0.57)], [BLUE, rect(0.08, 0.72, 0.72, 0.77)], [BLUE, rect(0.3, 0.32, 0.35, 0.92)],
    [GREEN, rect(0.74, 0.06, 0.86, 0.44)], [GREEN, polygon([[0.62, 0.4], [0.98, 0.4], [0.8, 0.62]])],
  ],
  classify: [
    [RED, disc(0.18, 0.22, 0.11)], [BLUE, rect(0.36, 0.17, 0.92, 0.27)],
    [AMBER, disc(0.18, 0.5, 0.11)], [BLUE, rect(0.36, 0.45, 0.92, 0.55)],
    [GREEN, disc(0.18, 0.78, 0.11)], [BLUE, rect(0.36, 0.73, 0.92, 0.83)],
  ],
  risk: [[AMBER, polygon([[0.5, 0.06], [0.96, 0.9], [0.04, 0.9]])], [WHITE, rect(0.45, 0.34, 0.55, 0.64)], [WHITE, disc(0.5, 0.76, 0.06)]],
  targets: [[BLUE, ring(0.5, 0.5, 0.44, 0.1)], [BLUE, ring(0.5, 0.5, 0.27, 0.1)], [RED, disc(0.5, 0.5, 0.1)]],
  roadmap: [
    [BLUE, rect(0.06, 0.06, 0.12, 0.94)], [BLUE, rect(0.18, 0.16, 0.56, 0.3)], [GREEN, rect(0.38, 0.43, 0.8, 0.57)], [BLUE, rect(0.6, 0.7, 0.94, 0.84)],
  ],
  summary: [
    [BLUE, rect(0.08, 0.88, 0.92, 0.94)],
    [BLUE, rect(0.14, 0.5, 0.32, 0.88)], [RED, rect(0.14, 0.3, 0.32, 0.5)],
    [BLUE, rect(0.41, 0.36, 0.59, 0.88)], [RED, rect(0.41, 0.16, 0.59, 0.36)],
    [BLUE, rect(0.68, 0.62, 0.86, 0.88)], [RED, rect(0.68, 0.5, 0.86, 0.62)],
  ],
  diagnostics: [
    [BLUE, rect(0.08, 0.88, 0.92, 0.94)], [BLUE, rect(0.14, 0.46, 0.3, 0.88)], [BLUE, rect(0.42, 0.24, 0.58, 0.88)], [BLUE, rect(0.7, 0.58, 0.86, 0.88)],
    [GREEN, rect(0.06, 0.5, 0.94, 0.56)],
  ],
  monitoring: [
    [BLUE, rect(0.06, 0.06, 0.12, 0.94)], [BLUE, rect(0.06, 0.88, 0.94, 0.94)],
    [GREEN, segment(0.2, 0.72, 0.44, 0.5, 0.09)], [GREEN, segment(0.44, 0.5, 0.62, 0.6, 0.09)], [GREEN, segment(0.62, 0.6, 0.88, 0.2, 0.09)],
    [GREEN, disc(0.88, 0.2, 0.08)],
  ],
};

const SS = 4;
function render(layers, size) {
  const out = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SS; sy++) {
        for (let sx = 0; sx < SS; sx++) {
          const x = (px + (sx + 0.5) / SS) / size;
          const y = (py + (sy + 0.5) / SS) / size;
          let colour = null;
          for (const [c, inside] of layers) if (inside(x, y)) colour = c;
          if (colour) {
            r += colour[0];
            g += colour[1];
            b += colour[2];
            a++;
          }
        }
      }
      const i = (py * size + px) * 4;
      if (a) {
        out[i] = Math.round(r / a);
        out[i + 1] = Math.round(g / a);
        out[i + 2] = Math.round(b / a);
        out[i + 3] = Math.round((255 * a) / (SS * SS));
      }
    }
  }
  return png(size, out);
}

const dir = path.join(__dirname, "..", "assets");
fs.mkdirSync(dir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) fs.writeFileSync(path.join(dir, `icon-${size}.png`), render(GLYPHS.icon, size));
for (const [name, layers] of Object.entries(GLYPHS)) {
  if (name === "icon") continue;
  for (const size of [16, 32, 80]) fs.writeFileSync(path.join(dir, `${name}-${size}.png`), render(layers, size));
}
console.log("icons written to assets/");
