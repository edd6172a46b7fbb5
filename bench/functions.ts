/**
 * Cost per call of every custom function over 40,000 calls (a country's schools), through the same
 * implementations Excel calls, with inputs as Excel passes them (numbers, Russian text numbers, ranges).
 */
import { FUNCTIONS, type FunctionSpec } from "../src/functions/registry";
import { socialIndex } from "../src/core/socialIndex";

const CALLS = 40_000;

/** Deterministic pseudo-random numbers so runs are comparable. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

const rnd = random(42);
const score = (): number => Math.round(20 + rnd() * 70);
const shareText = (): string => `${(rnd() * 100).toFixed(1).replace(".", ",")}%`;

// One argument list per call; building them is not timed.
const INPUTS: Record<string, () => unknown[]> = {
  SHARE: () => [Math.floor(rnd() * 20), 20 + Math.floor(rnd() * 10)],
  RATIO: () => [score(), "54,3"],
  PROGRESS: () => [0.15, 0, rnd() * 0.2],
  FULFILLMENT: () => ["2%", shareText(), "снижение"],
  TARGETSTATUS: () => [40, 60, score()],
  DYNAMICS: () => [score(), score(), null],
  MINSCORE: () => [["Русский язык", "математика профильная", "обществознание", "физика"][Math.floor(rnd() * 4)], 2024, null],
  BELOWMINSHARE: () => [[[score()], [score()], [score()], [score()], [score()]], 27],
  STABLYLOW: () => [[[score(), score(), score()]], [[27, 27, 27]], null],
  LOWRESULTS: () => [[[rnd() * 0.5], [rnd() * 0.5], [rnd() * 0.5]], [[rnd() * 0.5], [rnd() * 0.5], [rnd() * 0.5]], null, null, null],
  STATUS: () => [rnd() > 0.5, rnd() > 0.8 ? "да" : "нет"],
  INEQUALITY: () => [Array.from({ length: 20 }, () => [score()]), null],
  PERIODSTART: () => [["сентябрь – октябрь 2020г.", "18.05-23.06.2020", "Март, апрель—октябрь", "до 2021 года", "в течение года"][Math.floor(rnd() * 5)], 2020],
  PERIODEND: () => [["Декабрь 2020г. – февраль 2024г.", "18–19.10.", "Ежеквартально", "июнь 2021"][Math.floor(rnd() * 4)], 2020],
};

function timeCalls(spec: FunctionSpec, inputs: unknown[][]): number {
  // Warm up so the JIT has compiled the path before timing.
  for (let i = 0; i < 2000; i++) spec.impl(...inputs[i % inputs.length]);
  const start = process.hrtime.bigint();
  let sink = 0;
  for (const args of inputs) if (spec.impl(...args) !== undefined) sink++;
  const elapsed = Number(process.hrtime.bigint() - start) / 1e3;
  if (sink !== inputs.length) throw new Error(`${spec.id} returned undefined`);
  return elapsed / inputs.length;
}

export function benchFunctions(): void {
  console.log(`\nCustom functions: µs per call over ${CALLS.toLocaleString("en")} calls (target < 5 µs for scalar functions)`);
  for (const spec of FUNCTIONS) {
    if (spec.id === "SOCIALINDEX") continue;
    const make = INPUTS[spec.id];
    if (!make) throw new Error(`No benchmark input for ${spec.id}`);
    const inputs = Array.from({ length: CALLS }, make);
    const perCall = timeCalls(spec, inputs);
    console.log(`  ${spec.id.padEnd(14)} ${perCall.toFixed(3).padStart(8)} µs ${perCall < 5 ? "ok" : "OVER TARGET"}`);
  }

  const rows = 40_000;
  const shares = Array.from({ length: rows }, () => Array.from({ length: 7 }, () => (rnd() < 0.02 ? null : rnd())));
  const signs = [1, -1, -1, -1, -1, -1, -1];
  const matrix = shares.map((row) => row.map((v) => (v === null ? "" : v)));
  const spec = FUNCTIONS.find((f) => f.id === "SOCIALINDEX")!;
  spec.impl(matrix, [signs], null); // warm-up
  const runs = 5;
  let best = Infinity;
  let bestCore = Infinity;
  for (let i = 0; i < runs; i++) {
    let t0 = process.hrtime.bigint();
    spec.impl(matrix, [signs], null);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e6);
    t0 = process.hrtime.bigint();
    socialIndex(shares, { signs });
    bestCore = Math.min(bestCore, Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const verdict = best < 200 ? "ok" : "OVER TARGET";
  console.log(`  SOCIALINDEX 40,000 × 7: ${best.toFixed(1)} ms through the custom function (best of ${runs}; core alone ${bestCore.toFixed(1)} ms) — target < 200 ms: ${verdict}`);
}
