/**
 * Prints both custom-functions metadata files as one JSON object {"en": …, "ru": …}. webpack runs it in a
 * child process so that the TypeScript registry is loaded the same way under webpack, watch mode and jest.
 */
import { buildMetadata } from "../src/functions/metadata";

process.stdout.write(JSON.stringify({ en: buildMetadata("en"), ru: buildMetadata("ru") }));
