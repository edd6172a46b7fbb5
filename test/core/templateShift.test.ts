import { shiftStages, shiftYears } from "../../src/core/templates/shift";
import { parseDeadline } from "../../src/core/deadlines";
import { ROADMAP_TEMPLATES } from "../../src/core/templates";
import { isCellError } from "../../src/core/errors";

describe("moving a template to other program years", () => {
  it.each([
    ["Сентябрь 2018 г.", 6, "Сентябрь 2024 г."],
    ["Декабрь 2020г. – февраль 2024г.", 2, "Декабрь 2022г. – февраль 2026г."],
    ["18.05-23.06.2020", 4, "18.05-23.06.2024"],
    ["до 2021 года", 3, "до 2024 года"],
    ["24.08.", 5, "24.08."],
    ["Обучено 200 человек", 5, "Обучено 200 человек"],
    ["2019/2020 учебный год", 1, "2020/2021 учебный год"],
    ["В течение года", 7, "В течение года"],
  ])("%p moved by %p is %p", (text, offset, expected) => {
    expect(shiftYears(text, offset)).toBe(expected);
  });

  it("moves every deadline of every template by exactly the offset, and reads each as before", () => {
    for (const template of ROADMAP_TEMPLATES) {
      const moved = shiftStages(template.stages, 6);
      moved.forEach((stage, i) => stage.measures.forEach((m, j) => {
        const before = parseDeadline(template.stages[i].measures[j].deadline, template.year);
        const after = parseDeadline(m.deadline, template.year + 6);
        if (isCellError(before)) return;
        expect(isCellError(after)).toBe(false);
        if (!isCellError(after)) {
          expect(after.start.year - before.start.year).toBe(6);
          expect(after.end.year - before.end.year).toBe(6);
        }
      }));
    }
  });

  it("does not change the template itself", () => {
    const before = JSON.stringify(ROADMAP_TEMPLATES[0]);
    shiftStages(ROADMAP_TEMPLATES[0].stages, 3);
    expect(JSON.stringify(ROADMAP_TEMPLATES[0])).toBe(before);
  });
});
