// What the host itself reads from the fake CMA. It goes through the control route,
// so its reads stay out of the request log and never take a fault a test injected
// for the plugin: `fake.requests()` is exactly what the plugin sent.

export async function fetchFixtures(cmaUrl) {
  const response = await fetch(`${cmaUrl}/__control/fixtures`);
  if (!response.ok) {
    throw new Error(`Fixtures from ${cmaUrl}: HTTP ${response.status} ${await response.text().catch(() => '')}`.trim());
  }
  return response.json();
}

/** Reads one raw record as it is now, as DatoCMS's form does after the server changed it. */
export async function fetchItem(cmaUrl, id) {
  const { items } = await fetchFixtures(cmaUrl);
  const item = items.find((candidate) => candidate.id === id);
  if (!item) throw new Error(`Record ${id} is not in the fake CMA at ${cmaUrl}`);
  return item;
}
