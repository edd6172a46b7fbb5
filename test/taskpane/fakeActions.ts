/**
 * An in-memory AppActions for developing and testing the task pane without Excel or ExcelJS. Every name
 * it returns is marked synthetic («синт.», «Условный район») so a screenshot can never pass for real data.
 * Calls are recorded for assertions; long work reports progress and honours the abort signal.
 */
import {
  checkCancelled, type ActionResult, type AppActions, type ClassificationPreview, type ColumnMatchView, type ImportPreview,
  type ImportSource, type ReportKind, type ReportOptions, type RunOptions, type TablePreview,
} from "../../src/app/types";
import type { ClassificationSettings } from "../../src/core/classification/settings";
import { UserError } from "../../src/core/errors";
import { readSettings, type MappingProfile, type Settings } from "../../src/core/settings";

export interface FakeOptions {
  mode?: "excel" | "standalone";
  /** Milliseconds per step of long work (0 in unit tests, a few hundred to see progress in a browser). */
  stepMs?: number;
  hasData?: boolean;
  hasClassification?: boolean;
  /** Stored settings as read from the workbook (may be broken, to exercise `fixed`). */
  storedSettings?: unknown;
  /** Make buildReport fail with a UserError pointing at a cell. */
  failReports?: boolean;
}

export interface FakeActions extends AppActions {
  calls: { method: string; args: unknown[] }[];
}

const MUNICIPALITIES = ["Условный район А", "Условный район Б"];
const SCHOOLS = Array.from({ length: 12 }, (_, i) => ({
  key: `synthetic-${i + 1}`,
  name: `Синтетическая СОШ № ${i + 1}`,
  municipality: MUNICIPALITIES[i % 2],
}));

interface ColumnSpec {
  header: string;
  normalized: string;
  indicator: string | null;
  confidence: number;
  sample: (string | number | null)[];
}

const SUMMARY_COLUMNS: ColumnSpec[] = [
  { header: "Наименование ОО", normalized: "наименование оо", indicator: "school", confidence: 1, sample: ["Синтетическая СОШ № 1", "Синтетическая СОШ № 2", "Синтетическая ООШ № 3"] },
  { header: "МО", normalized: "мо", indicator: "municipality", confidence: 0.95, sample: MUNICIPALITIES },
  { header: "Качество знаний, %", normalized: "качество знаний", indicator: "knowledge_quality", confidence: 0.92, sample: [0.41, 0.56, 0.38] },
  { header: "Доля семей с низким доходом", normalized: "доля семей с низким доходом", indicator: "share_low_income", confidence: 0.74, sample: [0.18, 0.09, null] },
  { header: "ЕГЭ / Русский язык / ср. балл", normalized: "егэ русский язык ср балл", indicator: "ege_mean_russian", confidence: 0.88, sample: [61.2, 68.4, 55] },
  { header: "Примечание", normalized: "примечание", indicator: null, confidence: 0, sample: ["синт.", null, "н/д"] },
];

function columns(specs: ColumnSpec[], mapping: MappingProfile | null, year: number | null): ColumnMatchView[] {
  return specs.map((spec, i) => {
    const rule = mapping?.rules.find((r) => r.header === spec.normalized);
    const indicatorId = rule ? rule.indicator : spec.indicator;
    return {
      cell: `${String.fromCharCode(65 + i)}4`, header: spec.header, normalized: spec.normalized, indicatorId,
      indicatorTitle: indicatorId, confidence: rule ? 1 : spec.confidence, year, sample: spec.sample,
    };
  });
}

const REPORT_TITLES: Record<ReportKind, string> = {
  targets: "Целевые показатели", roadmap: "Дорожная карта", "risk-profile": "Профиль рисков", register: "Реестр ШНОР",
  summary: "Сводка по МО", diagnostics: "Стартовая диагностика", monitoring: "Мониторинг",
};

