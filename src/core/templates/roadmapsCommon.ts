/**
 * A compact way to write roadmap rows. An empty string means the document has no such column or
 * leaves the cell empty: the sheet shows an empty cell for the methodologist to fill, never a guess.
 */
import type { RoadmapMeasure } from "./types";

export interface MeasureFields {
  executor?: string;
  deadline?: string;
  result?: string;
  reportFormat?: string;
  funding?: string;
}

export function measure(key: string, title: string, fields: MeasureFields): RoadmapMeasure {
  return {
    key,
    title,
    executor: fields.executor ?? "",
    deadline: fields.deadline ?? "",
    result: fields.result ?? "",
    reportFormat: fields.reportFormat ?? "",
    ...(fields.funding !== undefined ? { funding: fields.funding } : {}),
  };
}
