/** What the editor reads about the records that link here: one place for the words, so a test can count them. */
import type { ApiFailure } from '../shared/apiFailure';
import { formatList } from '../shared/localeNames';
import { type BulkLinks, type LinkedFrom, MAX_BULK_CHECKS } from './bulkPreflight';
import type { EffectGroup, LinkingRecord, Preflight, PreflightNote, RecordEffect } from './preflight';

export const PREFLIGHT_TEXT = {
  blockedTitle: 'DatoCMS would refuse this unpublish',
  blockedIntro:
    'These published records link here through a field that does not let this record go offline while they link to it. Remove the link from them, or unpublish them first:',
} as const;

const NOTES: Record<PreflightNote, string> = {
  'per-locale-undocumented':
    'DatoCMS’s documentation does not say what happens to these links when only some locales go offline: the plugin assumes the same as for the whole record.',
  'cascade-not-followed':
    'Records that link to the records going offline may be affected in turn: the plugin checks only the records that link here directly.',
  'assumed-fields':
    'Where a record’s saved content no longer shows the link (it is in its published version), the plugin assumes the strictest of the fields that may hold it.',
};

/** How each group is introduced, in the confirmation and in lists. */
export const EFFECT_HEADINGS: Record<RecordEffect, string> = {
  blocks: 'Would make DatoCMS refuse the unpublish',
  unpublish: 'Go offline too (their link field says so)',
  delete_references: 'Stay live, with the link to this record removed',
  unknown: 'Link here through a field the plugin could not read (DatoCMS applies that field’s rule)',
};

export function recordLabel(record: LinkingRecord): string {
  return `“${record.title}” (${record.modelName})`;
}

/** Why a blocking record blocks: the field's rule, or a required field whose link cannot be removed. */
function blockingReason(record: LinkingRecord, uiLocale: string): string {
  const blocking = record.fields.filter((f) => f.effect === 'blocks');
  const names = formatList(
    uiLocale,
    blocking.map((f) => `“${f.label}”`),
  );
  const required = blocking.every((f) => f.strategy === 'delete_references');
  const what = blocking.length === 1 ? 'field' : 'fields';
  return required
    ? `its ${what} ${names} would lose the link, but ${blocking.length === 1 ? 'it is' : 'they are'} required`
    : `its ${what} ${names} ${blocking.length === 1 ? 'does' : 'do'} not allow it`;
}

/** What a record's links do, after its name: why it blocks, or through which fields it links. */
export function recordDetail(record: LinkingRecord, uiLocale: string): string {
  if (record.effect === 'blocks') return blockingReason(record, uiLocale);
  if (record.fields.length === 0) return '';
  const fields = formatList(
    uiLocale,
    record.fields.map((f) => `“${f.label}”`),
  );
  return `through ${fields}`;
}

/** One line of a list of records: who, and through which fields. */
export function recordLine(record: LinkingRecord, uiLocale: string): string {
  const detail = recordDetail(record, uiLocale);
  if (!detail) return recordLabel(record);
  return record.effect === 'blocks' ? `${recordLabel(record)}: ${detail}` : `${recordLabel(record)}, ${detail}`;
}

export function moreLine(more: number): string {
  return `…and ${more} more record${more === 1 ? '' : 's'}.`;
}

function groupText(group: EffectGroup, uiLocale: string): string {
  const names = group.named.map((r) => recordLine(r, uiLocale));
  const more = group.more > 0 ? ` ${moreLine(group.more)}` : '';
  return `${EFFECT_HEADINGS[group.effect]}: ${names.join('; ')}.${more}`;
}

export function noteText(note: PreflightNote): string {
  return NOTES[note];
}

/** Said in the Unpublish button's place when DatoCMS would refuse. */
export function blockedReason(preflight: Preflight): string {
  const count = preflight.groups.find((g) => g.effect === 'blocks');
  const n = count ? count.named.length + count.more : 0;
  return `Not sent: DatoCMS would refuse it, because ${n} published record${n === 1 ? '' : 's'} link${
    n === 1 ? 's' : ''
  } here through a field that does not allow it. Remove the link or unpublish ${n === 1 ? 'it' : 'them'} first, then try again.`;
}

