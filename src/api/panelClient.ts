/**
 * The record panel's client: the official client's own `Item` and
 * `ScheduledUnpublishing` resources over its own `request`, wired the way
 * `buildClient` wires them (@datocms/cma-client's generated `Client.request`:
 * the same headers, errors and timeouts), without the other forty-odd resources
 * the panel never calls. That keeps about 7 KB (gzip) off the panel's first
 * load; lazily loaded surfaces use `buildClient` itself.
 */
import { type Client, type ClientConfigOptions, Resources } from '@datocms/cma-client';
import { request } from '@datocms/rest-client-utils';

type PanelClientConfig = ClientConfigOptions & { baseUrl: string; apiToken: string };

export function buildPanelClient(config: PanelClientConfig) {
  const transport = {
    config,
    request: <T>(options: Parameters<Client['request']>[0]) =>
      request<T>({
        ...config,
        ...options,
        extraHeaders: {
          ...config.extraHeaders,
          ...(config.environment ? { 'X-Environment': config.environment } : {}),
          'X-API-Version': '3',
        },
        // The panel's calls start no background job (bulk calls are elsewhere, with the full client).
        fetchJobResult: () => Promise.reject(new Error('no job expected')),
      }),
  };
  // The resources only ever call `client.request`; the cast names the one part of Client they use.
  const client = transport as unknown as Client;
  return { items: new Resources.Item(client), scheduledUnpublishing: new Resources.ScheduledUnpublishing(client) };
}
