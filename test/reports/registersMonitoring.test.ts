/**
 * The monitoring sheet from three hand-made rounds (registersFixtures.ts MONITORING: 6 schools, 2
 * municipalities, 2022–2024; one school opened in 2023, one never had a status). Expected values are
 * worked out by hand in the comments.
 */
import { classify } from "../../src/core/classification/engine";
import { defaultSettings } from "../../src/core/settings";
import { buildMonitoringSheet, followedIndicators, roundLabels, statusChange, type MonitoringInput } from "../../src/reports/monitoring";
import { monitoringModel, monitoringParamsOf } from "../../src/reports/monitoringModel";
import { type PlanCell, type SheetPlan } from "../../src/reports/sheetPlan";
import { col, describePlan, value } from "./planTools";
import { expectSameAsCached, LABELS, monitoringRounds, PROGRAM, result, school } from "./registersFixtures";

const build = (labels: "years" | "stages" = "stages", extra: Partial<MonitoringInput> = {}) =>
  buildMonitoringSheet({ rounds: [...monitoringRounds()].reverse(), statusLabels: LABELS, program: PROGRAM, roundLabels: labels, ...extra }, "ru");
/** Rows of the blocks under a plan's school table whose label (column B) is `label`. */
const blockRow = (plan: SheetPlan, label: string) => plan.cells.slice(plan.meta.lastRow).find((r) => r[1] === label) as PlanCell[];

