/**
 * The sample schools' data model and generator: a school's latent social disadvantage `d` drives its
 * social passport shares, its result strength `s` drives exam results, and a seeded PRNG per school
 * (mulberry32 over the FNV-1a hash of its name) adds noise, so the output is deterministic and editing
 * one school does not move the others. A story year's explicit values replace the generated ones;
 * ordinary values are kept under every threshold of the default rules.
 */

export const YEARS = [2022, 2023, 2024] as const;
export type Year = (typeof YEARS)[number];
export type Muni = "krasnolug" | "tikhorech" | "nizhneozyorsk" | "verkhnesosn";
export type SchoolType = "СОШ" | "ООШ" | "гимназия" | "лицей";

/** One ЕГЭ subject in one year: participants, mean test score, participants below the minimum. */
export interface Exam {
  n: number;
  mean: number;
  below: number;
}

export interface YearData {
  /** ЕГЭ; null when the school has no grade 11 (ООШ) or does not offer the subject. */
  ru: Exam | null;
  math: Exam | null;
  /** Обществознание, the choice subject (only where `choice`). */
  soc: Exam | null;
  /** ОГЭ participants and marks «2»; a null count is written «н/д». */
  n9: number;
  ogeRu: number | null;
  ogeMath: number | null;
  /** Качество знаний, percent. */
  quality: number;
}

/** Social passport, percent of pupils (counts for the registers). */
export interface Social {
  parentsHigherEd: number;
  singleParent: number;
  lowIncome: number;
  unemployed: number;
  onRegister: number;
  ovz: number;
  nonNative: number;
  kdn: number;
  pdn: number;
  vshu: number;
}

export interface School {
  muni: Muni;
  /** Full name as the department writes it; layouts may shorten it. */
  name: string;
  type: SchoolType;
  rural: boolean;
  small: boolean;
  pupils: number;
  story: string;
  years: Record<Year, YearData>;
  social: Social;
  /** Years with the department's own marks and the ФИОКО biased-results flag. */
  nro: Year[];
  fnsu: Year[];
  biased: Year[];
}

/** Explicit values for a story year; shares are fractions, turned into whole counts. */
export interface Override {
  ogeRu?: number | "н/д";
  ogeMath?: number;
  mathBelow?: number;
  mathN?: number;
  socMean?: number;
  socBelow?: number;
  quality?: number;
  /** A worse year: means fall, shares of «2» rise (still under 30%), quality falls. */
  worse?: boolean;
}

export interface Spec {
  muni: Muni;
  name: string;
  type?: SchoolType;
  rural?: boolean;
  small?: boolean;
  pupils: number;
  d: number;
  /** Result strength; default −0.6·d (−0.15 more for an ООШ): results follow the social index along a line. */
  s?: number;
  story: string;
  choice?: boolean;
  social?: Partial<Social>;
  years?: Partial<Record<Year, Override>>;
  nro?: Year[];
  fnsu?: Year[];
  biased?: Year[];
}

/** mulberry32: small, fast and the same everywhere. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** FNV-1a of the school's name: one random stream per school. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

const round1 = (v: number): number => Math.round(v * 10) / 10;
const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));

/** Count of `n` for a share: at least the share when it is a story's 30%+, else kept under 30%. */
function countOf(share: number, n: number, story: boolean): number {
  if (n === 0) return 0;
  if (story) return share >= 0.3 ? Math.max(Math.ceil(share * n - 1e-9), Math.ceil(0.3 * n - 1e-9)) : Math.round(share * n);
  return Math.min(Math.round(share * n), Math.ceil(0.3 * n) - 1);
}

