/**
 * What the model's settings and the editor's role allow, applied on top of the
 * core's validation of the pick: a request the policy forbids never leaves.
 */

import type { UnpublishPermission } from '../roles/rolePermissions';
import type { Checked } from '../shared/checked';
import { type LocaleNamer, nameLocales } from '../shared/localeNames';
import type { UnpublishRequest } from './unpublishRequest';

export type UnpublishPolicy = {
  /** The model's "allow unpublishing the whole record" setting. */
  allowWholeRecord: boolean;
  permission: UnpublishPermission;
};

export function applyPolicy(
  built: Checked<UnpublishRequest>,
  policy: UnpublishPolicy,
  uiLocale: string,
  name: LocaleNamer,
): Checked<UnpublishRequest> {
  if (!built.ok) return built;
  const { permission } = policy;
  if (built.value.scope === 'whole-record') {
    if (!policy.allowWholeRecord) {
      return {
        ok: false,
        message: 'Unpublishing the whole record is turned off for this model: keep at least one locale live.',
      };
    }
    if (!permission.wholeRecord) {
      return { ok: false, message: permission.reason ?? 'Your role may not unpublish the whole record.' };
    }
    return built;
  }
  const forbidden = built.value.locales.filter((l) => !permission.locales.includes(l));
  if (forbidden.length > 0) {
    return {
      ok: false,
      message: permission.reason ?? `Your role may not unpublish ${nameLocales(uiLocale, name, forbidden)}.`,
    };
  }
  return built;
}
