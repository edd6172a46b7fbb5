import { placeUndatedPlan, readTargetList, slugOf, type TargetListRead } from "../../src/import/userLists";
import { _, GOAL_000, grid, ownTargets, seed000Plan, seed000Targets, seed002Targets, thrown } from "./userLists.fixtures";

const items = (list: TargetListRead) => list.goals.flatMap((g) => g.items);
const item = (list: TargetListRead, key: string) => items(list).find((i) => i.key === key)!;

describe("readTargetList", () => {
  it("reads seed 000: title rows above, the goal row merged across, a heading over sub-items, «25%» and «Процент» numbers", () => {
    const list = readTargetList(seed000Targets(), "программа.xlsx");
    expect(list.source).toBe("Прил 1");
    expect(list.range).toBe("A6:E18");
    expect(list.columns.map((c) => [c.role, c.cell])).toEqual([["number", "A6"], ["title", "B6"], ["unit", "C6"], ["base", "D6"], ["plan", "E6"]]);
    expect(list.goals.map((g) => g.title)).toEqual([GOAL_000]);
    expect(items(list).map((i) => i.key)).toEqual([
      "support_centre", "transition_programs", "schools_analysed_share", "schools_stably_low_share", "schools_adverse_share",
      "schools_stably_high_share", "quality_programs", "risk_teachers_trained_share", slugOf("Доля школ, проводящих открытые уроки для родителей"),
    ]);
    // «Доля школ, показавших:» (item 4) is a heading: its sub-items carry it.
    expect(item(list, "schools_stably_low_share")).toEqual({
      key: "schools_stably_low_share", indicatorId: "schools_stably_low_share", title: "Доля школ, показавших стабильно низкие результаты обучения",
      unit: "percent", direction: "down", base: 0.15, baseYear: null, plan: {}, plannedNoYear: 0,
    });
    expect(item(list, "schools_analysed_share")).toMatchObject({ unit: "percent", base: 0.25, plannedNoYear: 1, direction: "up" });
    expect(item(list, "support_centre")).toMatchObject({
      title: "Наличие в муниципальной системе образования Образовательного центра поддержки и развития муниципальной системы образования",
      unit: "count", base: 0, plannedNoYear: 1,
    });
    expect(item(list, "risk_teachers_trained_share")).toMatchObject({ base: 0.25, plannedNoYear: 0.9 });
    const own = items(list)[8];
    expect(own).toMatchObject({ title: "Доля школ, проводящих открытые уроки для родителей", unit: "percent", direction: "up", base: null, plannedNoYear: null });
    expect(own.indicatorId).toBeUndefined();
    expect(list.undatedPlan).toEqual({ header: "Планируемое значение показателей на очередной год", cell: "E6" });
    expect(list.warnings).toHaveLength(6);
    expect(list.warnings[0]).toBe(
      "«программа.xlsx», лист «Прил 1», D13: значения 15 показателя «Доля школ, показавших стабильно низкие результаты обучения» " +
      "записаны в процентах без знака %: прочитаны как 15%",
    );
    expect(list.warnings[1]).toMatch(/^«программа\.xlsx», лист «Прил 1», D14, E14: значения 22; 16 .* прочитаны как 22%; 16%$/);
    expect(list.warnings[4]).toBe("«программа.xlsx», лист «Прил 1», E18: «около 50» — не число; значение показателя «Доля школ, проводящих открытые уроки для родителей» оставлено пустым");
    expect(list.warnings[5]).toMatch(/^«программа\.xlsx», лист «Прил 1», B18: не удалось определить, должен ли показатель .* принято «рост»/);
  });

  it("puts a plan written without a year under the program's last year and says so, naming the column", () => {
    const list = readTargetList(seed000Targets(), "программа.xlsx");
    const { goals, warnings } = placeUndatedPlan(list, 2021, "программа.xlsx");
    const placed = goals[0].items;
    expect(placed.find((i) => i.key === "schools_adverse_share")!.plan).toEqual({ 2021: 0.16 });
    expect(placed.find((i) => i.key === "quality_programs")).toEqual({
      key: "quality_programs", indicatorId: "quality_programs", title: "Наличие в школах программ управления качеством образования",
      unit: "count", direction: "up", base: 5, baseYear: null, plan: { 2021: 15 },
    });
    expect(placed.every((i) => !("plannedNoYear" in i))).toBe(true);
    expect(warnings).toEqual([
      "«программа.xlsx», лист «Прил 1», E6: плановые значения столбца «Планируемое значение показателей на очередной год» записаны без года: 8 шт. отнесены к 2021 году (последний год программы)",
    ]);
  });

  it("reads seed 002: a goal column merged down over its indicators, a base column, one column per year", () => {
    const list = readTargetList(seed002Targets(), "бавлы.xlsx");
    expect(list.range).toBe("A1:G7");
    expect(list.years).toEqual([2019, 2020, 2021, 2022]);
    expect(list.columns.map((c) => [c.role, c.year ?? null])).toEqual([
      ["goal", null], ["title", null], ["base", null], ["plan", 2019], ["plan", 2020], ["plan", 2021], ["plan", 2022],
    ]);
    expect(list.goals.map((g) => [g.title.slice(0, 40), g.items.length])).toEqual([
      ["Разработать систему мер, направленных на", 2], ["Создать условия для профессионального ра", 3], ["Создать условия для установления горизон", 1],
    ]);
    expect(list.goals[0].items[0]).toEqual({
      key: "additional_education_share", indicatorId: "additional_education_share", title: "Доля обучающихся, Охваченных системой Дополнительного образования",
      unit: "percent", direction: "up", base: 0.64, baseYear: null, plan: { 2019: 0.5, 2020: 0.6, 2021: 0.65, 2022: 0.7 },
    });
    // Not in the catalogue: unit from «Доля …», direction from base 12% → 25%.
    expect(list.goals[0].items[1]).toMatchObject({
      key: slugOf("Доля обучающихся, принявших участие в муниципальном этапе ВсОШ"), unit: "percent", direction: "up", base: 0.12,
      plan: { 2019: 0.15, 2020: 0.18, 2021: 0.2, 2022: 0.25 },
    });
    expect(list.goals[1].items[0]).toMatchObject({ base: 1, plan: { 2019: 1, 2020: 1, 2021: 1, 2022: 1 } });
    expect(list.goals[2].items[0]).toMatchObject({ base: 0.3, plan: { 2019: 0.1, 2020: 0.2, 2021: 0.3, 2022: 0.5 } });
    expect(list.warnings[0]).toMatch(/^«бавлы\.xlsx», лист «Целевые показатели», D2, E2, F2, G2: значения 50; 60; 65; 70 .* прочитаны как 50%; 60%; 65%; 70%$/);
    expect(list.warnings).toHaveLength(6);
  });

  it("reads a two-row merged header under «Приложение» and a title: plan and actual by year, a spacer column, goal rows, a footnote", () => {
    const list = readTargetList(ownTargets(), "цели.xlsx");
    expect(list.range).toBe("A5:J14");
    expect(list.years).toEqual([2020, 2021, 2022, 2023]);
    expect(list.columns.map((c) => `${c.role}${c.year ?? ""} ${c.cell} ${c.header}`)).toEqual([
      "number A5 №", "title B5 Показатель", "unit C5 Ед. изм.", "base2020 E5 Базовое значение (2020 г.)",
      "plan2021 F6 Плановое значение / 2021", "plan2022 G6 Плановое значение / 2022", "plan2023 H6 Плановое значение / 2023",
      "actual2021 I6 Фактическое значение / 2021", "actual2022 J6 Фактическое значение / 2022",
    ]);
    expect(list.goals.map((g) => [g.title, g.items.length])).toEqual([["Задача 1. Повышение качества образования", 2], ["Задача 2. Кадровое обеспечение", 4]]);
    expect(list.goals[0].items[0]).toEqual({
      key: "knowledge_quality", indicatorId: "knowledge_quality", title: "Качество знаний", unit: "percent", direction: "up",
      base: 0.41, baseYear: 2020, plan: { 2021: 0.45, 2022: 0.48, 2023: 0.5 }, actual: { 2021: 0.445, 2022: null },
    });
    expect(list.goals[0].items[1]).toMatchObject({ direction: "down", base: 0.032, plan: { 2021: 0.02, 2022: 0.01, 2023: 0 }, actual: { 2021: 0.025, 2022: null } });
    const [staff, complaints, satisfaction, dashes] = list.goals[1].items;
    expect(staff).toMatchObject({ unit: "people", direction: "up", base: 4, plan: { 2021: 6, 2022: 8, 2023: 10 }, actual: { 2021: 5, 2022: 7 } });
    expect(staff.indicatorId).toBeUndefined();
    expect(complaints).toMatchObject({ unit: "count", direction: "down", base: 12, actual: { 2021: 11, 2022: null } });
    expect(satisfaction).toMatchObject({ unit: "score", direction: "up", base: 3.8, plan: { 2021: 4, 2022: 4.2, 2023: 4.5 } });
    expect(dashes).toMatchObject({ base: null, baseYear: null, plan: { 2021: null, 2022: null, 2023: null } });
    expect(list.warnings).toEqual([
      expect.stringMatching(/^«цели\.xlsx», лист «Показатели», E8, F8, G8, H8: значения 41; 45; 48; 50 показателя «Качество знаний» .* 41%; 45%; 48%; 50%$/),
      expect.stringMatching(/^«цели\.xlsx», лист «Показатели», E9, F9, G9, I9: значения 3,2; 2; 1; 2,5 /),
      expect.stringMatching(/^«цели\.xlsx», лист «Показатели», B14: не удалось определить, должен ли показатель «Доля школ с открытыми библиотечными центрами»/),
    ]);
  });

  it("keeps keys stable: the same on a second read, the same for a title wherever its row is, and a repeated title gets «_2»", () => {
    const first = readTargetList(ownTargets(), "цели.xlsx");
    expect(readTargetList(ownTargets(), "цели.xlsx")).toEqual(first);
    const moved = ownTargets();
    [moved.values[10], moved.values[12]] = [moved.values[12], moved.values[10]];
    const keysByTitle = (list: TargetListRead) => new Map(items(list).map((i) => [i.title, i.key]));
    expect(keysByTitle(readTargetList(moved, "цели.xlsx"))).toEqual(keysByTitle(first));

    const twice = readTargetList(grid([
      ["Показатель", "2022", "2023"],
      ["Число школ-участниц сетевого проекта", 3, 5],
      ["Число школ-участниц сетевого проекта", 4, 6],
      ["Качество знаний", "40%", "45%"],
      ["Качество знаний", "30%", "35%"],
    ]), "x.xlsx");
    const slug = slugOf("Число школ-участниц сетевого проекта");
    expect(items(twice).map((i) => i.key)).toEqual([slug, `${slug}_2`, "knowledge_quality", "knowledge_quality_2"]);
  });

  it("reads a base-year column, and reports numbers that cannot be the unit's: fractions under «%», shares above 100%, «%» in a count, an unknown unit", () => {
    const list = readTargetList(grid([
      ["Целевые показатели школы"],
      ["Показатель", "Ед. изм.", "Год", "Базовое значение", "План 2024"],
      ["Доля выпускников, поступивших в вузы", "%", 2022, "0,64", "0,8"],
      ["Индекс вовлечённости родителей", "усл. ед.", "2023 г.", 120, 130],
      ["Доля родителей, удовлетворённых качеством обучения", "%", "прошлый", "85%", "95%"],
      ["Доля обучающихся, занимающихся в кружках", "%", 2022, "45", "120"],
      ["Количество ставок педагогов-психологов", "ед.", 2022, 3, "50%"],
    ], ["A1:E1"], "Школа"), "школа.xlsx");
    const [fractions, unknown, badYear, tooMuch, percentInCount] = items(list);
    expect(fractions).toMatchObject({ unit: "percent", base: 0.64, baseYear: 2022, plan: { 2024: 0.8 } });
    expect(unknown).toMatchObject({ unit: "count", base: 120, baseYear: 2023, plan: { 2024: 130 }, direction: "up" });
    expect(badYear).toMatchObject({ base: 0.85, baseYear: null, plan: { 2024: 0.95 } });
    expect(tooMuch).toMatchObject({ base: 0.45, plan: { 2024: null } });
    expect(percentInCount).toMatchObject({ unit: "count", base: 3, plan: { 2024: 0.5 } });
    const place = "«школа.xlsx», лист «Школа»";
    expect(list.warnings).toEqual([
      `${place}, D3, E3: значения 0,64; 0,8 показателя «Доля выпускников, поступивших в вузы» (единица — процент) не больше 1 и прочитаны как доли: 64%; 80%. Если это проценты, допишите знак %`,
      `${place}, B4: единица измерения «усл. ед.» не распознана; для показателя «Индекс вовлечённости родителей» взята единица «единица»`,
      `${place}, C5: «прошлый» — не год; базовый год показателя «Доля родителей, удовлетворённых качеством обучения» не указан`,
      `${place}, E6: «120» — доля меньше 0% или больше 100%; значение показателя «Доля обучающихся, занимающихся в кружках» оставлено пустым`,
      `${place}, D6: значения 45 показателя «Доля обучающихся, занимающихся в кружках» записаны в процентах без знака %: прочитаны как 45%`,
      // The plan was rejected, so nothing says which way the indicator should go.
      expect.stringMatching(/^«школа\.xlsx», лист «Школа», A6: не удалось определить, должен ли показатель «Доля обучающихся, занимающихся в кружках»/),
      `${place}, E7: «50%» записано со знаком %, а единица показателя «Количество ставок педагогов-психологов» — «единица»; прочитано как 0,5`,
    ]);
  });

  it("reads headers as exports write them: an unmerged parent over years, «План 2021», «Факт 2021», «2022 год»", () => {
    const csv = readTargetList(grid([
      ["№", "Показатель", "Базовое значение", "Плановое значение", _, _],
      [_, _, _, "2021", "2022", "2023"],
      [1, "Качество знаний", "40", "42", "44", "46"],
    ]), "выгрузка.csv");
    expect(csv.columns.map((c) => `${c.role}${c.year ?? ""} ${c.header}`)).toEqual([
      "number №", "title Показатель", "base Базовое значение", "plan2021 Плановое значение / 2021", "plan2022 Плановое значение / 2022", "plan2023 Плановое значение / 2023",
    ]);
    expect(items(csv)[0]).toMatchObject({ base: 0.4, plan: { 2021: 0.42, 2022: 0.44, 2023: 0.46 } });

    // A title header merged over a spacer column is one header; the row under it is data.
    const spaced = readTargetList(grid([
      ["Наименование показателя", _, "Ед. изм.", "2023", "2024"],
      [1, 2, 3, 4, 5],
      ["Качество знаний", _, "%", 45, 50],
    ], ["A1:B1"]), "x.xlsx");
    expect(spaced.range).toBe("A1:E3");
    expect(spaced.warnings).toEqual([expect.stringMatching(/^«x\.xlsx», лист «Лист1», D3, E3: значения 45; 50 /)]);
    expect(items(spaced)[0]).toMatchObject({ key: "knowledge_quality", plan: { 2023: 0.45, 2024: 0.5 } });
    const noNumbers = grid([["Наименование показателя", _, "Ед. изм.", "2023", "2024"], ["Качество знаний", _, "%", 45, 50]], ["A1:B1"]);
    expect(items(readTargetList(noNumbers, "x.xlsx")).map((i) => i.key)).toEqual(["knowledge_quality"]);

    const flat = readTargetList(grid([
      ["Индикатор", "Базовое значение 2020", "План 2021", "Факт 2021", "2022 год"],
      ["Средний балл ЕГЭ по русскому языку", "61,5", 63, "62,1", 65],
    ]), "школа.xlsx");
    expect(items(flat)[0]).toEqual({
      key: "ege_mean_russian", indicatorId: "ege_mean_russian", title: "Средний балл ЕГЭ по русскому языку", unit: "score", direction: "up",
      base: 61.5, baseYear: 2020, plan: { 2021: 63, 2022: 65 }, actual: { 2021: 62.1 },
    });
    expect(flat.warnings).toEqual([]);
  });

  it("stops at a signature, not at an indicator that begins like one, and skips totals rows", () => {
    const list = readTargetList(grid([
      ["Наименование показателя", "Единица измерения", "2023"],
      ["Руководители школ, прошедшие курсы по управлению качеством", "чел.", _],
      ["Доля школ с программами перехода в эффективный режим", "%", "100%"],
      ["Итого", _, 3],
      ["Начальник отдела образования ____________ И. И. Иванова"],
      ["Доля педагогов, охваченных тьюторством", "%", "80%"],
    ]), "x.xlsx");
    expect(items(list).map((i) => [i.title, i.unit, i.plan[2023]])).toEqual([
      ["Руководители школ, прошедшие курсы по управлению качеством", "people", null],
      ["Доля школ с программами перехода в эффективный режим", "percent", 1],
    ]);
    expect(list.range).toBe("A1:C4");
  });

  it("says in Russian, naming the file and sheet, which column was expected when there is no target table", () => {
    const none = thrown(() => readTargetList(grid([["Пояснительная записка"], ["Программа рассчитана на 2021–2023 годы"]], [], "Записка"), "анкета.xlsx"));
    expect(none.message).toMatch(/^«анкета\.xlsx», лист «Записка»: не найдена таблица целевых показателей: не найден столбец «Наименование показателя»/);
    expect(none.where).toEqual({ file: "анкета.xlsx", sheet: "Записка" });

    const titleOnly = thrown(() => readTargetList(grid([["№", "Показатель", "Примечание"], [1, "Качество знаний", "см. отчёт"]]), "анкета.xlsx"));
    expect(titleOnly.message).toBe(
      "«анкета.xlsx», лист «Лист1», B1: найден столбец «Показатель», но рядом нет столбцов «Единица измерения», «Базовое значение», «Планируемое значение», «Фактическое значение» или столбцов по годам",
    );
    expect(titleOnly.where).toEqual({ file: "анкета.xlsx", sheet: "Лист1", cell: "B1" });

    const empty = thrown(() => readTargetList(grid([["Показатель", "Ед. изм.", "2023"], [], [], ["Итого", _, 5]]), "анкета.xlsx"));
    expect(empty.message).toBe("«анкета.xlsx», лист «Лист1», A1: в таблице A1:C1 нет ни одного показателя");
    // A plan is not a target list, even with «Планируемое значение» in its header (seed 000, Приложение № 2).
    expect(thrown(() => readTargetList(seed000Plan(), "план.xlsx")).message).toMatch(/^«план\.xlsx», лист «План»: не найдена таблица целевых показателей/);
  });
});
