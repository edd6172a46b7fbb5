/**
 * AppActions outside Excel (a plain browser, Linux): the same use cases over a workbook file held in
 * memory through the ExcelJS adapter. The user opens a file (or the bundled sample) and downloads the
 * result; nothing leaves the browser.
 */
import { isUserError, UserError } from "../core/errors";
import { t } from "../i18n";
import { ExcelJsWorkbook } from "../workbook/exceljsAdapter";
import { isWorkbookName, openWorkbookFile } from "../workbook/openWorkbook";
import { resaveLosses } from "../workbook/resaveLosses";
import { createActions } from "./actions";
import type { AppActions } from "./types";

/** The sample department workbook, served next to the task pane (assets/samples). */
export const SAMPLE_URL = "assets/samples/sample-department.xlsx";

export async function createStandaloneActions(fetchSample: (url: string) => Promise<Uint8Array> = fetchBytes): Promise<AppActions> {
  let book = ExcelJsWorkbook.create(t("app.standalone.newBook"));
  const actions = createActions({ mode: "standalone", port: () => book });
  return {
    ...actions,
    async openFile(file) {
      book = await openWorkbookFile(file.name, file.bytes);
      const losses = isWorkbookName(file.name) ? await resaveLosses(file.bytes) : [];
      return { notKept: losses.map((loss) => t(`app.standalone.loss.${loss}`)) };
    },
    async openSample() {
      let bytes: Uint8Array;
      try {
        bytes = await fetchSample(SAMPLE_URL);
      } catch (error) {
        if (isUserError(error)) throw error;
        throw new UserError(t("app.standalone.noSample", { url: SAMPLE_URL, message: error instanceof Error ? error.message : String(error) }));
      }
      book = await ExcelJsWorkbook.fromBuffer(bytes, t("app.standalone.sampleName"));
    },
    async download() {
      const name = /\.xlsx$/i.test(book.label) ? book.label : `${book.label.replace(/\.xlsm$/i, "")}.xlsx`;
      return { name, bytes: await book.toBuffer() };
    },
  };
}

async function fetchBytes(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
