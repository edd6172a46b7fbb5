/**
 * Program templates shipped with the product: the target-indicator lists and roadmaps of the seed
 * programs, and measure lists by ФИОКО risk factor and by school status.
 */
import type { RoadmapTemplate, TargetTemplate } from "./types";
import { SEED000_TARGETS } from "./targets000";
import { SEED002_TARGETS } from "./targets002";
import { SEED000_PLAN } from "./roadmaps000";
import { SEED001_ROADMAP } from "./roadmaps001";
import { SEED002_MEASURES, SEED002_MONITORING, SEED002_ROADMAP } from "./roadmaps002";
import { SEED004_MEASURES } from "./roadmaps004";

export { RISK_MEASURES, RISK_FACTOR_TITLES, type SourcedMeasure } from "./riskMeasures";
export { STATUS_MEASURES, type SupportStatus } from "./roadmapsStatus";

export const TARGET_TEMPLATES: readonly TargetTemplate[] = [SEED000_TARGETS, SEED002_TARGETS];

export const ROADMAP_TEMPLATES: readonly RoadmapTemplate[] = [
  SEED000_PLAN,
  SEED001_ROADMAP,
  SEED002_MEASURES,
  SEED002_ROADMAP,
  SEED002_MONITORING,
  SEED004_MEASURES,
];

export function targetTemplateById(id: string): TargetTemplate | undefined {
  return TARGET_TEMPLATES.find((template) => template.id === id);
}

export function roadmapTemplateById(id: string): RoadmapTemplate | undefined {
  return ROADMAP_TEMPLATES.find((template) => template.id === id);
}

export interface TemplateInfo {
  id: string;
  kind: "targets" | "roadmap";
  title: { ru: string; en: string };
  source: string;
  /** The program years the template covers (first and last, inclusive). */
  years: { from: number; to: number };
}

/** Every template for a picker, targets first. */
export function listTemplates(): TemplateInfo[] {
  return [
    ...TARGET_TEMPLATES.map((t) => ({ id: t.id, kind: "targets" as const, title: t.title, source: t.source, years: { from: t.fromYear, to: t.toYear } })),
    ...ROADMAP_TEMPLATES.map((t) => ({ id: t.id, kind: "roadmap" as const, title: t.title, source: t.source, years: { from: t.fromYear, to: t.toYear } })),
  ];
}
