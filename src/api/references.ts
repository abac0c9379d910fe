/**
 * The reads of the pre-flight: the published records that link to a record, and the
 * fields of their models (the SDK's `ctx.loadItemTypeFields` where the ctx offers it,
 * else the CMA). Built on createCmaConnection, so each call waits out 429s boundedly.
 */
import type { RawField } from '../core/preflight/linkRules';
import { modelsToLoad, type RawLinkingRecord } from '../core/preflight/preflight';
import type { CmaAccess, ConnectionOptions } from './cma';
import { createCmaConnection } from './connection';

/** The SDK's loader of a model's fields (`ctx.loadItemTypeFields`), when the ctx has one. */
export type FieldsLoader = (itemTypeId: string) => Promise<unknown[]>;

/** Fields of at most this many models are read for one pre-flight; records of others get an unknown effect. */
export const MAX_MODELS = 30;
/** Models whose fields are read at the same time (each is one CMA request without the SDK's loader). */
const PARALLEL_READS = 3;

export type PreflightReads = { linking: RawLinkingRecord[]; fields: RawField[] };

export type ReferencesApi = ReturnType<typeof createReferencesApi>;

export function createReferencesApi(access: CmaAccess, options: ConnectionOptions & { loadFields?: FieldsLoader }) {
  const { client, call } = createCmaConnection(access, options);
  const cache = new Map<string, Promise<RawField[]>>();

  /** One model's fields: the SDK's loader first (no CMA request), the CMA when there is none or it fails. */
  function fieldsOf(modelId: string): Promise<RawField[]> {
    const cached = cache.get(modelId);
    if (cached) return cached;
    const fromCma = async () => (await call(() => client.fields.rawList(modelId))).data as unknown as RawField[];
    const load = options.loadFields;
    const read = load ? load(modelId).then((fields) => fields as RawField[], fromCma) : fromCma();
    // A failed read is not kept: the next pre-flight asks again.
    const kept = read.catch((error: unknown) => {
      cache.delete(modelId);
      throw error;
    });
    cache.set(modelId, kept);
    return kept;
  }

  async function fieldsOfModels(modelIds: readonly string[]): Promise<RawField[]> {
    const queue = modelIds.slice(0, MAX_MODELS);
    const fields: RawField[] = [];
    const worker = async () => {
      for (let id = queue.shift(); id !== undefined; id = queue.shift()) fields.push(...(await fieldsOf(id)));
    };
    await Promise.all(Array.from({ length: PARALLEL_READS }, worker));
    return fields;
  }

  /**
   * Records whose published version links to `itemId`, blocks given in full (`nested`) so that
   * links inside blocks can be read; `version: 'published'` because only live records are kept
   * coherent by the platform (datocms.com/docs/content-management-api/resources/item/references).
   */
  async function linkingRecords(itemId: string): Promise<RawLinkingRecord[]> {
    const { data } = await call(() => client.items.rawReferences(itemId, { version: 'published', nested: true }));
    return data as unknown as RawLinkingRecord[];
  }

  return {
    linkingRecords,
    /** Everything `preflight` needs to know about the records that link to `itemId`. */
    async readPreflight(itemId: string): Promise<PreflightReads> {
      const linking = await linkingRecords(itemId);
      const fields = await fieldsOfModels(modelsToLoad(linking));
      return { linking, fields };
    },
  };
}
