/**
 * Shared e2e fixture: records every request, lets the preview server answer office.js from the installed
 * package (or answers it with the fake office.js), would answer the Office CDN from the same files, serves
 * the harness page, aborts and reports anything else that would leave localhost, and fails a test on
 * uncaught page errors.
 */
import * as fs from "fs";
import * as path from "path";
import { expect, test as base, type Page } from "@playwright/test";
import { bundle, FAKE_OFFICE_ENTRY, HARNESS_ENTRY } from "./harness/build";

const ROOT = path.join(__dirname, "..", "..");
const OFFICE_DIST = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_CDN = /^https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/([^?#]+)/i;
export const SCREENSHOTS = path.join(ROOT, "test-results", "screenshots");

const HARNESS_HTML = `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>harness</title></head>
<body style="margin:0"><div id="root"></div><script src="/harness/main.js"></script></body></html>`;

export interface NetworkLog {
  /** Every request the page made, in order. */
  requests: string[];
  /** office.js and its files: from the preview server (/office-js/, the installed package) or, had the page asked the CDN, answered from the same files. */
  office: string[];
  /** Requests that would have left localhost: aborted, and the test fails. */
  offsite: string[];
}

const isLocal = (url: URL): boolean =>
  url.protocol === "data:" || url.protocol === "blob:" || ((url.protocol === "http:" || url.protocol === "https:") && ["localhost", "127.0.0.1", "[::1]"].includes(url.hostname));

interface Fixtures {
  /** "real": office.js from @microsoft/office-js; "fake": test/e2e/fakeOffice.ts (Excel host, recording workbook). */
  officeJs: "real" | "fake";
  network: NetworkLog;
  pageErrors: string[];
}

export const test = base.extend<Fixtures>({
  officeJs: ["real", { option: true }],
  network: [
    async ({ context, officeJs }, use) => {
      const log: NetworkLog = { requests: [], office: [], offsite: [] };
      context.on("request", (request) => log.requests.push(request.url()));
      await context.route("**/*", async (route) => {
        const url = new URL(route.request().url());
        if (isLocal(url)) {
          if (url.pathname.startsWith("/office-js/")) {
            log.office.push(url.href);
            // The fake Excel stands in for office.js itself; its other files come from the server as they are.
            if (officeJs === "fake" && url.pathname.toLowerCase() === "/office-js/office.js") {
              return route.fulfill({ body: await bundle(FAKE_OFFICE_ENTRY), contentType: "text/javascript" });
            }
            return route.continue();
          }
          if (url.pathname === "/harness.html") return route.fulfill({ body: HARNESS_HTML, contentType: "text/html; charset=utf-8" });
          if (url.pathname === "/harness/main.js") return route.fulfill({ body: await bundle(HARNESS_ENTRY), contentType: "text/javascript" });
          return route.continue();
        }
        const cdn = OFFICE_CDN.exec(url.href);
        if (cdn) {
          log.office.push(url.href);
          const rel = decodeURIComponent(cdn[1]);
          if (officeJs === "fake" && rel.toLowerCase() === "office.js") {
            return route.fulfill({ body: await bundle(FAKE_OFFICE_ENTRY), contentType: "text/javascript" });
          }
          const file = path.join(OFFICE_DIST, path.normalize(rel));
          if (file.startsWith(OFFICE_DIST + path.sep) && fs.existsSync(file)) return route.fulfill({ path: file });
          return route.fulfill({ status: 404, body: "not in @microsoft/office-js/dist" });
        }
        log.offsite.push(url.href);
        return route.abort("blockedbyclient");
      });
      await use(log);
      expect(log.offsite, "requests that would have left localhost").toEqual([]);
    },
    { auto: true },
  ],
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** Full-page screenshot into test-results/screenshots/<name>.png. */
export async function shot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}