export function createFakeActions(options: FakeOptions = {}): FakeActions {
  const { mode = "excel", stepMs = 0 } = options;
  const calls: FakeActions["calls"] = [];
  const state = { hasData: options.hasData ?? false, hasClassification: options.hasClassification ?? false, label: mode === "excel" ? "Текущая книга" : "Новая книга" };
  let stored: unknown = options.storedSettings ?? null;
  const record = (method: string, ...args: unknown[]): void => void calls.push({ method, args });

  const steps = async (run: RunOptions | undefined, messages: string[]): Promise<void> => {
    for (let i = 0; i < messages.length; i++) {
      checkCancelled(run);
      run?.onProgress?.({ message: messages[i], done: i, total: messages.length });
      if (stepMs > 0) await new Promise((resolve) => setTimeout(resolve, stepMs));
      checkCancelled(run);
    }
  };

  const tables = (source: ImportSource, mapping: MappingProfile | null): TablePreview[] => {
    const names = source.kind === "files" ? source.files.map((f) => f.name) : source.selection ? ["Выделение"] : source.sheets ?? ["Свод ОО 2024 (синт.)"];
    return names.map((name, i) => ({
      file: source.kind === "files" ? name : state.label, sheet: source.kind === "files" ? "Лист1" : name,
      range: i === 0 ? "A4:F16" : "A3:F15", kind: "table", year: 2024 - i, rows: 12, columns: columns(SUMMARY_COLUMNS, mapping, 2024 - i),
    }));
  };

  const actions: FakeActions = {
    mode,
    calls,
    workbookLabel: () => state.label,
    async listSheets() {
      record("listSheets");
      if (mode === "standalone" && state.label === "Новая книга") return [];
      return [
        { name: "Свод ОО 2024 (синт.)", own: false }, { name: "ЕГЭ 2023 (синт.)", own: false },
        { name: "Данные", own: true, kind: "data" }, { name: "_Настройки", own: true, kind: "settings" },
      ];
    },
    async previewImport(source, mapping, run): Promise<ImportPreview> {
      record("previewImport", source, mapping);
      await steps(run, ["Чтение листов…", "Поиск шапки таблиц…", "Сопоставление столбцов…"]);
      const found = tables(source, mapping);
      return {
        tables: found, schools: SCHOOLS.length, years: [...new Set(found.map((t) => t.year ?? 2024))],
        issues: [
          { severity: "error", kind: "duplicate", file: found[0].file, sheet: found[0].sheet, cell: "A9", message: "Школа «Синтетическая СОШ № 3» встречается дважды с разными значениями (строки 7 и 9)." },
          { severity: "warning", kind: "missing", file: found[0].file, sheet: found[0].sheet, cell: "D8", message: "«н/д» в столбце «Доля семей с низким доходом»: значение оставлено пустым." },
          { severity: "info", kind: "interpreted", file: found[0].file, sheet: found[0].sheet, cell: "C5:C16", message: "Доли записаны в процентах (41): прочитаны как 0,41." },
        ],
        mapping: mapping ?? { name: "Профиль сопоставления", rules: [] },
      };
    },
    async applyImport(source, mapping, run): Promise<ActionResult> {
      record("applyImport", source, mapping);
      await steps(run, ["Чтение данных…", "Проверка значений…", "Запись листа «Данные»…", "Сохранение…"]);
      state.hasData = true;
      return {
        sheets: [{ link: { sheet: "Данные", cell: "A1" }, title: "Данные", rebuilt: false }],
        summary: `Загружено ${SCHOOLS.length} синтетических школ за 2023–2024 годы.`,
        warnings: ["Лист «Свод ОО 2024 (синт.)», ячейка D8: «н/д» оставлено пустым."],
      };
    },
    presets: () => [
      { id: "default", title: "По умолчанию: 30 % и стабильно низкие", description: "Доля ниже минимума в 2+ процедурах или два года подряд; средний балл ниже минимума 2 года." },
      { id: "blocks", title: "Блочная модель", description: "Четыре блока с ведущими показателями; низкие при двух слабых блоках." },
    ],
    async previewClassification(settings: ClassificationSettings, run): Promise<ClassificationPreview> {
      record("previewClassification", settings);
      if (!state.hasData) throw new UserError("В книге нет данных: сначала загрузите их на вкладке «Данные».");
      await steps(run, ["Расчёт…"]);
      const low = settings.lowResults.enabled ? Math.max(0, Math.round((0.6 - settings.lowResults.cut) * 10)) : 0;
      const adverse = settings.socialIndex.enabled ? Math.round(SCHOOLS.length * settings.socialIndex.quantile) : 0;
      const both = Math.min(low, adverse, 1);
      return {
        year: 2024, schools: SCHOOLS.length,
        counts: { low_results: low - both, adverse_social: adverse - both, both, none: SCHOOLS.length - low - adverse + both },
        levels: { crisis: both, risk: Math.max(0, low - both), none: SCHOOLS.length - low },
        rules: [
          { id: "lowResults", title: "Низкие результаты (30 %)", applied: settings.lowResults.enabled, missing: [] },
          { id: "cluster", title: "Кластерная группа", applied: false, missing: settings.cluster.enabled ? ["Городская / сельская школа"] : [] },
        ].filter((r) => r.applied || r.missing.length > 0),
      };
    },
    async applyClassification(settings, run): Promise<ActionResult> {
      record("applyClassification", settings);
      await steps(run, ["Расчёт статусов…", "Запись листа «Классификация»…"]);
      state.hasClassification = true;
      return { sheets: [{ link: { sheet: "Классификация" }, title: "Классификация", rebuilt: true }], summary: "Статусы определены для 12 синтетических школ.", warnings: [] };
    },
    templates: () => [
      { id: "seed002-targets", kind: "targets", title: "Целевые показатели (синтетический шаблон)", source: "Тестовые данные", years: "2024–2027" },
      { id: "seed000-plan", kind: "roadmap", title: "Дорожная карта (синтетический шаблон)", source: "Тестовые данные", years: "2024–2026" },
    ],
    async reportContext() {
      record("reportContext");
      return { municipalities: MUNICIPALITIES, schools: SCHOOLS, years: [2023, 2024], hasData: state.hasData, hasClassification: state.hasClassification };
    },
    async buildReport(kind: ReportKind, opts: ReportOptions, run): Promise<ActionResult> {
      record("buildReport", kind, opts);
      await steps(run, ["Подготовка данных…", `Построение листа «${REPORT_TITLES[kind]}»…`, "Оформление…"]);
      if (options.failReports) throw new UserError(`Лист «Мои цели», ячейка B7: срок «весна» не читается как дата.`, { sheet: "Мои цели", cell: "B7" });
      return { sheets: [{ link: { sheet: REPORT_TITLES[kind], cell: "A1" }, title: REPORT_TITLES[kind], rebuilt: false }], summary: `Создан лист «${REPORT_TITLES[kind]}» (синтетические данные).`, warnings: [] };
    },
    async loadSettings() {
      record("loadSettings");
      return readSettings(stored, 2024);
    },
    async saveSettings(settings: Settings) {
      record("saveSettings", settings);
      stored = structuredClone(settings);
    },
    async goTo(link) {
      record("goTo", link);
    },
  };
  if (mode === "standalone") {
    actions.openSample = async () => {
      record("openSample");
      state.label = "Пример (синтетические данные).xlsx";
    };
    actions.openFile = async (file) => {
      record("openFile", file.name);
      state.label = file.name;
      return { notKept: [] };
    };
    actions.download = async () => {
      record("download");
      // Not a workbook: the fake has no ExcelJS. Tests check the name and that a download happened.
      return { name: state.label.endsWith(".xlsx") ? state.label : `${state.label}.xlsx`, bytes: new TextEncoder().encode("synthetic") };
    };
  }
  return actions;
}
