/** STATUS answers with the workbook's status labels once settings are loaded or saved (shared runtime). */
import { saveWorkbookSettings } from "../../src/app/workbookSettings";
import { DEFAULT_STATUS_LABELS } from "../../src/core/classification/rules";
import { defaultSettings } from "../../src/core/settings";
import { status } from "../../src/functions/impl";
import { currentStatusLabels, publishStatusLabels } from "../../src/functions/statusLabels";
import { ExcelJsWorkbook } from "../../src/workbook/exceljsAdapter";

const SMOLENSK = { low_results: "ШНРО", adverse_social: "ШФНСУ", both: "НРО и ФНСУ", none: "—" };

afterEach(() => publishStatusLabels(DEFAULT_STATUS_LABELS));

describe("status labels of the STATUS function", () => {
  it("uses the default labels until the workbook's are known", () => {
    expect(status(true, false)).toBe("ШНОР");
    expect(status("да", "да")).toBe("ШНОР и ШНСУ");
  });

  it("uses the labels a workbook's settings give", () => {
    publishStatusLabels(SMOLENSK);
    expect(status(true, false)).toBe("ШНРО");
    expect(status(0, 1)).toBe("ШФНСУ");
    expect(status(1, 1)).toBe("НРО и ФНСУ");
  });

  it("ignores labels that miss a status", () => {
    publishStatusLabels(SMOLENSK);
    publishStatusLabels({ low_results: "X" });
    publishStatusLabels(null);
    expect(currentStatusLabels()).toEqual(SMOLENSK);
  });

  it("follows settings saved through the use case", async () => {
    const book = ExcelJsWorkbook.create("книга.xlsx");
    await saveWorkbookSettings(book, { ...defaultSettings(2024), statusLabels: SMOLENSK });
    expect(status(true, false)).toBe("ШНРО");
  });
});
