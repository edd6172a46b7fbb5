/**
 * School and municipality names as keys. Department files spell one school many ways (МБОУ «СШ № 2»,
 * МБОУ СШ N2, «Средняя школа №2»): the key keeps what identifies a school — its type (СОШ, ООШ,
 * гимназия …), its number and any remaining name words (a village, an honorary name) — and drops legal
 * forms (МБОУ, муниципальное бюджетное …), quotes, «№»/«N» spellings and «с углублённым изучением …».
 * Municipalities keep their kind («Ярцевский район» ≠ «г. Ярцево») but not its spelling («р-н» = «район»).
 */
import { basicNormalise, expandAbbreviations, tokenSimilarity } from "./text";

export interface SchoolName {
  /** Canonical type: "сош", "оош", "нош", "гимназия", "лицей", "цо", "интернат", "вечерняя", "школа" (unspecified) or null. */
  type: string | null;
  /** «2», «2а»; null for schools named without a number. */
  number: string | null;
  /** Remaining words (a village, a name), sorted, for schools a type and number do not identify alone. */
  rest: string[];
}

const LEGAL_FORMS = new Set([
  "мбоу", "моу", "мкоу", "маоу", "мбоо", "маоо", "мкоо", "гбоу", "гоу", "гкоу", "гаоу", "огбоу", "огкоу", "огаоу", "кгбоу",
  "кгкоу", "чоу", "ноу", "аноо", "ано", "фгкоу", "мбнои", "мсоу", "мобу", "моао",
]);
const LEGAL_WORDS = /^(муниципальн|государствен|областн|краев|бюджетн|казенн|автономн|частн|некоммерческ|учреждени|организаци)/;

// Longest phrases first; each becomes one canonical type token.
const TYPES: [RegExp, string][] = [
  [/вечерн\S*\s+(сменн\S*\s+)?(обще)?(образовательн\S*\s+)?школ\S*|(?<![а-я])вс?ош(?![а-я])/g, " вечерняя "],
  [/средн\S*\s+(обще)?(образовательн\S*\s+)?школ\S*|(?<![а-я])(м?сош|сш)(?![а-я])/g, " сош "],
  [/основн\S*\s+(обще)?(образовательн\S*\s+)?школ\S*|(?<![а-я])(оош)(?![а-я])/g, " оош "],
  [/начальн\S*\s+(обще)?(образовательн\S*\s+)?школ\S*|(?<![а-я])(нош|нш)(?![а-я])/g, " нош "],
  [/школ\S*[\s-]+интернат\S*/g, " интернат "],
  [/центр\S*\s+образовани\S*|образовательн\S*\s+центр\S*|(?<![а-я])цо(?![а-я])/g, " цо "],
  [/(обще)?образовательн\S*\s+школ\S*|(?<![а-я])школ[аеуы]?(?![а-я])/g, " школа "],
  [/гимнази\S*/g, " гимназия "],
  [/лице[йяюе]\S*/g, " лицей "],
];
const TYPE_WORDS = new Set(["вечерняя", "сош", "оош", "нош", "интернат", "цо", "школа", "гимназия", "лицей"]);
const PLACE_WORDS = new Set(["г", "гор", "город", "с", "село", "д", "дер", "деревня", "п", "пос", "поселок", "рп", "пгт", "ст", "станица", "х", "хутор", "им", "имени", "а"]);

/**
 * `parseSchoolName("МБОУ «СШ № 2»")` -> { type: "сош", number: "2", rest: [] };
 * `parseSchoolName("Березовская ООШ")` -> { type: "оош", number: null, rest: ["березовская"] }.
 */
