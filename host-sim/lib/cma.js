// @ts-check
// What the host itself reads from and writes to the fake CMA. Reads go through the control
// route, so they stay out of the request log and never take a fault a test injected for the
// plugin. The one write (DatoCMS's own Unpublish button) is a real API request, as DatoCMS
// sends it: the fake logs it like any other write.

/** @typedef {import('../types').Fixtures} Fixtures */
/** @typedef {import('datocms-plugin-sdk').Item} Item */

/**
 * @param {string} cmaUrl
 * @param {string | null} environment a sandbox's id; null for the primary environment
 * @returns {Promise<Fixtures>}
 */
export async function fetchFixtures(cmaUrl, environment) {
  // The fake has one data set today; the environment is passed along for a fake that keeps
  // one per environment.
  const query = environment ? `?environment=${encodeURIComponent(environment)}` : '';
  const response = await fetch(`${cmaUrl}/__control/fixtures${query}`);
  if (!response.ok) {
    throw new Error(`Fixtures from ${cmaUrl}: HTTP ${response.status} ${await response.text().catch(() => '')}`.trim());
  }
  return response.json();
}

/**
 * The ids of the project's environments (the control route: out of the request log).
 * @param {string} cmaUrl
 * @returns {Promise<string[]>}
 */
export async function fetchEnvironmentIds(cmaUrl) {
  const response = await fetch(`${cmaUrl}/__control/environments`);
  if (!response.ok) throw new Error(`Environments from ${cmaUrl}: HTTP ${response.status}`);
  const { data } = /** @type {{ data: Array<{ id: string }> }} */ (await response.json());
  return data.map((environment) => environment.id);
}

/**
 * Reads one raw record as it is now, as DatoCMS's form does after the server changed it.
 * @param {string} cmaUrl
 * @param {string | null} environment
 * @param {string} id
 * @returns {Promise<Item>}
 */
export async function fetchItem(cmaUrl, environment, id) {
  const { items } = await fetchFixtures(cmaUrl, environment);
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`Record ${id} is not in the fake CMA at ${cmaUrl}`);
  return item;
}

/**
 * `PUT /items/:id/unpublish` with no body: the whole record, as DatoCMS's own Unpublish
 * button sends it with the editor's token (headers as in PLATFORM.md, CMA client v5).
 * @param {{ cmaUrl: string, token: string, environment: string | null, id: string }} request
 * @returns {Promise<{ status: number, code: string | null }>}
 */
export async function unpublishItem({ cmaUrl, token, environment, id }) {
  /** @type {Record<string, string>} */
  const headers = { Authorization: `Bearer ${token}`, 'X-Api-Version': '3', Accept: 'application/json' };
  if (environment) headers['X-Environment'] = environment;
  const response = await fetch(`${cmaUrl}/items/${encodeURIComponent(id)}/unpublish`, { method: 'PUT', headers });
  const body = await response.json().catch(() => null);
  const code = response.ok ? null : (body?.data?.[0]?.attributes?.code ?? null);
  return { status: response.status, code };
}
