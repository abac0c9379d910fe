/** Builders of raw CMA answers for the core's tests. */
import type { RawPublicationState } from './publicationState';

export function rawState(options: {
  published: string[];
  current?: string[];
  changed?: string[];
  scheduledUnpublishing?: { at: string; locales: string[] | null };
  scheduledPublicationAt?: string;
}): RawPublicationState {
  const included: NonNullable<RawPublicationState['included']> = [];
  if (options.scheduledUnpublishing) {
    included.push({
      id: 'su1',
      type: 'scheduled_unpublishing',
      attributes: {
        unpublishing_scheduled_at: options.scheduledUnpublishing.at,
        content_in_locales: options.scheduledUnpublishing.locales,
      },
    });
  }
  if (options.scheduledPublicationAt) {
    included.push({
      id: 'sp1',
      type: 'scheduled_publication',
      attributes: { publication_scheduled_at: options.scheduledPublicationAt },
    });
  }
  return {
    data: {
      attributes: {
        published_version_locales: options.published,
        current_version_locales: options.current ?? options.published,
        changed_locales: options.changed ?? [],
      },
      relationships: {
        scheduled_unpublishing: { data: options.scheduledUnpublishing ? { id: 'su1' } : null },
        scheduled_publication: { data: options.scheduledPublicationAt ? { id: 'sp1' } : null },
        published_version: { data: options.published.length > 0 ? { id: 'v1' } : null },
      },
    },
    included,
  };
}