export function parseSchoolName(name: string): SchoolName {
  let text = ` ${expandAbbreviations(name)} `
    .replace(/(?:обще)?образовательн\S*\s+(?:учреждени|организаци)\S*/g, " ")
    .replace(/с\s+(?:углубл|угл)\S*\s+(?:изуч)\S*(?:\s+отдельн\S*)?(?:\s+(?:учебн\S*\s+)?предмет\S*)?(?:\s+№?\s*\d+)?|(?<![а-я])с?\s?уиоп(?![а-я])/g, " ")
    .replace(/(?:№|(?<![а-яa-z])(?:n|no|nr|номер)\.?)\s*(\d+)(?:-?([а-я])(?![а-я.]))?/g, (_m, n: string, letter?: string) => ` #${n}${letter ?? ""} `);
  for (const [pattern, canonical] of TYPES) text = text.replace(pattern, canonical);
  const words = text.replace(/[^a-zа-я0-9#]+/g, " ").split(" ").filter(Boolean);
  let type: string | null = null;
  let number: string | null = null;
  let rest: string[] = [];
  for (const word of words) {
    if (LEGAL_FORMS.has(word) || LEGAL_WORDS.test(word)) continue;
    if (TYPE_WORDS.has(word)) {
      // «СОШ» beats the generic «школа» («МБОУ СОШ – школа № 2»).
      if (type === null || type === "школа") type = word;
      continue;
    }
    if (word.startsWith("#")) number ??= word.slice(1);
    else if (/^\d+[а-я]?$/.test(word) && number === null) number = word;
    else rest.push(word);
  }
  // An honorary name (им. Пушкина) varies in spelling; with a number it adds nothing to the identity.
  const honorary = words.findIndex((w) => w === "им" || w === "имени");
  if (number !== null && honorary >= 0) {
    const after = new Set(words.slice(honorary));
    rest = rest.filter((w) => !after.has(w));
  }
  rest = rest.filter((w) => !PLACE_WORDS.has(w) && !(w.length === 1 && /[а-я]/.test(w)));
  return { type, number, rest: [...new Set(rest)].sort() };
}

/** The school part of a key: «сош|2|» or «оош||березовская». */
export function schoolKeyPart(name: SchoolName): string {
  return `${name.type ?? ""}|${name.number ?? ""}|${name.rest.join(" ")}`;
}

/**
 * «МО "Ярцевский район"», «Ярцевский р-н», «Ярцевского района» -> «ярцевский район»;
 * «г. Ярцево» -> «город ярцево»; null or blank -> "".
 */
export function normaliseMunicipality(text: string | null | undefined): string {
  if (!text) return "";
  const words = expandAbbreviations(text)
    .replace(/муниципальное\s+образование|(?<![а-я])мо(?![а-я])/g, " ")
    .replace(/(?<![а-я])г\.\s?о\.|(?<![а-я])го(?![а-я])|городск\S*\s+округ\S*/g, " городской_округ ")
    .replace(/(?<![а-я])(?:г|гор)\.|(?<![а-я])город[а-я]{0,2}(?![а-я])/g, " город ")
    .replace(/муниципальн\S*\s+(район|округ)/g, " $1")
    .replace(/\S+\s+(?:области|края|республики)|республик\S*\s+\S+|(?<![а-я])(?:обл|край)\.?(?![а-я])/g, " ")
    .replace(/[^a-zа-я0-9_]+/g, " ")
    .split(" ")
    .filter(Boolean)
    .map((w) => w.replace(/^(район|округ)[аеуо]?м?$/, "$1").replace(/(ск|цк)(ого|ому|ом|ая|ой|ое|им)$/, "$1ий"));
  const kind = words.find((w) => w === "город" || w === "район" || w === "округ" || w === "городской_округ");
  const rest = words.filter((w) => w !== kind);
  const out = kind === "город" ? ["город", ...rest] : kind ? [...rest, kind] : rest;
  return out.join(" ").replace("городской_округ", "городской округ");
}

/**
 * A municipality named in free text (a title row), in the nominative: «… Ярцевского района за 2021
 * год» -> «Ярцевский район»; «… в г. Ярцево» -> «г. Ярцево». Case matters here: a city name is capitalised.
 */
export function municipalityInText(text: string): string | null {
  const district = /([А-ЯЁ][а-яё-]+(?:ск|цк)(?:ий|ого|ому|ом|ая|ой|ое))\s+(муниципальн\S+\s+)?(район|округ|р-н)/.exec(text);
  if (district) {
    const name = district[1].replace(/(ск|цк)(ого|ому|ом|ая|ой|ое)$/, "$1ий");
    return `${name} ${district[2] ? "муниципальный " : ""}${district[3] === "р-н" ? "район" : district[3]}`;
  }
  const city = /(?:^|[^А-Яа-яё])(?:г\.|город)\s*([А-ЯЁ][а-яё-]{2,})/.exec(text);
  return city ? `г. ${city[1]}` : null;
}

/** Whether a text looks like a school's name (used to find data rows and passports). */
export function looksLikeSchool(text: string): boolean {
  const t = basicNormalise(text);
  if (/^(количество|число|доля|всего|итого|наименование|название|тип|вид|в том числе|из них|перечень|список)/.test(t)) return false;
  // A bare type word («Школа», «ОО») is a header, not a name.
  if (/^(школа|школы|оо|оу|сош|оош|гимназия|лицей|учреждение|организация)$/.test(t.replace(/[^а-я0-9]+/g, ""))) return false;
  return /(?<![а-я])(мбоу|моу|мкоу|маоу|мбоо|маоо|гбоу|гкоу|гоу|гаоу|чоу|сош|оош|нош|сш|цо|школа|гимназия|лицей)(?![а-я])/.test(t)
    || /(средн|основн|начальн)\S*\s+(обще)?(образовательн\S*\s+)?школ/.test(t);
}

/**
 * Whether two parsed names can be the same school (municipalities already compatible): equal numbers
 * with compatible types and no contradicting words, or no numbers and alike words.
 */
export function sameSchool(a: SchoolName, b: SchoolName): boolean {
  const typesFit = a.type === b.type || a.type === null || b.type === null || a.type === "школа" || b.type === "школа";
  if (!typesFit || a.number !== b.number) return false;
  const alike = (x: string[], y: string[]): boolean => x.every((w) => y.some((v) => tokenSimilarity(w, v) >= 0.8));
  if (a.number !== null) return a.rest.length === 0 || b.rest.length === 0 || alike(a.rest, b.rest) || alike(b.rest, a.rest);
  return a.rest.length > 0 && b.rest.length > 0 && alike(a.rest, b.rest) && alike(b.rest, a.rest);
}
