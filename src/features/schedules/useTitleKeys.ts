import type { RenderPageCtx } from 'datocms-plugin-sdk';
import { useCallback, useEffect, useRef, useState } from 'react';

function titleFieldOf(ctx: RenderPageCtx, modelId: string): string | null {
  return ctx.itemTypes[modelId]?.relationships.title_field.data?.id ?? null;
}

/**
 * The API key of each model's title field. `ctx.fields` holds only the fields DatoCMS has
 * loaded so far: the others are asked of the host (`loadItemTypeFields`, not a CMA request of
 * the plugin). Until they arrive, rows show "Record <id>".
 */
export function useTitleKeys(ctx: RenderPageCtx, modelIds: readonly string[]): (modelId: string) => string | null {
  const [loaded, setLoaded] = useState<ReadonlyMap<string, string>>(new Map());
  const ctxRef = useRef(ctx);
  ctxRef.current = ctx;
  const modelKey = modelIds.join(',');

  useEffect(() => {
    const current = ctxRef.current;
    let live = true;
    for (const modelId of modelKey.split(',').filter(Boolean)) {
      const fieldId = titleFieldOf(current, modelId);
      if (!fieldId || current.fields[fieldId]) continue;
      current
        .loadItemTypeFields(modelId)
        .then((fields) => {
          if (!live) return;
          setLoaded(
            (known) => new Map([...known, ...fields.map((f): [string, string] => [f.id, f.attributes.api_key])]),
          );
        })
        // Not loaded: the rows keep showing "Record <id>".
        .catch(() => undefined);
    }
    return () => {
      live = false;
    };
  }, [modelKey]);

  return useCallback(
    (modelId: string) => {
      const fieldId = titleFieldOf(ctx, modelId);
      if (!fieldId) return null;
      return ctx.fields[fieldId]?.attributes.api_key ?? loaded.get(fieldId) ?? null;
    },
    [ctx, loaded],
  );
}
