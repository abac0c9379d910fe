import type { RenderPageCtx } from 'datocms-plugin-sdk';
import type { PlansApi } from '../../api/plans';
import type { PluginConfig } from '../../core/config/pluginConfig';
import type { PlannedRecord } from '../../core/schedules/planRows';
import type { LocaleNamer } from '../../core/shared/localeNames';
import type { PublicationState } from '../../core/unpublish/publicationState';
import type { useTreeRecords } from './useTreeRecords';

/** What every row of the plans page shares. */
export type RowContext = {
  ctx: RenderPageCtx;
  api: PlansApi;
  config: PluginConfig;
  name: LocaleNamer;
  /** The locale record titles are shown in (the project's first). */
  titleLocale: string;
  titleKeyOf: (modelId: string) => string | null;
  /** Ref callback of a row: its record's state is read once it is on screen. */
  watch: (element: HTMLElement | null) => void;
  /** Reads a record's state again (after a write). */
  refresh: (id: string) => Promise<PublicationState | null>;
  tree: ReturnType<typeof useTreeRecords>;
  busy: boolean;
  /** A request is in flight (not only a question to the editor): see useExclusiveAction. */
  working: boolean;
  /** Runs one write at a time, page-wide (see useExclusiveAction). */
  run: (action: () => Promise<void>) => Promise<void>;
  /** Puts a question to the editor inside an action: nothing is in flight meanwhile. */
  ask: <T>(question: () => Promise<T>) => Promise<T>;
  /** The plan is gone from the project (cancelled, or no longer there). */
  dropPlan: (id: string) => void;
  /** The plan was changed to run at `at`. */
  movePlan: (plan: PlannedRecord, at: string) => void;
};
