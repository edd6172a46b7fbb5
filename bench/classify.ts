/**
 * Classification of a district (360 schools) and of a country (40,000 schools): 3 years, ~45 indicators
 * per school, the default rules plus the cluster and block rules, so every rule does its work.
 * Target: well under 5 s for 40,000 schools (the whole build with sheets must stay under 10 s).
 */
import { setFlagsFromString } from "v8";
import { runInNewContext } from "vm";
import { classify } from "../src/core/classification/engine";
import { applyPreset } from "../src/core/classification/presets";
import { compactValues, type Dataset, type RecordValue, type SchoolRecord } from "../src/core/records";
import { defaultSettings } from "../src/core/settings";

/** Deterministic pseudo-random numbers so runs are comparable. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const EGE = ["russian", "math_profile", "social", "biology", "history", "physics"];
const OGE = ["russian", "math_profile", "social", "biology"];

/** A synthetic region: one year-less passport per school plus one record per year. */
export function syntheticDataset(schools: number, years: readonly number[] = [2022, 2023, 2024], seed = 7): Dataset {
  const rnd = random(seed);
  const share = (mean: number, spread: number): number => Math.min(1, Math.max(0, mean + (rnd() - 0.5) * spread));
  const failures = (pupils: number, p: number): number => {
    let n = 0;
    for (let k = 0; k < pupils; k++) if (rnd() < p) n++;
    return n;
  };
  const records: SchoolRecord[] = [];
  for (let i = 0; i < schools; i++) {
    const key = `school-${i}`;
    const municipality = `МО ${i % 60}`;
    const school = `МБОУ СОШ № ${i}`;
    const context = rnd(); // shared by social factors and results so the index predicts results
    const passport: Record<string, RecordValue> = {
      cluster: rnd() < 0.6 ? "сельская" : "городская",
      school_type: rnd() < 0.8 ? "СОШ" : "ООШ",
      share_parents_higher_ed: share(0.2 + 0.3 * context, 0.1),
      share_single_parent: share(0.35 - 0.2 * context, 0.1),
      share_low_income: share(0.3 - 0.2 * context, 0.1),
      share_unemployed_parents: share(0.15 - 0.1 * context, 0.06),
      share_on_register: share(0.08 - 0.05 * context, 0.04),
      share_ovz: share(0.06, 0.05),
      share_non_native: share(0.05, 0.08),
      flag_biased: rnd() < 0.02 ? "да" : null,
      flag_low_results: rnd() < 0.03 ? "да" : null,
    };
    records.push({ school, key, municipality, year: null, values: passport, sources: [] });
    for (const year of years) {
      const values: Record<string, RecordValue> = {
        pupils_total: Math.round(50 + rnd() * 800),
        knowledge_quality: share(0.3 + 0.3 * context, 0.3),
        olymp_municipal_winners: share(0.2, 0.3),
        olymp_regional_winners: share(0.01, 0.02),
        sport_sections_share: share(0.4, 0.5),
        creative_clubs_share: share(0.55, 0.5),
        share_teachers_categories: share(0.65, 0.5),
        teacher_vacancies: Math.floor(rnd() * 3),
      };
      // Shares below the minimum from pupil-level draws: small schools swing, as real ones do.
      const weak = (1 - context) ** 2;
      for (const [k, s] of EGE.entries()) {
        values[`ege_mean_${s}`] = Math.round((42 + 28 * context + (rnd() - 0.5) * 20) * 10) / 10;
        const participants = 3 + Math.floor(rnd() * 30);
        const below = failures(participants, 0.01 + 0.12 * weak);
        values[`ege_below_min_${s}`] = below / participants;
        if (k < 4) {
          values[`ege_participants_${s}`] = participants;
          values[`ege_below_min_count_${s}`] = below;
        }
      }
      for (const s of OGE) {
        const oge = 10 + Math.floor(rnd() * 50);
        values[`oge_below_min_${s}`] = failures(oge, 0.03 + 0.15 * weak) / oge;
        const vpr = 10 + Math.floor(rnd() * 50);
        values[`vpr_below_min_${s}`] = failures(vpr, 0.05 + 0.2 * weak) / vpr;
      }
      // Laid out as the importer leaves records.
      records.push({ school, key, municipality, year, values: compactValues(values), sources: [] });
    }
  }
  return { records, columns: [] };
}

/** A full collection, so heap figures count what is held rather than garbage not yet collected. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

function run(schools: number, allRules: boolean): void {
  const dataset = syntheticDataset(schools);
  const indicators = new Set(dataset.records.flatMap((r) => Object.keys(r.values))).size;
  const settings = defaultSettings(2024);
  settings.classification = applyPreset("default");
  settings.classification.cluster.enabled = allRules;
  settings.classification.blocks.enabled = allRules;
  classify(syntheticDataset(200), settings); // warm-up: JIT compiles the rules first
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const cpuBefore = process.cpuUsage();
  const start = process.hrtime.bigint();
  const result = classify(dataset, settings);
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuMs = (cpu.user + cpu.system) / 1e3;
  collectGarbage();
  const memory = process.memoryUsage();
  const counts = Object.entries(result.counts).map(([k, v]) => `${k} ${v}`).join(", ");
  const reasons = result.schools.reduce((n, s) => n + s.reasons.length, 0);
  // CPU time is printed too: on a shared machine wall time includes other processes' turns (and GC threads add to CPU).
  console.log(`  ${schools.toLocaleString("en").padStart(6)} schools × 3 years × ${indicators} indicators: ${ms.toFixed(0).padStart(5)} ms wall (target < 5000), ` +
    `${cpuMs.toFixed(0)} ms CPU, heap +${((memory.heapUsed - heapBefore) / 2 ** 20).toFixed(0)} MiB with the result held, rss ${(memory.rss / 2 ** 20).toFixed(0)} MiB`);
  console.log(`         ${counts}; ${reasons.toLocaleString("en")} reasons; crisis ${result.schools.filter((s) => s.level === "crisis").length}, resilient ${result.schools.filter((s) => s.resilient).length}`);
}

export async function benchClassify(): Promise<void> {
  for (const allRules of [false, true]) {
    console.log(`\nClassification, ${allRules ? "every rule (default + cluster + blocks)" : "default settings"}`);
    for (const schools of [360, 40_000]) run(schools, allRules);
  }
}
