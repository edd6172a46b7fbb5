/**
 * A template moved to another program's years. The seed programs write their years into deadlines
 * («Сентябрь 2018 г.»), stage titles («I этап (2018 г.)») and measure names («… на 2018–2021 годы»);
 * reused for a program starting in 2024 they must say 2024, or every bar of the timeline falls outside
 * it. Only templates are moved: a user's own plan is always kept as written.
 */
import type { RoadmapMeasure, RoadmapStage } from "./types";

// Four-digit years only: «24.08.» or «18–19.10.» have none, and a count such as «200 чел.» is not a year.
const YEAR = /(?<!\d)(19[5-9]\d|20\d\d|2100)(?!\d)/g;

/** Every year in `text` moved by `offset`. `shiftYears("до 2021 года", 3)` -> "до 2024 года". */
export function shiftYears(text: string, offset: number): string {
  return offset === 0 ? text : text.replace(YEAR, (y) => String(Number(y) + offset));
}

function shiftMeasure(m: RoadmapMeasure, offset: number): RoadmapMeasure {
  return {
    ...m,
    title: shiftYears(m.title, offset),
    deadline: shiftYears(m.deadline, offset),
    result: shiftYears(m.result, offset),
    reportFormat: shiftYears(m.reportFormat, offset),
  };
}

/** Stages with every year in their titles, deadlines, results and report formats moved by `offset`. */
export function shiftStages(stages: readonly RoadmapStage[], offset: number): RoadmapStage[] {
  return stages.map((s) => ({ title: shiftYears(s.title, offset), measures: s.measures.map((m) => shiftMeasure(m, offset)) }));
}
