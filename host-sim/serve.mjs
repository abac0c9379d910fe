// @ts-check
// Static server for the host simulator: the host page at `/`, the built plugin
// at `/plugin/`, penpal as a browser ES module at `/vendor/penpal/penpal.mjs`, and the
// plugin's identity (its package.json, beside the served dist) at `/__host/plugin-package.json`.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const hostDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(hostDir, '..');
const require = createRequire(import.meta.url);

/** @type {Record<string, string>} */
const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

// penpal/lib is CommonJS, which a browser cannot import. Its dist build is an
// IIFE assigning `var Penpal`: appending exports turns it into an ES module.
async function penpalModuleSource() {
  const iife = await readFile(require.resolve('penpal/dist/penpal.js'), 'utf8');
  return `${iife}\nexport default Penpal;\nexport const { connectToChild, connectToParent } = Penpal;\n`;
}

/**
 * Maps a URL path to a file inside `rootDir`, or null if it would escape it.
 * @param {string} rootDir
 * @param {string} urlPath
 */
function fileInside(rootDir, urlPath) {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const file = path.resolve(rootDir, relative || 'index.html');
  return file === rootDir || file.startsWith(rootDir + path.sep) ? file : null;
}

/**
 * @param {http.ServerResponse} res
 * @param {string} file
 * @returns {Promise<boolean>}
 */
async function sendFile(res, file) {
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) return sendFile(res, path.join(file, 'index.html'));
  if (!info) return false;
  res.writeHead(200, {
    'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    'content-length': info.size,
  });
  createReadStream(file).pipe(res);
  return true;
}

/**
 * @param {http.ServerResponse} res
 * @param {number} status
 * @param {string} type
 * @param {string} body
 */
function sendText(res, status, type, body) {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

/** @param {unknown} value */
const stringOrNull = (value) => (typeof value === 'string' ? value : null);

/**
 * The plugin's identity, read on each request from the package.json in the served dist's
 * parent folder (a plugin package keeps its built files in a folder beside it). DatoCMS
 * builds the installed plugin from the same file: `datoCmsPlugin.title`, `.entryPoint`,
 * `.permissions`, and the package's name, version and description.
 * @param {string} pluginDir
 * @returns {Promise<import('./types').PluginPackage>}
 */
export async function readPluginPackage(pluginDir) {
  const file = path.join(pluginDir, '..', 'package.json');
  const text = await readFile(file, 'utf8').catch(() => {
    throw new Error(`No package.json beside the served plugin (looked for ${file})`);
  });
  const pkg = JSON.parse(text);
  const manifest = pkg.datoCmsPlugin;
  if (!manifest || typeof manifest !== 'object') throw new Error(`${file} has no datoCmsPlugin block`);
  const entry = path.resolve(path.dirname(file), String(manifest.entryPoint ?? 'dist/index.html'));
  const entryPoint = path.relative(pluginDir, entry);
  if (entryPoint.startsWith('..') || path.isAbsolute(entryPoint)) {
    throw new Error(`datoCmsPlugin.entryPoint ${manifest.entryPoint} is outside the served folder ${pluginDir}`);
  }
  return {
    name: stringOrNull(pkg.name),
    version: stringOrNull(pkg.version),
    description: stringOrNull(pkg.description),
    title: stringOrNull(manifest.title),
    permissions: Array.isArray(manifest.permissions)
      ? manifest.permissions.filter((/** @type {unknown} */ p) => typeof p === 'string')
      : [],
    entryPoint: entryPoint.split(path.sep).join('/'),
  };
}

export async function startHostServer({ port = 0, host = '127.0.0.1', distDir = path.join(repoDir, 'dist') } = {}) {
  const pluginDir = path.resolve(distDir);
  const penpalSource = await penpalModuleSource();

  const server = http.createServer(async (req, res) => {
    // Every reload must see the latest build: nothing is cached.
    res.setHeader('cache-control', 'no-store');
    const { pathname } = new URL(req.url ?? '/', 'http://host.invalid');
    try {
      if (pathname === '/vendor/penpal/penpal.mjs') {
        return sendText(res, 200, CONTENT_TYPES['.mjs'] ?? '', penpalSource);
      }
      if (pathname === '/__host/plugin-package.json') {
        const answer = await readPluginPackage(pluginDir).then(
          (pkg) => ({ status: 200, body: pkg }),
          (error) => ({ status: 500, body: { error: error.message } }),
        );
        return sendText(res, answer.status, CONTENT_TYPES['.json'] ?? '', JSON.stringify(answer.body));
      }
      const [rootDir, rest] = pathname.startsWith('/plugin/')
        ? [pluginDir, pathname.slice('/plugin/'.length)]
        : [hostDir, pathname];
      const file = fileInside(rootDir, rest);
      if (file && (await sendFile(res, file))) return;
      const hint = rootDir === pluginDir ? ` (is the plugin built? run \`npx vite build\`; serving ${pluginDir})` : '';
      sendText(res, 404, CONTENT_TYPES['.txt'] ?? '', `Not found: ${pathname}${hint}\n`);
    } catch (error) {
      sendText(
        res,
        500,
        CONTENT_TYPES['.txt'] ?? '',
        `Host server error: ${error instanceof Error ? error.message : error}\n`,
      );
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The host server has no port');
  const url = `http://${host}:${address.port}`;
  return {
    url,
    /** @returns {Promise<void>} */
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
