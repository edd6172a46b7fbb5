/**
 * Program templates: the target-indicator lists and roadmaps of the seed programs, shipped so a
 * methodologist starts from a real document instead of an empty sheet. Pure data.
 */
import type { Direction, Unit } from "../catalogue/types";

export interface TargetItem {
  /** Stable row key within the template (rebuilds match on it): the catalogue id when there is one. */
  key: string;
  /** Catalogue indicator id, when the item is a catalogue indicator. */
  indicatorId?: string;
  title: string;
  unit: Unit;
  direction: Direction;
  /** Base value (shares as fractions) and the year it was measured. */
  base: number | null;
  baseYear: number | null;
  /** Planned value by year; a single planned value (seed 000) sits under the program's last year. */
  plan: Record<number, number | null>;
  /** Actual values by year when the source has them. */
  actual?: Record<number, number | null>;
}

export interface TargetGoal {
  /** Goal or task text shown on a row spanning the table; empty for a list without goals. */
  title: string;
  items: TargetItem[];
}

export interface TargetTemplate {
  id: string;
  title: { ru: string; en: string };
  /** Where it comes from, e.g. «Ярцевский район, 2018 (seed 000)». */
  source: string;
  fromYear: number;
  toYear: number;
  /** Sheet heading, e.g. «Целевые показатели реализации ведомственной целевой программы». */
  heading: string;
  goals: TargetGoal[];
}

export interface RoadmapMeasure {
  /** Stable key within the template. */
  key: string;
  title: string;
  executor: string;
  /** Deadline as written («сентябрь – октябрь 2020г.»); read into dates by core/deadlines. */
  deadline: string;
  result: string;
  reportFormat: string;
  /** Optional extra columns some layouts have. */
  funding?: string;
}

export interface RoadmapStage {
  /** Stage or task row spanning the table («I этап — подготовительный (2018 г.)»). */
  title: string;
  measures: RoadmapMeasure[];
}

export interface RoadmapTemplate {
  id: string;
  title: { ru: string; en: string };
  source: string;
  /** Year assumed when a deadline has none. */
  year: number;
  fromYear: number;
  toYear: number;
  heading: string;
  stages: RoadmapStage[];
}