describe("monitoring", () => {
  const plan = build();
  const rows = plan.cells.slice(plan.meta.firstRow - 1, plan.meta.lastRow);
  const at = (key: string) => rows.map((r) => value(r[col(plan, key)]));
  const close = (got: unknown[], want: (number | string)[]) =>
    want.forEach((w, i) => (typeof w === "number" ? expect(got[i]).toBeCloseTo(w, 12) : expect(got[i]).toBe(w)));

  it("labels 2–3 rounds входной / промежуточный / итоговый when asked, else by year", () => {
    expect(roundLabels([2022, 2023, 2024], "stages", "ru")).toEqual(["входной (2022)", "промежуточный (2023)", "итоговый (2024)"]);
    expect(roundLabels([2022, 2024], "stages", "ru")).toEqual(["входной (2022)", "итоговый (2024)"]);
    expect(roundLabels([2021, 2022, 2023, 2024], "stages", "ru")).toEqual(["2021 г.", "2022 г.", "2023 г.", "2024 г."]);
    expect(build("years").cells[5].slice(3, 6)).toEqual(["2022 г.", "2023 г.", "2024 г."]);
    expect(plan.cells[5].slice(3, 8)).toEqual(["входной (2022)", "промежуточный (2023)", "итоговый (2024)", "Изменение", "Динамика"]);
    expect(plan.cells[4][3]).toBe("ЕГЭ рус.: доля ниже мин.");
  });

  it("follows the results indicators with a direction, each with its direction", () => {
    expect(followedIndicators(monitoringRounds())).toEqual([
      { id: "ege_below_min_russian", dir: -1 }, { id: "ege_mean_russian", dir: 1 }, { id: "knowledge_quality", dir: 1 },
    ]);
  });

  it("lists the schools with a status at some round, with their values per round (rounds sorted by year)", () => {
    // m5 never had a status: not listed. m2 entered the lists at the last round, m6 at the second (opened 2023).
    expect(at("school")).toEqual(["Школа № 1", "Школа № 2", "Школа № 3", "СОШ № 4", "СОШ № 6"]);
    expect(at("listed")).toEqual([1, 1, 1, 1, 1]);
    expect([0, 1, 2].map((i) => at(`st:${i}`)[1])).toEqual(["—", "—", "ШНСУ"]);
    expect([0, 1, 2].map((i) => at(`v:ege_mean_russian:${i}`)[0])).toEqual([40, 42, 45]);
    expect([0, 1, 2].map((i) => at(`v:knowledge_quality:${i}`)[4])).toEqual([null, 0.3, 0.28]);
    expect(plan.cells[2][0]).toBe("В таблице — школы, имевшие статус ШНОР или ШНСУ хотя бы на одном этапе: 5 из 6 оценённых. " +
      "Показатели муниципальных образований учитывают все оценённые школы.");
  });

  it("computes change last − first and dynamics by direction: a falling share below the minimum is positive", () => {
    // Share below the minimum (lower is better): 0.4→0.2, 0.1→0.1, 0.5→0.35, 0.3→0.3, m6 —.
    close(at("chg:ege_below_min_russian"), [-0.2, 0, -0.15, 0, ""]);
    expect(at("dyn:ege_below_min_russian")).toEqual(["положительная", "без изменений", "положительная", "без изменений", ""]);
    // Mean score (higher is better): 40→45, 60→58, 30→31, 50→50.
    expect(at("chg:ege_mean_russian")).toEqual([5, -2, 1, 0, ""]);
    expect(at("dyn:ege_mean_russian")).toEqual(["положительная", "отрицательная", "положительная", "без изменений", ""]);
    // Качество знаний: 0.3→0.25, 0.5→0.45, blank→0.22, 0.4→0.4.
    expect(at("dyn:knowledge_quality")).toEqual(["отрицательная", "отрицательная", "", "без изменений", ""]);
    const dyn = rows[0][col(plan, "dyn:ege_below_min_russian")] as { formula: string };
    expect(dyn.formula).toContain("($F8-$D8)*-1>0");
  });

  it("calls dynamics positive when more than half of the comparable indicators improved", () => {
    // m1 2 of 3, m2 0 of 3, m3 2 of 2, m4 0 of 3 (all unchanged), m6 none comparable.
    expect(at("pos")).toEqual(["да", "нет", "да", "нет", ""]);
  });

  it("shows each round's status and who left or entered the lists between the first and the last round", () => {
    expect([0, 1, 2].map((i) => at(`st:${i}`)[0])).toEqual(["ШНОР", "ШНОР", "—"]);
    expect(at("change")).toEqual(["вышла из списка ШНОР", "вошла в список ШНСУ", "вышла из списка ШНСУ", null, null]);
    expect(at("cohort")).toEqual([1, 0, 1, 1, 0]);
    expect(at("left")).toEqual([1, "", 0, 0, ""]);
    expect(statusChange("both", "none", LABELS, "ru")).toBe("вышла из списка ШНОР\nвышла из списка ШНСУ");
    expect(statusChange("adverse_social", "low_results", LABELS, "ru")).toBe("вошла в список ШНОР\nвышла из списка ШНСУ");
    expect(statusChange(null, "low_results", LABELS, "ru")).toBe("");
  });

  it("gives municipal counts and shares over every school classified, as counted by hand, with a total", () => {
    const head = plan.cells.slice(plan.meta.lastRow).find((r) => r[1] === "Муниципальное образование") as PlanCell[];
    expect(head.slice(3, 12)).toEqual([
      "Школ в списках за период", "Школ оценено, 2022", "Доля ШНОР, 2022", "Школ оценено, 2023", "Доля ШНОР, 2023", "Школ оценено, 2024",
      "Доля ШНОР, 2024", "Доля школ программы, вышедших из списка к 2024 г.", "Доля школ программы с положит. динамикой",
    ]);
    // Альфинский: listed 3; evaluated 3 each round, ШНОР 2, 2, 1; left 1 of 2 program schools (m1; m3 stays); positive 2 of 2.
    close(blockRow(plan, "Альфинский район").slice(3, 12).map(value), [3, 3, 2 / 3, 3, 2 / 3, 3, 1 / 3, 0.5, 1]);
    // Бетинский: listed m4, m6; evaluated m4, m5 in 2022 (m5 is not in the table, m6 not yet open), then m4–m6.
    // ШНОР 0/2, 1/3 (m6), 1/3; program m4 stays, not positive.
    close(blockRow(plan, "Бетинский район").slice(3, 12).map(value), [2, 2, 0, 3, 1 / 3, 3, 1 / 3, 0, 0]);
    close(blockRow(plan, "Итого").slice(3, 12).map(value), [5, 5, 2 / 5, 6, 3 / 6, 6, 2 / 6, 1 / 3, 2 / 3]);
    // Counts are literal, the total sums them; ШНОР are counted over the listed rows.
    const alpha = blockRow(plan, "Альфинский район");
    expect([alpha[4], (blockRow(plan, "Итого")[4] as { formula: string }).formula]).toEqual([3, "SUM(E16:E17)"]);
    expect((alpha[5] as { formula: string }).formula).toBe(
      'IF(E16=0,"",(COUNTIFS($B$8:$B$12,"="&B16,$Z$8:$Z$12,"low_results")+COUNTIFS($B$8:$B$12,"="&B16,$Z$8:$Z$12,"both"))/E16)',
    );
  });

  it("averages each indicator per round over the program schools and charts them, one chart per unit", () => {
    // Program schools at the first round: m1, m3, m4.
    const share = blockRow(plan, "ЕГЭ рус.: доля ниже мин.");
    close(share.slice(3, 6).map(value), [0.4, 1.1 / 3, 0.85 / 3]);
    close(blockRow(plan, "ЕГЭ рус.: ср. балл").slice(3, 6).map(value), [40, 125 / 3, 42]);
    close(blockRow(plan, "Качество знаний").slice(3, 6).map(value), [0.35, 0.3, 0.29]);
    const head = plan.cells.findIndex((r, i) => i >= plan.meta.lastRow && r[1] === "Показатель") + 1;
    const row = (label: string) => plan.cells.findIndex((r, i) => i >= plan.meta.lastRow && r[1] === label) + 1;
    expect(plan.charts?.map((c) => [c.type, c.title, c.categories, c.series.map((s) => `${s.name} ${s.values}`)])).toEqual([
      ["lineMarkers", "Динамика показателей школ программы: процент", `D${head}:F${head}`,
        [`ЕГЭ рус.: доля ниже мин. D${row("ЕГЭ рус.: доля ниже мин.")}:F${row("ЕГЭ рус.: доля ниже мин.")}`, `Качество знаний D${row("Качество знаний")}:F${row("Качество знаний")}`]],
      ["lineMarkers", "Динамика показателей школ программы: балл", `D${head}:F${head}`, [`ЕГЭ рус.: ср. балл D${row("ЕГЭ рус.: ср. балл")}:F${row("ЕГЭ рус.: ср. балл")}`]],
    ]);
    expect(Number(/\d+/.exec(plan.charts?.[0].anchor.from ?? "")?.[0])).toBeGreaterThan(row("Качество знаний"));
  });

  it("computes in a spreadsheet engine what it cached", () => {
    expect(expectSameAsCached([plan])).toBeGreaterThan(60);
  });

  it("lists every school when asked, the municipal block unchanged, and keeps the choice in meta for a rebuild", () => {
    const all = build("stages", { rows: "all" });
    const schools = all.cells.slice(all.meta.firstRow - 1, all.meta.lastRow).map((r) => r[col(all, "school")]);
    expect(schools).toEqual(["Школа № 1", "Школа № 2", "Школа № 3", "СОШ № 4", "СОШ № 5", "СОШ № 6"]);
    expect(all.cells[all.meta.firstRow - 1 + 4][col(all, "listed")]).toMatchObject({ result: 0 });
    // No scope line: the table starts a row higher.
    expect([all.meta.firstRow, all.meta.lastRow, all.cells[2][0]]).toEqual([7, 12, null]);
    for (const label of ["Альфинский район", "Бетинский район", "Итого"]) {
      expect(blockRow(all, label).map(value)).toEqual(blockRow(plan, label).map(value));
    }
    expect(expectSameAsCached([all])).toBeGreaterThan(60);
    expect([plan.meta.params?.rows, all.meta.params?.rows]).toEqual(["program", "all"]);
    expect(monitoringParamsOf(all.meta.params).rows).toBe("all");
    expect(monitoringParamsOf({ ...all.meta.params, rows: undefined }).rows).toBe("program");
  });

  it("counts a municipality none of whose schools is listed", () => {
    const rounds = [2023, 2024].map((y, i) => result(y, [
      school("a", "Школа А", "МО А", i ? "none" : "low_results", "none", { ege_mean_russian: 50 + 5 * i }),
      school("b", "Школа Б", "МО Б", "none", "none", { ege_mean_russian: 60 }),
    ]));
    const p = buildMonitoringSheet({ rounds, statusLabels: LABELS, program: PROGRAM }, "ru");
    expect(p.cells.slice(p.meta.firstRow - 1, p.meta.lastRow).map((r) => r[col(p, "school")])).toEqual(["Школа А"]);
    // Listed, evaluated 2023, ШНОР share, evaluated 2024, ШНОР share, left, positive dynamics.
    expect(blockRow(p, "МО Б").slice(3, 10).map(value)).toEqual([0, 1, 0, 1, 0, "", ""]);
    // Школа А left the list and its mean score rose 50 → 55.
    expect(blockRow(p, "Итого").slice(3, 10).map(value)).toEqual([1, 2, 0.5, 2, 0, 1, 1]);
    expect(expectSameAsCached([p])).toBeGreaterThan(0);
  });

  it("puts the counts in a table of their own when the block is wider than the school table", () => {
    // No followed indicator: 9 visible columns, while counts beside shares would take 12.
    const narrow = build("stages", { indicators: [] });
    const visible = narrow.columnWidths.length - (narrow.hiddenColumns?.length ?? 0);
    expect(visible).toBe(9);
    const below = narrow.cells.slice(narrow.meta.lastRow);
    for (const row of below) expect(row.slice(visible).filter((c) => c !== null)).toEqual([]);
    const titles = ["Число школ по муниципальным образованиям", "Показатели муниципальных образований"];
    expect(below.map((r) => r[1]).filter((t) => titles.includes(t as string))).toEqual(titles);
    const rowOf = (label: string, nth: number) => below.filter((r) => r[1] === label)[nth];
    // Counts: listed, evaluated per round; shares: ШНОР per round over those counts, left, positive dynamics.
    expect(rowOf("Бетинский район", 0).slice(3, 7)).toEqual([{ formula: expect.any(String), result: 2 }, 2, 3, 3]);
    close(rowOf("Бетинский район", 1).slice(3, 8).map(value), [0, 1 / 3, 1 / 3, 0, ""]);
    const counts = narrow.meta.lastRow + below.indexOf(rowOf("Бетинский район", 0)) + 1;
    expect((rowOf("Бетинский район", 1)[3] as { formula: string }).formula).toMatch(new RegExp(`^IF\\(E${counts}=0,`));
    expect(expectSameAsCached([narrow])).toBeGreaterThan(20);
  });

  it("keeps the data block to the school rows, the note as input, and can rebuild its row model from meta", () => {
    expect([plan.meta.firstRow, plan.meta.lastRow]).toEqual([8, 12]);
    expect(plan.meta.columns.filter((c) => c.input).map((c) => c.key)).toEqual(["note"]);
    const model = monitoringModel(monitoringParamsOf(plan.meta.params));
    expect(model.columns.map((c) => c.key)).toEqual(plan.meta.columns.map((c) => c.key));
    const again = model.compute(8, new Map(plan.meta.columns.map((c) => [c.key, value(rows[0][c.column - 1]) as never])));
    expect((again.cells["dyn:ege_mean_russian"] as { result: unknown }).result).toBe("положительная");
  });

  it("takes values the classification did not read from the dataset, and needs two rounds", () => {
    const rounds = [2023, 2024].map((y) => result(y, [school("k", "Школа", "МО", "none", "none", {})]));
    const dataset = { columns: [], records: [2023, 2024].map((year, i) => ({ key: "k", school: "Школа", municipality: "МО", year, values: { retention: 0.8 + i / 10 }, sources: [] })) };
    // The school never had a status: listed when every school is asked for.
    const p = buildMonitoringSheet({ rounds, dataset, indicators: ["retention"], statusLabels: LABELS, program: PROGRAM, rows: "all" }, "ru");
    const row = p.cells[p.meta.firstRow - 1];
    expect([row[col(p, "v:retention:0")], row[col(p, "v:retention:1")], value(row[col(p, "dyn:retention")])]).toEqual([0.8, 0.9, "положительная"]);
    // One followed indicator: the verdict's counts are single comparisons, made numbers for Excel.
    expect(value(row[col(p, "pos")])).toBe("да");
    expect(expectSameAsCached([p])).toBeGreaterThan(0);
    expect(() => buildMonitoringSheet({ rounds: rounds.slice(0, 1), statusLabels: LABELS, program: PROGRAM }, "ru")).toThrow(RangeError);
  });

  it("takes one engine classification per year as its rounds", () => {
    const records = ["a", "b", "c", "d"].flatMap((k, i) => [2022, 2023, 2024].map((year) => ({
      key: k, school: `Школа ${k}`, municipality: i < 2 ? "Альфинский район" : "Бетинский район", year, sources: [],
      values: { ege_below_min_russian: i === 0 ? 0.4 - (year - 2022) * 0.1 : 0.05, ege_below_min_math_profile: i === 0 ? 0.35 : 0.1, ege_mean_russian: 50 + i + (year - 2022) },
    })));
    const settings = defaultSettings(2024);
    const rounds = [2022, 2023, 2024].map((year) => classify({ records, columns: [] }, settings, { year }));
    const p = buildMonitoringSheet({ rounds, statusLabels: settings.statusLabels, program: settings.program }, "ru");
    const first = p.cells[p.meta.firstRow - 1];
    // School a: 0.4 → 0.2 below the minimum in Russian (better), 50 → 52 mean score (better).
    expect([value(first[col(p, "dyn:ege_below_min_russian")]), value(first[col(p, "dyn:ege_mean_russian")]), value(first[col(p, "pos")])])
      .toEqual(["положительная", "положительная", "да"]);
    expect(first[col(p, "st:0")]).toBe("ШНОР");
    expect(expectSameAsCached([p])).toBeGreaterThan(0);
  });

  it("matches its golden snapshot", () => {
    expect({ ...describePlan(plan), charts: plan.charts }).toMatchSnapshot();
  });
});
