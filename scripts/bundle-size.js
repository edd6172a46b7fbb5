/* eslint-disable @typescript-eslint/no-require-imports */
// `npm run size`: raw and gzipped sizes of what the task pane downloads first (the scripts taskpane.html
// loads) and of the chunks it loads later (Excel actions, standalone ExcelJS). Fails when the task pane's
// initial JavaScript exceeds the budget. Reads dist/ as built: run `npm run build` first.
//   node scripts/bundle-size.js [dist-folder]
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const BUDGET_GZIP = 400 * 1024;
const dist = path.resolve(process.argv[2] ?? path.join(__dirname, "..", "dist"));
const html = path.join(dist, "taskpane.html");
if (!fs.existsSync(html)) {
  console.error(`${html} не найден: сначала соберите надстройку (npm run build).`);
  process.exit(1);
}

const measure = (file) => {
  const bytes = fs.readFileSync(path.join(dist, file));
  return { file, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`.padStart(10);
const row = (s) => `  ${s.file.padEnd(44)}${kb(s.raw)}${kb(s.gzip)}`;
const sum = (list, key) => list.reduce((total, s) => total + s[key], 0);

// Script order in the page is the load order; functions.js belongs to the custom functions.
// The page is minified: attribute values may be quoted or not.
const scripts = [...fs.readFileSync(html, "utf8").matchAll(/<script[^>]*\ssrc=(?:"([^"]+)"|'([^']+)'|([^\s>]+))/g)]
  .map((m) => m[1] ?? m[2] ?? m[3])
  .filter((src) => !/^https?:/.test(src))
  .map((src) => src.replace(/^\.?\//, ""));
const functions = scripts.filter((s) => s === "functions.js").map(measure);
const initial = scripts.filter((s) => s !== "functions.js").map(measure);
const lazy = fs.readdirSync(dist).filter((f) => f.endsWith(".js") && !scripts.includes(f)).sort().map(measure);

console.log(`${"".padEnd(46)}${"raw".padStart(10)}${"gzip".padStart(10)}`);
console.log("Task pane, initial (loaded by taskpane.html):");
initial.forEach((s) => console.log(row(s)));
console.log(row({ file: "= total", raw: sum(initial, "raw"), gzip: sum(initial, "gzip") }));
console.log("Custom functions (same page, also loaded alone by Excel):");
functions.forEach((s) => console.log(row(s)));
console.log("Lazy chunks (loaded on demand):");
lazy.forEach((s) => console.log(row(s)));
if (lazy.length === 0) console.log("  (none)");

const initialGzip = sum(initial, "gzip");
const verdict = initialGzip <= BUDGET_GZIP ? "within" : "OVER";
console.log(`\nInitial task-pane JavaScript: ${(initialGzip / 1024).toFixed(1)} KB gzipped, ${verdict} the ${BUDGET_GZIP / 1024} KB budget.`);
process.exit(initialGzip <= BUDGET_GZIP ? 0 : 1);