/** Appended to the confirmation: every record the unpublish also affects, grouped by effect. */
export function confirmationNote(preflight: Preflight, uiLocale: string): string {
  if (preflight.total === 0) return '';
  const groups = preflight.groups.map((g) => groupText(g, uiLocale));
  const notes = preflight.notes.map(noteText);
  return [` Published records link here. ${groups.join(' ')}`, ...notes].join(' ');
}

/** Why the records that link here could not be read, in a few words. */
export function notCheckedReason(failure: ApiFailure): string {
  switch (failure.kind) {
    case 'timeout':
      return 'DatoCMS did not answer in time';
    case 'network':
      return 'the connection to DatoCMS was lost';
    case 'rate-limited':
      return 'the DatoCMS API rate limit was reached';
    case 'api': {
      const code = failure.errors[0]?.code;
      if (failure.status === 403) return 'your role may not read them';
      return `DatoCMS answered ${code ? `with error ${code}` : `HTTP ${failure.status}`}`;
    }
  }
}

export function notCheckedNote(reason: string): string {
  return ` The records that link here could not be checked (${reason}): DatoCMS may refuse this unpublish, or take records that link here offline too.`;
}

// ---------------------------------------------------------------------------
// DatoCMS's own Unpublish button (onBeforeItemsUnpublish)

export const NATIVE_TEXT = {
  warnTitle: 'Unpublish with DatoCMS’s button?',
  noToken:
    'the plugin does not have the “Access the current user’s API token” permission (Configuration → Plugins → Selective Unpublish)',
  panelAdvice: 'Use the “Unpublish locales” panel in the record’s sidebar instead.',
  confirmLabel: 'Unpublish',
  cancelLabel: 'Cancel',
} as const;

/** Why the native button is refused on records of this model (block mode). */
export function nativeBlockedReason(modelName: string, wholeRecordForbidden: boolean): string {
  if (wholeRecordForbidden) {
    return `“${modelName}”: unpublishing the whole record is turned off for this model, and DatoCMS’s Unpublish button does not tell the plugin which locales it takes offline, so it is not allowed here. ${NATIVE_TEXT.panelAdvice}`;
  }
  return `“${modelName}”: this project’s settings send unpublishing through the Selective Unpublish plugin, which shows what else goes offline. ${NATIVE_TEXT.panelAdvice}`;
}

/** Said when DatoCMS would refuse anyway (a `fail` link), naming the records to deal with first. */
export function nativeRefusalReason(title: string, preflight: Preflight, uiLocale: string): string {
  const blocking = preflight.groups.find((g) => g.effect === 'blocks');
  const lines = blocking ? blocking.named.map((r) => recordLine(r, uiLocale)).join('; ') : '';
  const more = blocking && blocking.more > 0 ? ` ${moreLine(blocking.more)}` : '';
  return `“${title}” cannot be unpublished while these published records link to it: ${lines}.${more} Remove the link from them, or unpublish them first.`;
}

/** One record's part of the warn-mode confirmation. */
export function nativeWarnLine(title: string, preflight: Preflight, wholeRecordForbidden: boolean, uiLocale: string) {
  const whole = wholeRecordForbidden
    ? ' Unpublishing the whole record is turned off for its model: pick locales in DatoCMS’s Unpublish menu, not the whole record.'
    : '';
  const links = preflight.total === 0 ? ' No published record links to it.' : confirmationNote(preflight, uiLocale);
  return `“${title}”:${whole}${links}`;
}

export function nativeNotCheckedLine(title: string, reason: string): string {
  return `“${title}”:${notCheckedNote(reason)}`;
}

export function nativeUncheckedMore(count: number): string {
  return `${count} more record${count === 1 ? ' was' : 's were'} not checked.`;
}

export function nativeWarnIntro(count: number): string {
  return `DatoCMS’s button does not tell the plugin which locales go offline, so this assumes the whole record${
    count === 1 ? '' : 's'
  }.`;
}

// ---------------------------------------------------------------------------
// The bulk modal (bulkPreflight.ts)

/** Per selected record, and per list, at most this many records are named; the rest are counted. */
const NAMED_IN_BULK = 3;
const REFUSED_NAMED = 5;

