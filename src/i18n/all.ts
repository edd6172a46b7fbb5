/**
 * Registers every message area. Imported once by each entry point except the custom-functions script
 * (task pane, ribbon commands, CLI, benchmarks, jest setup), before anything that shows text.
 */
import { registerMessages } from "./index";
import * as app from "./messages/app";
import * as classification from "./messages/classification";
import * as importer from "./messages/import";
import * as lists from "./messages/lists";
import * as registers from "./messages/registers";
import * as reports from "./messages/reports";
import * as ui from "./messages/ui";
import * as workbook from "./messages/workbook";

const areas = [importer, classification, reports, registers, workbook, app, ui, lists];

registerMessages(Object.assign({}, ...areas.map((a) => a.ru)), Object.assign({}, ...areas.map((a) => a.en)));

/** Every area's keys, for the test that each one resolves in both languages. */
export const ALL_AREAS = areas;
