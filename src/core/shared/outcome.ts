/** What a write led to, as the editor reads it. `uncertain`: the write may have happened after all (timeout, dropped connection, 5xx). */
export type Outcome = { tone: 'success' | 'error'; message: string; uncertain?: boolean };
