/* eslint-disable @typescript-eslint/no-require-imports */
// Builds the task pane (React), the custom functions and the ribbon commands for one shared runtime,
// and emits both custom-functions metadata files from the registry.
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { execFileSync } = require("child_process");

const DEV_URL = "https://localhost:3000/";
const PROD_URL = process.env.ADDIN_URL || DEV_URL;

class FunctionsMetadataPlugin {
  apply(compiler) {
    compiler.hooks.thisCompilation.tap("FunctionsMetadataPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "FunctionsMetadataPlugin", stage: compiler.webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        () => {
          // Generated per build (watch mode picks up registry edits) in a child process, so the TypeScript
          // registry loads the same way under webpack, the dev server and jest.
          const script = path.join(__dirname, "scripts", "functions-metadata.ts");
          const output = execFileSync(process.execPath, [require.resolve("tsx/cli"), script], { cwd: __dirname, encoding: "utf8" });
          const metadata = JSON.parse(output);
          for (const [file, locale] of [["functions.json", "en"], ["functions.ru.json", "ru"]]) {
            const json = JSON.stringify(metadata[locale], null, 2);
            compilation.emitAsset(file, new compiler.webpack.sources.RawSource(json));
          }
        },
      );
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const config = {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      clean: true,
      // Entry names are fixed (the manifest points at them); lazy chunks carry a content hash so Office's
      // aggressive cache never pairs a new entry with an old chunk.
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
    },
    optimization: {
      splitChunks: {
        // functions.js must stay one self-contained file: Excel may load it alone (JS-only runtime), and a
        // shared chunk would put task-pane code on every recalculation start. Only the task pane splits.
        chunks: (chunk) => chunk.name !== "functions",
        cacheGroups: {
          // React and Fluent change rarely: a separate initial chunk stays cached across our releases.
          vendor: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler|@fluentui|@griffel|@floating-ui|tabster|keyborg|@swc|use-sync-external-store|rtl-css-js|stylis)[\\/]/,
            name: "vendor",
            chunks: (chunk) => chunk.name === "taskpane",
            priority: 20,
          },
          // The workbook-file engine of standalone mode, named so the size report says what it is.
          exceljs: {
            test: /[\\/]node_modules[\\/](exceljs|jszip|pako|readable-stream|saxes|fast-csv|dayjs|unzipper|archiver)[\\/]/,
            name: "exceljs",
            chunks: "async",
            priority: 10,
          },
        },
      },
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        { test: /\.tsx?$/, exclude: /node_modules/, use: { loader: "ts-loader", options: { transpileOnly: true } } },
      ],
    },
    plugins: [
      new FunctionsMetadataPlugin(),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // One page hosts the shared runtime: the task pane and the custom functions.
        chunks: ["functions", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "assets/samples/*.xlsx", to: "assets/samples/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : content.toString().replaceAll(DEV_URL, PROD_URL)),
          },
        ],
      }),
    ],
    performance: { hints: false },
    devServer: {
      static: { directory: path.join(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
    },
  };
  if (process.argv.some((arg) => arg === "serve")) {
    // Certificates are created locally by office-addin-dev-certs; nothing is downloaded.
    const devCerts = require("office-addin-dev-certs");
    config.devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};
