// The playground: the fake CMA plus the host simulator serving the built plugin
// (`npm start` builds it first). Ctrl-C stops both.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startFakeCma } from '../fake-cma/server.mjs';
import { startHostServer } from '../host-sim/serve.mjs';

const distDir = fileURLToPath(new URL('../dist', import.meta.url));
const cmaPort = Number(process.env.FAKE_CMA_PORT ?? 4010);
const hostPort = Number(process.env.PORT ?? 4000);

const fake = await startFakeCma({ port: cmaPort });
const server = await startHostServer({ port: hostPort, distDir }).catch(async (error) => {
  await fake.close();
  throw error;
});

const hostUrl = `http://localhost:${new URL(server.url).port}`;
const query = (extra) => `?cma=${fake.url}${extra}`;
const records = fake.fixtures().items.map((item) => item.id);

const models = Object.keys(fake.fixtures().itemTypes);
console.log(`Playground: ${hostUrl}/${query('&record=rec-article')}`);
console.log(`  Settings screen: ${hostUrl}/${query('&mode=config')}`);
console.log(
  `  Collection view: ${hostUrl}/${query(`&mode=collection&model=${models[0]}`)} (models: ${models.join(', ')})`,
);
console.log(
  `  Plans page (every scheduled unpublishing): ${hostUrl}/${query('&mode=page&page=scheduled-unpublishings')}`,
);
console.log(`  Other records (or use the page's switcher): ${records.join(', ')}`);
console.log('  URL options: &env=<sandbox id> &role=admin|editor-en|viewer|publisher-main-only|editor-primary-only');
console.log(
  '    &locale=it &dirty=1 &token=0 (token permission not granted) &mode=page&page=<pageId> (see host-sim/README.md)',
);
console.log(
  `  Fake CMA ${fake.url} (token "${fake.token}"): POST /__control/reset, POST /__control/clock {"advanceMs":60000}`,
);
console.log('  After changing the plugin: npx vite build, then reload the page. Ctrl-C stops.');
if (!existsSync(path.join(distDir, 'index.html'))) {
  console.warn(`  Warning: ${distDir}/index.html is missing: run \`npx vite build\` first.`);
}

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  await Promise.all([server.close(), fake.close()]);
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
