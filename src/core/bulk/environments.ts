/**
 * Which other environments a bulk run may also reach. Sources:
 * - datocms.com/docs/content-management-api/resources/environment: `meta.status`
 *   (`creating` / `ready` / `destroying`), `meta.primary`, `meta.read_only_mode`.
 * - The CMA's role object: `environments_access` (`all` / `primary_only` / `sandbox_only` / `none`).
 * Like the role reading, this allows less, never more: an access value it does not know
 * reaches no other environment. The server stays the final word.
 */
import { BULK_TEXT } from './bulkMessages';

/** The part of an environment (as `client.environments.list()` gives it) read here. */
export type EnvironmentFacts = {
  id: string;
  meta: { status?: unknown; primary?: unknown; read_only_mode?: unknown };
};

export type EnvironmentAccess = 'all' | 'primary_only' | 'sandbox_only' | 'none';

export type EnvironmentOption = {
  id: string;
  primary: boolean;
  /** `null`: it can be picked; otherwise why not, in the editor's words. */
  unavailable: string | null;
};

export function readEnvironmentsAccess(role: { attributes?: Record<string, unknown> } | null | undefined) {
  const value = role?.attributes?.environments_access;
  return value === 'all' || value === 'primary_only' || value === 'sandbox_only' || value === 'none' ? value : null;
}

function reachable(access: EnvironmentAccess | null, primary: boolean): boolean {
  if (access === 'all') return true;
  if (access === 'primary_only') return primary;
  if (access === 'sandbox_only') return !primary;
  return false;
}

function unavailableReason(env: EnvironmentFacts, primary: boolean, access: EnvironmentAccess | null): string | null {
  if (!reachable(access, primary)) return BULK_TEXT.environmentRoleForbids;
  if (env.meta.status !== 'ready') {
    return env.meta.status === 'creating' ? BULK_TEXT.environmentCreating : BULK_TEXT.environmentNotReady;
  }
  if (env.meta.read_only_mode === true) return BULK_TEXT.environmentReadOnly;
  return null;
}

/**
 * The environments other than the current one, the primary first, each with why it
 * cannot be picked (not ready, read-only, out of the role's reach).
 */
export function otherEnvironments(
  environments: readonly EnvironmentFacts[],
  currentId: string,
  access: EnvironmentAccess | null,
): EnvironmentOption[] {
  return environments
    .filter((env) => env.id !== currentId)
    .map((env) => {
      const primary = env.meta.primary === true;
      return { id: env.id, primary, unavailable: unavailableReason(env, primary, access) };
    })
    .sort((a, b) => Number(b.primary) - Number(a.primary) || a.id.localeCompare(b.id));
}

/** The editor path of a record in an environment: sandboxes are prefixed, the primary one is not. */
export function recordPath(environment: { id: string; primary: boolean }, itemTypeId: string, itemId: string): string {
  const prefix = environment.primary ? '' : `/environments/${encodeURIComponent(environment.id)}`;
  return `${prefix}/editor/item_types/${encodeURIComponent(itemTypeId)}/items/${encodeURIComponent(itemId)}/edit`;
}
