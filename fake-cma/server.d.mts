// Types of the fake CMA for TypeScript tests (the server is plain JavaScript with JSDoc).

export type LogEntry = {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<'authorization' | 'x-api-version' | 'x-environment' | 'content-type', string | null>;
  /** Parsed JSON, or null when no body was sent. */
  body: unknown;
  rawBody: string;
  /** The status answered, 'dropped' for a destroyed connection, null while a delayed request is pending. */
  status: number | 'dropped' | null;
  at: number;
};

export type Fault = {
  count?: number;
  status?: number;
  code?: string;
  details?: Record<string, unknown>;
  headers?: Record<string, string>;
  transient?: boolean;
  dropConnection?: boolean;
  delayMs?: number;
  method?: string;
  path?: string | RegExp;
};

export type Seed = {
  site: { id: string; name: string; locales: string[]; timezone: string };
  models: Array<{ id: string; name: string; apiKey: string; draftMode: boolean; tree: boolean }>;
  records: Array<{
    id: string;
    model: string;
    title: Record<string, string>;
    published: Record<string, string>;
    parentId?: string | null;
    position?: number;
  }>;
};

export type FakeCma = {
  url: string;
  token: string;
  close(): Promise<void>;
  requests(): LogEntry[];
  writes(): LogEntry[];
  resetLog(): void;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  clock: { now(): number; set(msOrIso: number | string): void; advance(ms: number): void };
  reset(): void;
  fixtures(): Record<string, unknown>;
  getItem(id: string): { attributes: Record<string, unknown>; meta: Record<string, unknown> };
  publishedLocales(id: string): string[];
};

export function startFakeCma(options?: {
  port?: number;
  host?: string;
  token?: string;
  seed?: Seed;
  now?: number;
}): Promise<FakeCma>;

export function defaultSeed(): Seed;
