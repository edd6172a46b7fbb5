/* eslint-disable @typescript-eslint/no-require-imports */
// `npm start`: sideloads the add-in into Excel desktop (Windows, macOS) through office-addin-debugging.
// Excel does not run on Linux, and office-addin-debugging would exit 0 there without doing anything,
// so we say so plainly instead.
const { spawnSync } = require("child_process");

if (process.platform !== "win32" && process.platform !== "darwin") {
  console.error(
    [
      "Excel для рабочего стола не работает на этой системе (" + process.platform + "): загрузить надстройку некуда.",
      "Что можно сделать здесь:",
      "  npm run -s cli -- functions   — список функций надстройки;",
      "  npm run dev-server            — раздать надстройку по https://localhost:3000 и загрузить manifest.xml",
      "                                  в Excel в браузере (Вставка → Надстройки → Загрузить надстройку).",
      "Excel desktop does not run on " + process.platform + "; see README for Excel on the web.",
    ].join("\n"),
  );
  process.exit(1);
}

const result = spawnSync("office-addin-debugging", ["start", "manifest.xml", ...process.argv.slice(2)], {
  stdio: "inherit",
  shell: true,
});
process.exit(result.status ?? 1);
