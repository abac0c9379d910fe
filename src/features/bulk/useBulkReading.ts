import type { RenderModalCtx } from 'datocms-plugin-sdk';
import { useEffect, useState } from 'react';
import type { BulkApi } from '../../api/bulk';
import { readRecords } from '../../api/bulkRunner';
import type { RecordRead } from '../../core/bulk/bulkPlan';
import { type EnvironmentOption, otherEnvironments, readEnvironmentsAccess } from '../../core/bulk/environments';
import type { BulkRecordRef } from '../../core/bulk/modalParameters';

export type Reading = { done: number; total: number; reads: Map<string, RecordRead> | null };

/** The selected records' states in the current environment, read once when the modal opens. */
export function useCurrentReads(ctx: RenderModalCtx, api: BulkApi, records: readonly BulkRecordRef[]): Reading {
  const [reading, setReading] = useState<Reading>({ done: 0, total: records.length, reads: null });
  const environment = ctx.environment;
  const locales = ctx.site.attributes.locales;
  // biome-ignore lint/correctness/useExhaustiveDependencies: read once per modal; the ctx is renewed on every host update.
  useEffect(() => {
    const controller = new AbortController();
    void readRecords(
      api.environment(environment),
      records.map((r) => r.id),
      locales,
      {
        signal: controller.signal,
        onProgress: (done, total) => setReading((current) => ({ ...current, done, total })),
      },
    ).then((reads) => {
      if (!controller.signal.aborted) setReading({ done: records.length, total: records.length, reads });
    });
    return () => controller.abort();
  }, [api, records]);
  return reading;
}

export type OtherEnvironments =
  | { status: 'loading' }
  | { status: 'ready'; options: EnvironmentOption[] }
  /** The role's environments access reaches no environment but this one (nothing is asked). */
  | { status: 'unreachable' }
  | { status: 'failed' };

/**
 * The other environments and whether each can be picked. Not asked when the role
 * reaches no other environment (no request is spent on it).
 */
export function useOtherEnvironments(ctx: RenderModalCtx, api: BulkApi): OtherEnvironments {
  const [state, setState] = useState<OtherEnvironments>({ status: 'loading' });
  const access = readEnvironmentsAccess(ctx.currentRole);
  const noneReachable = access === null || access === 'none' || (access === 'primary_only' && ctx.isEnvironmentPrimary);
  const environment = ctx.environment;
  useEffect(() => {
    if (noneReachable) {
      setState({ status: 'unreachable' });
      return;
    }
    let current = true;
    api.listEnvironments(environment).then(
      (list) => current && setState({ status: 'ready', options: otherEnvironments(list, environment, access) }),
      () => current && setState({ status: 'failed' }),
    );
    return () => {
      current = false;
    };
  }, [api, environment, access, noneReachable]);
  return state;
}
