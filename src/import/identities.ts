/**
 * Which drafts are the same school. Names are parsed (schools.ts) and compared within a municipality:
 * equal keys are one school; a key that fits exactly one other key, which fits only it back (a generic
 * «Школа № 2» and «СОШ № 2»; a file without the municipality and one with it), is merged and reported;
 * a key that fits several is kept apart and reported as ambiguous — never merged silently.
 */
import type { ImportIssue, SourceRef } from "../core/records";
import { issue } from "./issues";
import type { Draft } from "./model";
import { normaliseMunicipality, parseSchoolName, sameSchool, schoolKeyPart, type SchoolName } from "./schools";

export interface SchoolIdentity {
  key: string;
  /** As first written. */
  name: string;
  municipality: string | null;
}

interface Entry {
  exact: string;
  muniKey: string;
  parsed: SchoolName;
  name: string;
  municipality: string | null;
  ref: SourceRef;
  /** Other spellings merged into this entry by equal keys: reported once each. */
  spellings: Map<string, SourceRef>;
}

const refText = (ref: SourceRef): string => `«${ref.file}», «${ref.sheet}», ${ref.cell}`;

/** Resolves each draft to a school identity (same array order); reports merges and ambiguities. */
export function resolveSchools(drafts: readonly Draft[], issues: ImportIssue[]): SchoolIdentity[] {
  const entries = new Map<string, Entry>();
  const exactOf: string[] = [];
  // One school appears in many drafts (years, files): parse each spelling once.
  const names = new Map<string, SchoolName>();
  const munis = new Map<string | null, string>();
  for (const d of drafts) {
    let muniKey = munis.get(d.municipality);
    if (muniKey === undefined) munis.set(d.municipality, (muniKey = normaliseMunicipality(d.municipality)));
    let parsed = names.get(d.school);
    if (!parsed) names.set(d.school, (parsed = parseSchoolName(d.school)));
    const exact = `${muniKey}/${schoolKeyPart(parsed)}`;
    exactOf.push(exact);
    const entry = entries.get(exact);
    if (!entry) entries.set(exact, { exact, muniKey, parsed, name: d.school, municipality: d.municipality, ref: d.ref, spellings: new Map() });
    else {
      if (!entry.municipality && d.municipality) entry.municipality = d.municipality;
      if (d.school !== entry.name && !entry.spellings.has(d.school)) entry.spellings.set(d.school, d.ref);
    }
  }

  const list = [...entries.values()];
  // Candidates share a compatible municipality (equal, or one unknown) and fit by name.
  const byNumber = new Map<string, Entry[]>();
  for (const e of list) (byNumber.get(e.parsed.number ?? "") ?? byNumber.set(e.parsed.number ?? "", []).get(e.parsed.number ?? "")!).push(e);
  const candidates = new Map<Entry, Entry[]>();
  for (const e of list) {
    const fits = (byNumber.get(e.parsed.number ?? "") ?? []).filter((o) => o !== e
      && (o.muniKey === e.muniKey || o.muniKey === "" || e.muniKey === "") && sameSchool(e.parsed, o.parsed));
    candidates.set(e, fits);
  }
  const target = new Map<Entry, Entry>();
  for (const e of list) {
    const fits = candidates.get(e)!;
    if (fits.length === 1 && candidates.get(fits[0])!.length === 1 && !target.has(e)) {
      const other = fits[0];
      // The one seen first gives the name; the municipality comes from whichever has it.
      const [keep, drop] = list.indexOf(e) < list.indexOf(other) ? [e, other] : [other, e];
      if (!keep.municipality && drop.municipality) {
        keep.municipality = drop.municipality;
        keep.muniKey = drop.muniKey;
      }
      target.set(drop, keep);
      target.set(keep, keep);
      issues.push(issue("info", "school", { file: drop.ref.file, sheet: drop.ref.sheet, cell: drop.ref.cell }, "import.school.merged", {
        name: drop.name, other: keep.name, where: refText(keep.ref),
      }));
    } else if (fits.length > 1) {
      issues.push(issue("warning", "school", { file: e.ref.file, sheet: e.ref.sheet, cell: e.ref.cell }, "import.school.ambiguous", {
        name: e.name, candidates: fits.map((o) => `«${o.name}» (${refText(o.ref)})`).join("; "),
      }));
    }
  }
  for (const e of list) {
    for (const [spelling, ref] of e.spellings) {
      issues.push(issue("info", "school", { file: ref.file, sheet: ref.sheet, cell: ref.cell }, "import.school.sameKey", { name: spelling, other: e.name }));
    }
  }
  const identities = new Map<Entry, SchoolIdentity>();
  const canonical = municipalityNames(drafts, munis, issues);
  return exactOf.map((exact) => {
    const e = target.get(entries.get(exact)!) ?? entries.get(exact)!;
    let id = identities.get(e);
    if (!id) {
      id = { key: `${e.muniKey}/${schoolKeyPart(e.parsed)}`, name: e.name, municipality: e.municipality === null ? null : canonical.get(e.muniKey) ?? e.municipality };
      identities.set(e, id);
    }
    return id;
  });
}

/** How plainly a municipality is written: no «МО»/quotes, no abbreviations («р-н», «г.о.»). Lower is plainer. */
const clutter = (name: string): number =>
  (/[«»"]|(?<![А-Яа-яё])МО(?![А-Яа-яё])|муниципальное образование/i.test(name) ? 2 : 0) + (/р-н|г\.\s?о\.|(?<![а-яё])обл\./i.test(name) ? 1 : 0);

/**
 * One display name per municipality: departments write «Вяземский р-н», «Вяземский район» and
 * «МО «Вяземский район»» for the same one, and a summary by municipality must not show three rows.
 * The most frequent spelling wins, then the plainest; every other spelling is reported once.
 */
function municipalityNames(drafts: readonly Draft[], keys: ReadonlyMap<string | null, string>, issues: ImportIssue[]): Map<string, string> {
  const seen = new Map<string, Map<string, { count: number; ref: SourceRef }>>();
  for (const d of drafts) {
    if (!d.municipality) continue;
    const key = keys.get(d.municipality) ?? normaliseMunicipality(d.municipality);
    const spellings = seen.get(key) ?? seen.set(key, new Map()).get(key)!;
    const s = spellings.get(d.municipality);
    if (s) s.count++;
    else spellings.set(d.municipality, { count: 1, ref: d.ref });
  }
  const out = new Map<string, string>();
  for (const [key, spellings] of seen) {
    const ranked = [...spellings].sort(([a, x], [b, y]) => y.count - x.count || clutter(a) - clutter(b) || a.length - b.length || a.localeCompare(b, "ru"));
    const name = ranked[0][0];
    out.set(key, name);
    for (const [other, { ref }] of ranked.slice(1)) {
      issues.push(issue("info", "school", { file: ref.file, sheet: ref.sheet, cell: ref.cell }, "import.municipality.spelling", { name: other, canonical: name }));
    }
  }
  return out;
}
