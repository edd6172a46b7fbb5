/** Unit and integration tests; type checking runs separately (tsc --noEmit in scripts/test.js). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  setupFiles: ["<rootDir>/test/setup/i18n.ts"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true, tsconfig: { module: "commonjs", jsx: "react-jsx" } }],
  },
  moduleNameMapper: {
    // office-addin-mock imports an ESM-only entry of office-addin-manifest.
    "^office-addin-manifest$": "office-addin-manifest/lib/officeApp.js",
  },
};