export const BULK_LINK_TEXT = {
  checkingTitle: 'Checking the records that link to the selected ones',
  scheduled:
    'The records that link to these are not checked now: DatoCMS checks them when the scheduled unpublishing runs, and refuses it for a record that a field does not let go offline.',
  otherEnvironments: 'In the other environments, the records that link to these are not checked.',
  noneLink: 'No published record links to the records checked.',
  refusedIntro:
    'Skipped, because DatoCMS would refuse to unpublish them while published records link to them through a field that does not allow it:',
  refusedAdvice: 'Remove those links, or unpublish those records first.',
} as const;

const countRecords = (n: number) => `${n} record${n === 1 ? '' : 's'}`;
/** The names, then 'and 2 more records' when some were left out. */
const withRest = (named: string[], more: number) =>
  more > 0 ? [...named, `and ${more} more record${more === 1 ? '' : 's'}`] : named;

export function bulkCheckProgress(done: number, total: number): string {
  return `Checked the links of ${done} of ${countRecords(total)}`;
}

/** The records that block one selected record: the first few with their reason, the rest counted. */
export function blockingLines(blocking: EffectGroup, uiLocale: string): string {
  const lines = blocking.named.slice(0, NAMED_IN_BULK).map((r) => recordLine(r, uiLocale));
  const more = blocking.named.length - lines.length + blocking.more;
  return withRest(lines, more).join('; ');
}

/** The report's line for a record skipped because DatoCMS would refuse it. */
export function refusedSkipText(blocking: EffectGroup, uiLocale: string): string {
  return `Skipped: DatoCMS would refuse it, because records link here through a field that does not allow it: ${blockingLines(blocking, uiLocale)}. ${BULK_LINK_TEXT.refusedAdvice}`;
}

function listed(entries: readonly LinkedFrom[], uiLocale: string): string {
  const lines = entries
    .slice(0, NAMED_IN_BULK)
    .map((e) => `${recordLine(e.record, uiLocale)}, linking to ${formatList(uiLocale, e.targets.map(quoted))}`);
  const more = entries.length - lines.length;
  return withRest(lines, more).join('; ');
}

const quoted = (title: string) => `“${title}”`;

const BULK_HEADINGS = {
  offline: 'Also going offline (their link field says so)',
  edited: 'Staying live, with the link removed',
  unknown: 'Linking through a field the plugin could not read (DatoCMS applies that field’s rule)',
} as const;

/** What the run's one confirmation says of the records that link to the selected ones. */
export function bulkLinksNote(links: BulkLinks, uiLocale: string): string {
  const parts: string[] = [];
  if (links.refused.length > 0) {
    const named = links.refused
      .slice(0, REFUSED_NAMED)
      .map((r) => `${quoted(r.title)} (linked from ${blockingLines(r.blocking, uiLocale)})`);
    const more = links.refused.length - named.length;
    parts.push(`${BULK_LINK_TEXT.refusedIntro} ${withRest(named, more).join('; ')}. ${BULK_LINK_TEXT.refusedAdvice}`);
  }
  for (const key of ['offline', 'edited', 'unknown'] as const) {
    if (links[key].length > 0) parts.push(`${BULK_HEADINGS[key]}: ${listed(links[key], uiLocale)}.`);
  }
  if (links.notChecked.length > 0) {
    const which = links.notChecked.map((n) => `${quoted(n.title)} could not be checked (${n.reason})`);
    const them = links.notChecked.length === 1 ? 'it' : 'them';
    parts.push(`${which.join('; ')}: DatoCMS may refuse ${them}, or take records that link to ${them} offline too.`);
  }
  if (links.unchecked > 0) {
    const [some, them] = links.unchecked === 1 ? ['it', 'it'] : ['some of them', 'them'];
    parts.push(
      `${countRecords(links.unchecked)} not checked (the plugin checks the first ${MAX_BULK_CHECKS} of a run): DatoCMS may refuse ${some}, or take records that link to ${them} offline too.`,
    );
  }
  if (links.noneLink) parts.push(BULK_LINK_TEXT.noneLink);
  return [...parts, ...links.notes.map(noteText)].join(' ');
}
