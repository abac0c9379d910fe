/**
 * The bulk modal's pre-flight: the records a run is about to unpublish now in the current
 * environment are each checked (at most MAX_BULK_CHECKS, one read each, see
 * src/features/bulk/useLinkChecks.ts), and the checks gathered here into what the one
 * confirmation says: the selected records DatoCMS would refuse (they are skipped, never sent),
 * the records that go offline too, and the ones that stay live with the link removed.
 */
import type { LinkCheck } from './nativeButton';
import type { EffectGroup, LinkingRecord, PreflightNote } from './preflight';

/** At most this many records are checked before a run (one read each, two at a time). */
export const MAX_BULK_CHECKS = 20;

/** One selected record's check: `title` as the modal shows it. */
export type BulkCheck = { recordId: string; title: string; check: LinkCheck };

/** A record that links to selected records (their titles in `targets`). */
export type LinkedFrom = { record: LinkingRecord; targets: string[] };

export type RefusedRecord = { recordId: string; title: string; blocking: EffectGroup };

export type BulkLinks = {
  /** Selected records DatoCMS would refuse to unpublish, with the records that block each. */
  refused: RefusedRecord[];
  /** Records taken offline too (an `unpublish` link to a record that is sent). */
  offline: LinkedFrom[];
  /** Records that stay live with their link removed (and not taken offline by another link). */
  edited: LinkedFrom[];
  /** Records that link through a field the plugin could not read. */
  unknown: LinkedFrom[];
  /** Selected records whose links could not be read, and why. */
  notChecked: Array<{ title: string; reason: string }>;
  /** Records to unpublish past the bound: not checked. */
  unchecked: number;
  /** Everything checked, and nothing links to any of them. */
  noneLink: boolean;
  notes: PreflightNote[];
};

function collect(into: Map<string, LinkedFrom>, records: readonly LinkingRecord[], target: string): void {
  for (const record of records) {
    const entry = into.get(record.id) ?? { record, targets: [] };
    if (!entry.targets.includes(target)) entry.targets.push(target);
    into.set(record.id, entry);
  }
}

/** The checks gathered, `unchecked` being the records to unpublish that were not checked. */
export function gatherBulkLinks(checks: readonly BulkCheck[], unchecked: number): BulkLinks {
  const refused: RefusedRecord[] = [];
  const notChecked: BulkLinks['notChecked'] = [];
  const byEffect: Record<'unpublish' | 'delete_references' | 'unknown', Map<string, LinkedFrom>> = {
    unpublish: new Map(),
    delete_references: new Map(),
    unknown: new Map(),
  };
  const notes = new Set<PreflightNote>();
  for (const { recordId, title, check } of checks) {
    if (check.kind === 'not-checked') {
      notChecked.push({ title, reason: check.reason });
      continue;
    }
    const blocking = check.preflight.groups.find((g) => g.effect === 'blocks');
    // Skipped: none of its other links does anything, since nothing is sent for it.
    if (blocking) {
      refused.push({ recordId, title, blocking });
      continue;
    }
    for (const group of check.preflight.groups) {
      if (group.effect !== 'blocks') collect(byEffect[group.effect], group.named, title);
    }
    for (const note of check.preflight.notes) notes.add(note);
  }
  const offline = [...byEffect.unpublish.values()];
  // A record that goes offline through one link is not "edited" through another.
  const goingOffline = new Set(offline.map((o) => o.record.id));
  const edited = [...byEffect.delete_references.values()].filter((e) => !goingOffline.has(e.record.id));
  const unknown = [...byEffect.unknown.values()].filter((e) => !goingOffline.has(e.record.id));
  const noneLink =
    checks.length > 0 &&
    unchecked === 0 &&
    refused.length + offline.length + edited.length + unknown.length + notChecked.length === 0;
  return { refused, offline, edited, unknown, notChecked, unchecked, noneLink, notes: [...notes] };
}

/** The refused records by id: the run skips them (see bulkPlan.ts `skipRefused`). */
export function refusedById(links: BulkLinks): Map<string, EffectGroup> {
  return new Map(links.refused.map((r) => [r.recordId, r.blocking]));
}
