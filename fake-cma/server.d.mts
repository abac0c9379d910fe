// Types of the fake CMA for TypeScript tests (the server is plain JavaScript with JSDoc).
// What each option and control does is described at the top of server.mjs and in modes.mjs.

export type LogEntry = {
  method: string;
  path: string;
  query: Record<string, string | string[]>;
  headers: Record<'authorization' | 'x-api-version' | 'x-environment' | 'content-type', string | null>;
  /** The environment addressed: the X-Environment header, or the primary one's id when none was sent. */
  environment: string;
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

/** A link value: link → id or null; links → ids; structured_text → a DAST document or null. */
export type LinkValue = string | null | string[] | { schema: 'dast'; document: { type: 'root'; children: unknown[] } };

export type SeedField = {
  apiKey: string;
  label?: string;
  type: 'link' | 'links' | 'structured_text';
  /** Exactly as the API shows them, e.g. `{ item_item_type: { item_types, on_reference_unpublish_strategy }, required: {} }`. */
  validators: Record<string, unknown>;
};

/** A pending plan: `at` (ISO) or `inMs` after the fake clock's start; `locales` null = the whole record. */
export type SeedPlan = { at?: string; inMs?: number; locales?: string[] | null };

export type SeedModel = {
  id: string;
  name: string;
  apiKey: string;
  draftMode: boolean;
  tree: boolean;
  /** Whether `title` is localized (default true): false makes a model whose fields are all non-localized. */
  localized?: boolean;
  fields?: SeedField[];
};

export type SeedRecord = {
  id: string;
  model: string;
  /** Per locale for a localized model, a string for a non-localized one. */
  title: Record<string, string> | string;
  /** Per locale ({} = not published), or the published string / null for a non-localized model. */
  published: Record<string, string> | string | null;
  parentId?: string | null;
  position?: number;
  links?: Record<string, LinkValue>;
  /** Published values of the link fields (default: `links`). */
  publishedLinks?: Record<string, LinkValue>;
  unpublishing?: SeedPlan;
  /** `locales`: a selective publication (with the non-localized content). */
  publication?: SeedPlan;
};

export type Seed = {
  site: { id: string; name: string; locales: string[]; timezone: string };
  models: SeedModel[];
  records: SeedRecord[];
};

export type EnvironmentSeed = {
  /** Lowercase letters, numbers and dashes. */
  id: string;
  seed: Seed;
  /** Exactly one environment is primary. */
  primary?: boolean;
  status?: 'ready' | 'creating';
  readOnly?: boolean;
  forkedFrom?: string | null;
  forkCompletionPercentage?: number;
  /** The plugins installed there, each with its own parameters (default: this plugin with `{}`). */
  plugins?: PluginSeed[];
};

export type PluginSeed = {
  id: string;
  parameters: Record<string, unknown>;
  name?: string;
  packageName?: string | null;
  packageVersion?: string | null;
};

export type Modes = {
  /** 'invalid-field' (default, the errors page) or 'validation-invalid' (top-level VALIDATION_INVALID). */
  errorEnvelope: 'invalid-field' | 'validation-invalid';
  /** false: current-vs-published-state sets the schedule relationships but leaves the schedules out of `included`. */
  scheduleInIncluded: boolean;
  /** 'renamed' / 'missing': current-vs-published-state answers a changed shape. */
  currentVsPublishedShape: 'documented' | 'renamed' | 'missing';
  /** Locale lists of a record whose fields are all non-localized (default 'empty', assumed). */
  nonLocalizedLocales: 'empty' | 'main-locale' | 'all-locales';
  /** Link strategies on a per-locale unpublish: 'whole' (default, assumed) or 'ignore'. */
  selectiveUnpublishReferences: 'whole' | 'ignore';
  /** HTTP status of ENVIRONMENT_IN_READ_ONLY_MODE / ENVIRONMENT_NOT_READY (default 422, assumed). */
  readOnlyStatus: number;
  /** Polls of GET /job-results/:id answered 404 before the result (default 0: done at once). */
  jobPolls: number;
};

export type RawResource = {
  id: string;
  type: string;
  attributes: Record<string, any>;
  relationships: Record<string, any>;
  meta: Record<string, any>;
};

export type RawEnvironment = {
  id: string;
  type: 'environment';
  meta: {
    status: 'ready' | 'creating';
    fork_completion_percentage?: number;
    read_only_mode: boolean;
    created_at: string;
    last_data_change_at: string;
    primary: boolean;
    forked_from: string | null;
  };
};

export type Fixtures = {
  site: { id: string; type: 'site'; attributes: Record<string, any> };
  itemTypes: Record<string, RawResource>;
  fields: Record<string, RawResource>;
  items: RawResource[];
  token: string;
};

export type RateLimitStats = {
  enabled: boolean;
  limit: number | null;
  windowMs: number | null;
  /** Requests counted in the current window. */
  used: number;
  remaining: number | null;
  /** 429s sent by the rate limiter. */
  rejected: number;
  /** Every 429 sent, the limiter's and injected faults'. */
  tooManyRequests: number;
};

export type RecordOutcome = { id: string; outcome: 'unpublished' | 'failed'; code?: string };

export type JobSummary = {
  id: string;
  environment: string;
  kind: 'bulk_unpublish';
  itemIds: string[];
  status: 'running' | 'done';
  pollsLeft: number;
  result: { successful: number; failed: number; records: RecordOutcome[] } | null;
};

/** What a due plan did when the clock passed it. */
export type PlanRun = {
  environment: string;
  kind: 'unpublishing' | 'publication';
  itemId: string;
  at: string;
  outcome: 'done' | 'skipped' | 'failed';
  reason?: string;
};

export type FakeCma = {
  url: string;
  token: string;
  close(): Promise<void>;
  requests(): LogEntry[];
  /** requests() without GETs; with an environment id, only those addressed to it. */
  writes(environment?: string): LogEntry[];
  resetLog(): void;
  injectFault(fault: Fault): void;
  clearFaults(): void;
  /** Moving the clock runs the scheduled unpublishings and publications now due, in every environment. */
  clock: { now(): number; set(msOrIso: number | string): void; advance(ms: number): void };
  /** Seed data, clock, modes, rate limit, jobs, plan runs, log and faults back to the start. */
  reset(): void;
  fixtures(environment?: string): Fixtures;
  getItem(id: string, environment?: string): RawResource;
  publishedLocales(id: string, environment?: string): string[];
  environments(): RawEnvironment[];
  modes: { get(): Modes; set(changes: Partial<Modes>): void };
  rateLimit: { stats(): RateLimitStats; configure(config: { limit?: number; windowMs?: number } | false): void };
  jobs: { list(): JobSummary[]; complete(id?: string): void };
  planRuns(): PlanRun[];
  /**
   * Installs a plugin in an environment (none: the primary) or replaces its parameters; null
   * uninstalls it. Undone by reset().
   */
  plugins: { set(environment: string | undefined, id: string, parameters: Record<string, unknown> | null): void };
};

export type FakeCmaOptions = {
  port?: number;
  host?: string;
  token?: string;
  /** One environment, `main` (primary), with this data. */
  seed?: Seed;
  /** Or several environments; neither: defaultEnvironments(). */
  environments?: EnvironmentSeed[];
  now?: number | string;
  modes?: Partial<Modes>;
  /** Default 60 requests per 3000 ms (the documented default); false: no limit and no rate-limit headers. */
  rateLimit?: { limit?: number; windowMs?: number } | false;
};

export function startFakeCma(options?: FakeCmaOptions): Promise<FakeCma>;

export function defaultSeed(): Seed;
/** main (primary), sandbox-spring, readonly-archive (read-only), sandbox-creating (status creating). */
export function defaultEnvironments(): EnvironmentSeed[];
export function bulkSeed(options?: { records?: number; locales?: string[]; models?: number; seed?: number }): Seed;
export function plansSeed(options?: {
  plans?: number;
  models?: number;
  locales?: string[];
  seed?: number;
  horizonDays?: number;
}): Seed;
export const DEFAULT_MODES: Readonly<Modes>;
/** The id the host simulator gives this plugin (`ctx.plugin.id`), seeded in every environment. */
export const SELECTIVE_UNPUBLISH_PLUGIN_ID: 'plugin-selective-unpublish';
export const DEFAULT_RATE_LIMIT: Readonly<{ limit: number; windowMs: number }>;
