import type { ClassificationSettings } from "../../../src/core/classification/settings";
import { only, rec, reasons, ruleReport, run, school, statuses } from "./helpers";

// Rural: 50, 60, 70, 80 (mean 65); urban: 60, 66, 72 (mean 66); U4 has no cluster.
const RECORDS = [
  rec("R1", 2024, { cluster: "сельская", ege_mean_russian: 50 }),
  rec("R2", 2024, { cluster: "сельская", ege_mean_russian: 60 }),
  rec("R3", 2024, { cluster: "сельская", ege_mean_russian: 70 }),
  rec("R4", 2024, { cluster: "Сельская ", ege_mean_russian: 80 }), // same group, written differently
  rec("U1", 2024, { cluster: "городская", ege_mean_russian: 60 }),
  rec("U2", 2024, { cluster: "городская", ege_mean_russian: 66 }),
  rec("U3", 2024, { cluster: "городская", ege_mean_russian: 72 }),
  rec("U4", 2024, { ege_mean_russian: 10 }),
];

const classifyWith = (tweak: (c: ClassificationSettings) => void, records = RECORDS) => run(records, only(["cluster"], tweak));

describe("low within the cluster group (seed 002)", () => {
  it.each([
    // below_mean: ratio = value ÷ group mean < 0.9. R1 50/65 = 0,77; R2 60/65 = 0,92; U1 60/66 = 0,909 (not below).
    ["below 0.9 of the group mean", {}, ["R1"]],
    // ratio cut 0.95: R2 60/65 = 0,923 and U1 0,909 join.
    ["below 0.95 of the group mean", { ratioCut: 0.95 }, ["R1", "R2", "U1"]],
    // bottom quartile: PERCENTILE.INC(rural, 0.25) = 50 + 0.75·10 = 57,5 → R1; urban: 60 + 0.5·6 = 63 → U1.
    ["in the bottom quartile of the group", { basis: "bottom_quantile" }, ["R1", "U1"]],
    // minGroup 4: the urban group (3 schools) is not compared.
    ["groups smaller than minGroup are not compared", { minGroup: 4, ratioCut: 0.95 }, ["R1", "R2"]],
  ])("%s", (_name, rule, low) => {
    const result = classifyWith((c) => Object.assign(c.cluster, rule));
    const expected = Object.fromEntries(RECORDS.map((r) => [r.key, low.includes(r.key) ? "low_results" : "none"]));
    expect(statuses(result)).toEqual(expected);
  });

  it("explains the group, the value, the ratio to the group mean and the cut", () => {
    const r1 = school(classifyWith(() => undefined), "R1");
    expect(reasons(r1, "cluster")).toEqual([{
      rule: "cluster", indicator: "ege_mean_russian", met: true, value: 50 / 65, threshold: 0.9, year: 2024,
      text: "Группа «сельская», средний балл ЕГЭ, русский язык, 2024: 50 — 0,77 от среднего по группе 65 (порог 0,9)",
    }]);
  });

  it("says when a school has no group", () => {
    const u4 = school(classifyWith(() => undefined), "U4");
    expect(reasons(u4, "cluster")[0]).toMatchObject({ met: null, text: "Кластерная группа, 2024: не указано значение «кластер (городская / сельская)» — школа не сравнивается" });
  });

  it("groups by school type or any column the user names", () => {
    const records = [
      rec("A", 2024, { school_type: "СОШ", "col:поселение": "село", knowledge_quality: 0.3 }),
      rec("B", 2024, { school_type: "СОШ", "col:поселение": "город", knowledge_quality: 0.5 }),
      rec("C", 2024, { school_type: "СОШ", "col:поселение": "село", knowledge_quality: 0.55 }),
      rec("D", 2024, { school_type: "ООШ", "col:поселение": "город", knowledge_quality: 0.2 }),
      rec("E", 2024, { school_type: "ООШ", "col:поселение": "село", knowledge_quality: 0.25 }),
      rec("F", 2024, { school_type: "ООШ", "col:поселение": "город", knowledge_quality: 0.3 }),
    ];
    // СОШ mean 0,45: A 0,67 low. ООШ mean 0,25: D 0,8 low. By settlement: село (0,3; 0,55; 0,25) mean 0,3667:
    // A 0,82 and E 0,68 low; город (0,5; 0,2; 0,3) mean 0,3333: D 0,6 and F 0,9 (not below) → D.
    const byType = classifyWith((c) => Object.assign(c.cluster, { groupBy: "school_type", indicator: "knowledge_quality" }), records);
    expect(statuses(byType)).toEqual({ A: "low_results", B: "none", C: "none", D: "low_results", E: "none", F: "none" });
    const bySettlement = classifyWith((c) => Object.assign(c.cluster, { groupBy: "col:поселение", indicator: "knowledge_quality" }), records);
    expect(statuses(bySettlement)).toEqual({ A: "low_results", B: "none", C: "none", D: "low_results", E: "low_results", F: "none" });
  });

  it("is not applied without the group column, naming it", () => {
    const result = classifyWith(() => undefined, [rec("A", 2024, { ege_mean_russian: 50 }), rec("B", 2024, { ege_mean_russian: 70 })]);
    expect(ruleReport(result, "cluster").applied).toBe(false);
    expect(ruleReport(result, "cluster").missing).toEqual(["нет данных ни по одной школе за 2024 год: «кластер (городская / сельская)» (cluster)"]);
  });

  it("reports the schools it could not compare", () => {
    expect(ruleReport(classifyWith(() => undefined), "cluster").missing).toEqual([
      "у 1 школы из 8 нет данных за 2024 год: «кластер (городская / сельская)» (cluster), «средний балл ЕГЭ, русский язык» (ege_mean_russian)",
    ]);
  });
});
