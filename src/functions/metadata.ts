/**
 * Custom-functions metadata (the JSON Excel reads) generated from the registry, in English (default)
 * or Russian. Registration fails fast on a bad description, as HyperFormula does.
 */
import { FUNCTIONS, type FunctionSpec } from "./registry";

export type MetadataLocale = "ru" | "en";

export interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  result: { type: string; dimensionality: string };
  parameters: { name: string; description: string; type: string; dimensionality: string; optional: boolean }[];
}

const ID_PATTERN = /^[A-Z][A-Z0-9._]{2,}$/;
// Names: letters of any alphabet, underscore and period; at least three characters, starting with a letter.
const NAME_PATTERN = /^\p{L}[\p{L}_.]{2,}$/u;

/** Throws with a precise message when a registry entry breaks Excel's metadata rules. */
export function validateSpecs(specs: readonly FunctionSpec[]): void {
  const ids = new Set<string>();
  const names = { ru: new Set<string>(), en: new Set<string>() };
  for (const spec of specs) {
    if (!ID_PATTERN.test(spec.id)) throw new Error(`Custom function id "${spec.id}" must be A-Z, 0-9, . or _`);
    if (ids.has(spec.id)) throw new Error(`Duplicate custom function id "${spec.id}"`);
    ids.add(spec.id);
    for (const locale of ["ru", "en"] as const) {
      const name = spec.name[locale];
      if (!NAME_PATTERN.test(name)) throw new Error(`Custom function ${spec.id}: bad ${locale} name "${name}"`);
      if (names[locale].has(name)) throw new Error(`Duplicate ${locale} custom function name "${name}"`);
      names[locale].add(name);
    }
    let seenOptional = false;
    for (const param of spec.params) {
      if (seenOptional && !param.optional) throw new Error(`${spec.id}: a required parameter follows an optional one`);
      seenOptional ||= Boolean(param.optional);
    }
    if (spec.impl.length !== spec.params.length) {
      throw new Error(`${spec.id}: implementation takes ${spec.impl.length} arguments, metadata lists ${spec.params.length}`);
    }
  }
}

export function buildMetadata(locale: MetadataLocale, specs: readonly FunctionSpec[] = FUNCTIONS): { functions: FunctionMetadata[] } {
  validateSpecs(specs);
  return {
    functions: specs.map((spec) => ({
      id: spec.id,
      name: spec.name[locale],
      description: spec.description[locale],
      result: { ...spec.result },
      parameters: spec.params.map((param) => ({
        name: param.name[locale],
        description: param.description[locale],
        type: param.type,
        dimensionality: param.dimensionality,
        optional: Boolean(param.optional),
      })),
    })),
  };
}

/** One line per function, e.g. `ДОЛЯ / SHARE (часть, целое)`: for the CLI and the README. */
export function signature(spec: FunctionSpec, locale: MetadataLocale): string {
  const params = spec.params.map((param) => (param.optional ? `[${param.name[locale]}]` : param.name[locale]));
  return `${spec.name[locale]}(${params.join(locale === "ru" ? "; " : ", ")})`;
}
