import * as fs from "fs";
import * as path from "path";
import { spawnSync } from "child_process";
import { checkManifest } from "../../scripts/manifest-check";
import { RIBBON_COMMAND_IDS } from "../../src/commands/ids";
import { RIBBON_COMMANDS } from "../../src/commands/commands";

const root = path.join(__dirname, "..", "..");
const manifest = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
const assets = path.join(root, "assets");

describe("manifest.xml", () => {
  it("passes the structural checks", async () => {
    expect(await checkManifest(manifest, assets)).toEqual([]);
  });

  it("is well-formed for xmllint", () => {
    const result = spawnSync("xmllint", ["--noout", path.join(root, "manifest.xml")], { encoding: "utf8" });
    if (result.error) throw new Error("xmllint is not installed (Debian package libxml2-utils)");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("has icons of every size the ribbon needs, as real PNGs of that size", () => {
    for (const size of [16, 32, 64, 80]) {
      const png = fs.readFileSync(path.join(assets, `icon-${size}.png`));
      expect(png.subarray(1, 4).toString()).toBe("PNG");
      expect(png.readUInt32BE(16)).toBe(size);
      expect(png.readUInt32BE(20)).toBe(size);
    }
  });

  it("wires every ribbon button to a command the add-in associates, and nothing else", () => {
    const functionNames = [...manifest.matchAll(/<FunctionName>([^<]+)<\/FunctionName>/g)].map((m) => m[1]);
    expect([...functionNames].sort()).toEqual([...RIBBON_COMMAND_IDS].sort());
    expect(RIBBON_COMMANDS.map((c) => c.id)).toEqual([...RIBBON_COMMAND_IDS]);
  });

  it("groups the tab by the workflow: Данные, Анализ, Отчёты", () => {
    const groups = [...manifest.matchAll(/<Group id="([^"]+)">\s*<Label resid="([^"]+)"/g)].map((m) => m[2]);
    const text = (id: string) => new RegExp(`<bt:String id="${id}" DefaultValue="([^"]+)"`).exec(manifest)?.[1];
    expect(groups.map(text)).toEqual(["Данные", "Анализ", "Отчёты"]);
  });

  it("has every button icon as a real PNG of its size", () => {
    const images = [...manifest.matchAll(/<bt:Image id="[^"]+" DefaultValue="https:\/\/localhost:3000\/assets\/([a-z]+)-(\d+)\.png"\/>/g)];
    expect(images.length).toBeGreaterThan(20);
    for (const [, name, size] of images) {
      const png = fs.readFileSync(path.join(assets, `${name}-${size}.png`));
      expect([name, png.readUInt32BE(16)]).toEqual([name, Number(size)]);
    }
  });

  it("gives English overrides for every Russian string, and the English ones are English", () => {
    // Self-closing strings too: a Russian one without a body is exactly the mistake to catch.
    const strings = [...manifest.matchAll(/<bt:String id="([^"]+)" DefaultValue="([^"]*)"\s*(\/>|>([\s\S]*?)<\/bt:String>)/g)];
    expect(strings.length).toBe((manifest.match(/<bt:String\b/g) ?? []).length);
    for (const [, id, value, , body = ""] of strings) {
      if (/[а-яё]/i.test(value)) expect({ id, hasEnglish: body.includes('Locale="en-US"') }).toEqual({ id, hasEnglish: true });
      for (const [, english] of body.matchAll(/Locale="en-(?:US|GB)" Value="([^"]*)"/g)) expect({ id, cyrillic: /[а-яё]/i.test(english) }).toEqual({ id, cyrillic: false });
    }
  });

  // The checker must catch the mistakes it exists for, or a passing run means nothing.
  it.each([
    ["a resid that resolves nowhere", (x: string) => x.replace('<Label resid="Tab.Label"/>', '<Label resid="Tab.Missing"/>'), "does not resolve"],
    ["a Page that differs from the Runtime", (x: string) => x.replace(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/, '<Page><SourceLocation resid="Functions.Script.Url"/>'), "differs from <Runtime>"],
    ["a short-lived runtime", (x: string) => x.replace('lifetime="long"', 'lifetime="short"'), 'lifetime="long"'],
    ["an http URL", (x: string) => x.replace('DefaultValue="https://localhost:3000/functions.js"', 'DefaultValue="http://localhost:3000/functions.js"'), "not https"],
    ["a too-long short string", (x: string) => x.replace('DefaultValue="Анализ"', `DefaultValue="${"а".repeat(126)}"`), "longer than 125"],
    ["elements out of order", (x: string) => x.replace("  <Permissions>ReadWriteDocument</Permissions>\n", "").replace("  <Hosts>\n    <Host Name", "  <Permissions>ReadWriteDocument</Permissions>\n  <Hosts>\n    <Host Name"), "order"],
    ["no SharedRuntime requirement", (x: string) => x.replace('<Set Name="SharedRuntime" MinVersion="1.1"/>', ""), "SharedRuntime"],
  ])("reports %s", async (_name, mutate, fragment) => {
    const problems = await checkManifest(mutate(manifest), assets);
    expect(problems.join("\n")).toContain(fragment);
  });
});
