/** A value, or a problem written for the person at the console: what is wrong, what is expected, what to do. */
export type Result<T, P = Problem> = { ok: true; value: T } | { ok: false; problem: P };

export interface Problem {
  /** Stable machine-readable code, e.g. `invalid-json`, `too-long`. */
  code: string;
  /** One or two sentences for the user. */
  message: string;
}

export const ok = <T>(value: T): Result<T, never> => ({ ok: true, value });
export const fail = (code: string, message: string): Result<never> => ({ ok: false, problem: { code, message } });