export function build(spec: Spec): School {
  const random = prng(hash(spec.muni + spec.name));
  const noise = (sd: number): number => {
    // Box–Muller from two uniform draws.
    const u = 1 - random();
    return sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const type = spec.type ?? "СОШ";
  const rural = spec.rural ?? false;
  const d = spec.d;
  const s = spec.s ?? Math.round(-60 * d - (type === "ООШ" ? 15 : 0)) / 100;
  const n11 = type === "ООШ" ? 0 : Math.max(2, Math.round(spec.pupils / 21 + noise(1)));
  const years = {} as Record<Year, YearData>;
  YEARS.forEach((year, t) => {
    const o = spec.years?.[year] ?? {};
    const w = o.worse ? 1 : 0;
    const n9 = Math.max(4, Math.round(spec.pupils / 10.5 + noise(1)));
    const exam = (n: number, mean: number, share: number): Exam => ({ n, mean: round1(clamp(mean, 0, 100)), below: countOf(Math.max(0, share), n, false) });
    let ru: Exam | null = null;
    let math: Exam | null = null;
    let soc: Exam | null = null;
    if (n11 > 0) {
      const nr = n11 + Math.round(noise(1));
      ru = exam(Math.max(2, nr), 63 + 7 * s + 1.0 * t - 5 * w + noise(0.4 + 1.5 / Math.sqrt(nr)), random() < 0.15 && nr >= 8 ? 1 / nr : 0);
      const nm = o.mathN ?? Math.max(1, Math.round(nr * (0.48 + 0.08 * s)));
      math = exam(nm, 50 + 9 * s + 1.0 * t - 6 * w + noise(0.5 + 2 / Math.sqrt(nm)), 0.08 - 0.06 * s - 0.01 * t + 0.08 * w + noise(0.02));
      if (o.mathBelow !== undefined) math.below = countOf(o.mathBelow, nm, true);
      if (spec.choice) {
        const ns = Math.max(1, Math.round(nr * 0.36));
        soc = exam(ns, Math.max(46, o.socMean ?? 55 + 7 * s + 0.9 * t + noise(0.5 + 1.5 / Math.sqrt(ns))), 0.1 - 0.07 * s + noise(0.02));
        if (o.socMean !== undefined) soc.mean = o.socMean;
        if (o.socBelow !== undefined) soc.below = countOf(o.socBelow, ns, true);
      }
    }
    // A class of 4–8 has no «2» or one (in mathematics, and in Russian from 7 pupils), so small schools do not
    // all look flawless next to big ones (their composite would then beat the social index's line).
    const oge = (given: number | "н/д" | undefined, base: number, usual: number): number | null => {
      if (given === "н/д") return null;
      if (given !== undefined) return countOf(given, n9, true);
      return n9 <= 8 ? usual : countOf(clamp(base, 0, 0.27), n9, false);
    };
    years[year] = {
      ru, math, soc, n9,
      ogeRu: oge(o.ogeRu, 0.05 - 0.04 * s - 0.005 * t + 0.1 * w + noise(0.012), n9 >= 7 ? 1 : 0),
      ogeMath: oge(o.ogeMath, 0.11 - 0.07 * s - 0.01 * t + 0.12 * w + noise(0.015), 1),
      quality: round1(o.quality ?? clamp(41 + 12 * s + 1.2 * t - 9 * w + noise(0.8), 15, 80)),
    };
  });
  const pct = (v: number, lo = 0): number => round1(clamp(v, lo, 95));
  const social: Social = {
    parentsHigherEd: pct(24 + (rural ? -5 : 8) - 7 * d + noise(1.5), 2),
    singleParent: pct(17 + 5 * d + noise(1)),
    lowIncome: pct(14 + 8 * d + noise(1.5), 1),
    unemployed: pct(5 + 3.5 * d + noise(0.6), 0.5),
    onRegister: pct(1.6 + 1.1 * d + noise(0.2), 0.2),
    ovz: pct(3.6 + 1.8 * d + noise(0.4), 0.4),
    nonNative: pct(1.6 + 2 * d + noise(0.6), 0),
    kdn: 0, pdn: 0, vshu: 0,
    ...spec.social,
  };
  // Register counts that add up to the share on register.
  const onRegister = Math.max(1, Math.round((social.onRegister / 100) * spec.pupils));
  social.kdn = Math.round(onRegister * 0.3);
  social.pdn = Math.round(onRegister * 0.2);
  social.vshu = onRegister - social.kdn - social.pdn;
  return {
    muni: spec.muni, name: spec.name, type, rural, small: spec.small ?? false, pupils: spec.pupils, story: spec.story,
    years, social, nro: spec.nro ?? [], fnsu: spec.fnsu ?? [], biased: spec.biased ?? [],
  };
}

