/** A value that passed its checks, or the message saying why it did not (in the editor's words). */
export type Checked<T> = { ok: true; value: T } | { ok: false; message: string };
