/**
 * What the bulk modal is opened with (`ctx.openModal({ parameters })`), and reading
 * it back: the parameters cross the SDK as plain data, so they are checked, never trusted.
 */
import type { LocalePick } from '../unpublish/unpublishRequest';

/** One selected record, as the collection view (or the panel) knows it. */
export type BulkRecordRef = {
  id: string;
  itemTypeId: string;
  title: string;
  /** The user who created it, for role rules limited to one's own records. */
  creatorId: string | null;
  /** Its workflow stage, if any. */
  stageId: string | null;
};

export type BulkModalParameters = {
  records: BulkRecordRef[];
  /** Opened from a record's panel: the pick made there. */
  pick?: LocalePick;
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

function readRecord(value: unknown): BulkRecordRef | null {
  if (!isObject(value)) return null;
  const id = text(value.id);
  const itemTypeId = text(value.itemTypeId);
  if (!id || !itemTypeId) return null;
  return {
    id,
    itemTypeId,
    title: text(value.title) ?? id,
    creatorId: text(value.creatorId),
    stageId: text(value.stageId),
  };
}

function readPick(value: unknown): LocalePick | undefined {
  if (!isObject(value)) return undefined;
  if (value.wholeRecord === true) return { wholeRecord: true };
  if (value.wholeRecord === false && Array.isArray(value.locales)) {
    return { wholeRecord: false, locales: value.locales.filter((l): l is string => typeof l === 'string') };
  }
  return undefined;
}

/** The records (unreadable entries and repeats dropped) and the pick, if any. */
export function readModalParameters(parameters: unknown): BulkModalParameters {
  const raw = isObject(parameters) ? parameters : {};
  const seen = new Set<string>();
  const records: BulkRecordRef[] = [];
  for (const entry of Array.isArray(raw.records) ? raw.records : []) {
    const record = readRecord(entry);
    if (!record || seen.has(record.id)) continue;
    seen.add(record.id);
    records.push(record);
  }
  const pick = readPick(raw.pick);
  return pick ? { records, pick } : { records };
}
