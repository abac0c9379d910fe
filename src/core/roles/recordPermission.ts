import type { Ctx } from 'datocms-plugin-sdk';
import { type UnpublishPermission, unpublishPermission } from './rolePermissions';

/** What a surface outside the record form (bulk modal, plans page) knows of a record. */
export type RecordRef = { modelId: string; creatorId: string | null; stageId: string | null };

type RoleCtx = Pick<Ctx, 'currentRole' | 'itemTypes' | 'site' | 'currentUser' | 'ui'>;

/** The editor's role on one record of another surface, read as the panel reads it, in `environment`. */
export function recordPermission(ctx: RoleCtx, record: RecordRef, environment: string): UnpublishPermission {
  const model = ctx.itemTypes[record.modelId];
  return unpublishPermission(
    ctx.currentRole,
    {
      itemTypeId: record.modelId,
      itemTypeName: model?.attributes.name ?? '',
      environment,
      siteLocales: ctx.site.attributes.locales,
      creatorIsCurrentUser: record.creatorId === ctx.currentUser.id,
      stageId: record.stageId,
      workflowId: model?.relationships.workflow?.data?.id ?? null,
    },
    ctx.ui.locale,
  );
}
