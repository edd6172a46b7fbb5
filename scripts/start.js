/* eslint-disable @typescript-eslint/no-require-imports */
// `npm start`. On Windows and macOS: sideloads the add-in into Excel desktop through office-addin-debugging.
// Elsewhere (Linux, where Excel cannot run and office-addin-debugging would exit 0 doing nothing), or with
// --standalone: builds dist/ if it is missing or older than the sources (or with --rebuild) and serves it
// over plain http on localhost, where the task pane runs in its standalone mode on a workbook file.
//   node scripts/start.js [--standalone] [--rebuild] [--port=3000]
const { spawnSync } = require("child_process");
const fs = require("fs");
const http = require("http");
const path = require("path");

const root = path.join(__dirname, "..");
const dist = path.join(root, "dist");
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name) => {
  const inline = args.find((a) => a.startsWith(`--${name}=`));
  if (inline) return inline.slice(name.length + 3);
  const at = args.indexOf(`--${name}`);
  return at >= 0 ? args[at + 1] : undefined;
};

const desktop = process.platform === "win32" || process.platform === "darwin";
if (desktop && !flag("standalone")) {
  const result = spawnSync("office-addin-debugging", ["start", "manifest.xml", ...args], { stdio: "inherit", shell: true, cwd: root });
  process.exit(result.status ?? 1);
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
  ".ico": "image/x-icon",
  ".xml": "application/xml; charset=utf-8",
  ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  ".txt": "text/plain; charset=utf-8",
};

function build() {
  console.log(fs.existsSync(path.join(dist, "taskpane.html")) ? "Собираю dist/ заново (исходники новее сборки)…" : "dist/ нет: собираю надстройку (webpack, production)…");
  const webpack = path.join(root, "node_modules", "webpack-cli", "bin", "cli.js");
  const result = spawnSync(process.execPath, [webpack, "--mode", "production"], { stdio: "inherit", cwd: root });
  if (result.status !== 0) {
    console.error("Сборка не удалась (webpack), сервер не запущен. Build failed.");
    process.exit(result.status ?? 1);
  }
}

// Office.js from the installed @microsoft/office-js package, not Microsoft's CDN: the preview needs no network.
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_LOCAL = "/office-js/";
const officeDist = path.join(root, "node_modules", "@microsoft", "office-js", "dist");

/**
 * Static files from dist/ only (the path is resolved and must stay inside dist: no ../ escapes), and
 * office.js with its locale files from the installed package, which taskpane.html is pointed at.
 */
function serve(port) {
  const server = http.createServer((request, response) => {
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    if (pathname === "/") pathname = "/taskpane.html";
    const [base, relative] = pathname.startsWith(OFFICE_LOCAL) ? [officeDist, pathname.slice(OFFICE_LOCAL.length - 1)] : [dist, pathname];
    const file = path.join(base, path.normalize(relative));
    if (file === path.join(dist, "taskpane.html") && fs.existsSync(file)) {
      response.writeHead(200, { "Content-Type": TYPES[".html"], "Cache-Control": "no-cache" });
      response.end(fs.readFileSync(file, "utf8").split(OFFICE_CDN).join(OFFICE_LOCAL));
      return;
    }
    if (!file.startsWith(base + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      response.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found");
      return;
    }
    response.writeHead(200, {
      "Content-Type": TYPES[path.extname(file).toLowerCase()] ?? "application/octet-stream",
      // Always the freshly built files: a stale cached chunk would not match the new entry script.
      "Cache-Control": "no-cache",
    });
    fs.createReadStream(file).pipe(response);
  });
  server.on("error", (error) => {
    console.error(error.code === "EADDRINUSE" ? `Порт ${port} занят: укажите другой, например --port=3001.` : error.message);
    process.exit(1);
  });
  // Loopback only: this is a local preview, not a server for the network.
  server.listen(port, "127.0.0.1", () => {
    const url = `http://localhost:${port}/taskpane.html`;
    console.log(
      [
        "",
        desktop ? "Надстройка «Качество школ» без Excel (режим файла):" : `Excel для рабочего стола на этой системе (${process.platform}) не работает: надстройка запущена в режиме файла.`,
        `  Откройте ${url}`,
        "  Пример книги открывается в один клик: кнопка «Открыть пример»; результат — «Скачать книгу».",
        "  Для Excel в браузере: npm run dev-server (https) и загрузите manifest.xml (Вставка → Надстройки).",
        `Standalone mode at ${url} (Ctrl+C to stop).`,
      ].join("\n"),
    );
  });
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

const port = Number(option("port") ?? process.env.npm_package_config_dev_server_port ?? 3000);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`Порт «${option("port")}» не годится: нужно число 1–65535.`);
  process.exit(1);
}
/** Newest modification time under the given files and folders (the inputs of the build). */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    const stat = fs.statSync(p, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else latest = Math.max(latest, stat.mtimeMs);
  };
  paths.forEach((p) => visit(path.join(root, p)));
  return latest;
}

// A dist/ older than the sources would show yesterday's pane: rebuild then too.
const page = path.join(dist, "taskpane.html");
// webpack leaves unchanged outputs untouched, so the build's time is that of its newest file.
const stale = fs.existsSync(page) && newest(["src", "assets", "manifest.xml", "webpack.config.js", "package.json"]) > newest(["dist"]);
if (flag("rebuild") || !fs.existsSync(page) || stale) build();
serve(port);
