/**
 * Assessment procedures (ЕГЭ, ОГЭ, ВПР per subject) and result measures as the rules read them. A share
 * below the minimum is taken as given or, for ЕГЭ, computed from the participant and below-minimum
 * counts when only those are in the data. Everything is read as whole columns (see Frame.column).
 */
import { examId, ID } from "../catalogue/ids";
import { SUBJECT_TITLES, type ExamSubject } from "../minscores";
import type { Frame } from "./frame";
import type { ClassificationSettings } from "./settings";
import type { Exam } from "./reasons";

export const SUBJECTS = Object.keys(SUBJECT_TITLES) as ExamSubject[];
export const EXAMS: readonly Exam[] = ["ege", "oge", "vpr"];

export interface Procedure {
  exam: Exam;
  subject: ExamSubject;
  shareId: string;
  /** Counts the share can be computed from (only ЕГЭ exports carry them). */
  participantsId: string | null;
  countId: string | null;
}

export const PROCEDURES: readonly Procedure[] = EXAMS.flatMap((exam) =>
  SUBJECTS.map((subject) => ({
    exam,
    subject,
    shareId: examId(`${exam}_below_min` as "ege_below_min", subject),
    participantsId: exam === "ege" ? examId("ege_participants", subject) : null,
    countId: exam === "ege" ? examId("ege_below_min_count", subject) : null,
  })),
);

/** Procedures that have any input anywhere in the data, so schools are not probed for 36 absent ids. */
export function proceduresIn(frame: Frame): Procedure[] {
  return PROCEDURES.filter((p) =>
    frame.hasAnywhere(p.shareId) ||
    (p.participantsId !== null && p.countId !== null && frame.hasAnywhere(p.participantsId) && frame.hasAnywhere(p.countId)));
}

/**
 * How a school's share was obtained. Invalid: the numbers cannot form a share (a share over 1, more
 * below the minimum than participants).
 */
export const ShareState = { None: 0, Given: 1, Computed: 2, Invalid: 3 } as const;

export interface ShareColumn {
  /** By school index; NaN unless Given or Computed. */
  share: Float64Array;
  state: Uint8Array;
  count: Float64Array;
  participants: Float64Array;
}

/** The share below the minimum of one procedure in one year for every school. */
export function shareColumn(frame: Frame, p: Procedure, year: number, own = false): ShareColumn {
  return frame.memo(`share\u0000${own}\u0000${year}\u0000${p.shareId}`, () => {
    const n = frame.schools.length;
    const given = frame.column(p.shareId, year, own);
    const participants = p.participantsId ? frame.column(p.participantsId, year, own) : given.map(() => NaN);
    const count = p.countId ? frame.column(p.countId, year, own) : participants;
    const share = new Float64Array(n).fill(NaN);
    const state = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      const direct = given[i];
      if (!Number.isNaN(direct)) {
        const ok = direct >= 0 && direct <= 1;
        state[i] = ok ? ShareState.Given : ShareState.Invalid;
        if (ok) share[i] = direct;
        continue;
      }
      const whole = participants[i];
      const part = count[i];
      // Zero participants: the procedure did not take place at this school.
      if (Number.isNaN(whole) || Number.isNaN(part) || whole <= 0) continue;
      if (part < 0 || part > whole) state[i] = ShareState.Invalid;
      else {
        state[i] = ShareState.Computed;
        share[i] = Math.round((part / whole) * 1e9) / 1e9;
      }
    }
    return { share, state, count, participants };
  });
}

/** A result measure: +1 when higher is better (mean scores, качество знаний), −1 when lower is. */
export interface Measure {
  id: string;
  better: 1 | -1;
  column(frame: Frame, year: number, own?: boolean): Float64Array;
}

/**
 * The school's results as a set of measures: ЕГЭ and ОГЭ means, shares below the minimum of every
 * procedure, and качество знаний. Used by the result composite (resilience) and by worsening.
 */
export function resultMeasures(frame: Frame): Measure[] {
  const plain = (id: string, better: 1 | -1): Measure => ({ id, better, column: (f, y, own) => f.column(id, y, own) });
  const out: Measure[] = [];
  for (const subject of SUBJECTS) {
    for (const id of [examId("ege_mean", subject), examId("oge_mean", subject)]) if (frame.hasAnywhere(id)) out.push(plain(id, 1));
  }
  for (const p of proceduresIn(frame)) {
    out.push({ id: p.shareId, better: -1, column: (f, y, own) => shareColumn(f, p, y, own).share });
  }
  if (frame.hasAnywhere(ID.knowledgeQuality)) out.push(plain(ID.knowledgeQuality, 1));
  return out;
}

/** Every id the rules can read with these settings: the classification transposes only these. */
export function wantedIds(cs: ClassificationSettings): Set<string> {
  const ids = new Set<string>([
    ID.cluster, ID.schoolType, ID.pupils, ID.knowledgeQuality, ID.olympMunicipal, ID.olympRegional, ID.sportSections,
    ID.creativeClubs, ID.teachersCategories, ID.flagLowResults, ID.flagAdverse, ID.flagBiased,
    cs.cluster.groupBy, cs.cluster.indicator, ...cs.socialIndex.factors.map((f) => f.indicator),
  ]);
  for (const p of PROCEDURES) for (const id of [p.shareId, p.participantsId, p.countId]) if (id) ids.add(id);
  for (const subject of SUBJECTS) ids.add(examId("ege_mean", subject)).add(examId("oge_mean", subject));
  return ids;
}

/** NaN → null, for code that keeps the null convention of rules.ts. */
export const orNull = (value: number): number | null => (Number.isNaN(value) ? null : value);
