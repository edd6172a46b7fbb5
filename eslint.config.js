/* eslint-disable @typescript-eslint/no-require-imports */
// Lint: typescript-eslint, the Office add-in rules (load before read, no context.sync in a loop), and
// import boundaries that keep src/core and the pure layers free of Office.js, ExcelJS, React and Node.
const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

const officeRules = Object.fromEntries(Object.keys(officeAddins.rules).map((name) => [`office-addins/${name}`, "error"]));
const NODE_MODULES = ["fs", "path", "os", "child_process", "vm", "node:*", "crypto", "zlib", "stream", "worker_threads"];
const pureLayer = (extra = []) => ({
  "no-restricted-imports": [
    "error",
    {
      patterns: [
        { group: ["exceljs", "react", "react-dom", "@fluentui/*", "office-*", "hyperformula", ...NODE_MODULES], message: "Pure layers import nothing from Office, ExcelJS, React or Node." },
        ...extra,
      ],
    },
  ],
});

module.exports = tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "out/"] },
  ...tseslint.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      "office-addins/test-for-null-using-isNullObject": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_" }],
    },
  },
  { files: ["src/core/**/*.ts", "src/import/**/*.ts", "src/reports/**/*.ts"], rules: pureLayer([{ group: ["**/workbook/**", "**/app/**", "**/taskpane/**", "**/cli/**"], message: "Data flows one way: pure layers do not reach out." }]) },
  { files: ["src/functions/**/*.ts"], rules: pureLayer() },
  { files: ["src/taskpane/**/*.{ts,tsx}"], rules: { "no-restricted-imports": ["error", { patterns: [{ group: ["exceljs", "**/workbook/officeAdapter*"], message: "The task pane reaches Excel only through src/app." }] }] } },
  { files: ["**/*.js"], languageOptions: { sourceType: "commonjs", globals: { require: "readonly", module: "writable", __dirname: "readonly", process: "readonly", console: "readonly", Buffer: "readonly" } } },
);
