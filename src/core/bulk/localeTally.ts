/**
 * On how many of the selected records each locale is live, for the modal's pick:
 * "Italian: live on 27 of 30 records". A locale is offered when it is live on some
 * record where the role may unpublish it; the per-record reduction then skips the rest.
 */

export type RecordLocales = {
  /** Live on the record, in the site's order. */
  live: readonly string[];
  /** Locales the role may unpublish on this record (the role reading can depend on the record). */
  permitted: readonly string[];
};

export type LocaleTally = {
  locale: string;
  /** Records where it is live. */
  liveOn: number;
  /** Records where it is live and the role may unpublish it. */
  allowedOn: number;
};

export type Tally = {
  /** Records whose state was read. */
  records: number;
  /** Records with something live. */
  liveRecords: number;
  /** Every site locale (plus any live one the site no longer lists), in order. */
  locales: LocaleTally[];
};

export function tallyLocales(siteLocales: readonly string[], records: readonly RecordLocales[]): Tally {
  const order = [...siteLocales];
  for (const record of records) {
    for (const locale of record.live) if (!order.includes(locale)) order.push(locale);
  }
  const locales = order.map((locale) => {
    let liveOn = 0;
    let allowedOn = 0;
    for (const record of records) {
      if (!record.live.includes(locale)) continue;
      liveOn += 1;
      if (record.permitted.includes(locale)) allowedOn += 1;
    }
    return { locale, liveOn, allowedOn };
  });
  return { records: records.length, liveRecords: records.filter((r) => r.live.length > 0).length, locales };
}

/** The locales the editor may pick: live somewhere the role may unpublish them. */
export function pickableLocales(tally: Tally): string[] {
  return tally.locales.filter((l) => l.allowedOn > 0).map((l) => l.locale);
}
