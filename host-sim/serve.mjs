// Static server for the host simulator: the host page at `/`, the built plugin
// at `/plugin/`, and penpal as a browser ES module at `/vendor/penpal/penpal.mjs`.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import http from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const hostDir = path.dirname(fileURLToPath(import.meta.url));
const repoDir = path.resolve(hostDir, '..');
const require = createRequire(import.meta.url);

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

/** Maps a URL path to a file inside `rootDir`, or null if it would escape it. */
function fileInside(rootDir, urlPath) {
  const relative = decodeURIComponent(urlPath).replace(/^\/+/, '');
  const file = path.resolve(rootDir, relative || 'index.html');
  return file === rootDir || file.startsWith(rootDir + path.sep) ? file : null;
}

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

function sendText(res, status, type, body) {
  res.writeHead(status, { 'content-type': type });
  res.end(body);
}

export async function startHostServer({ port = 0, host = '127.0.0.1', distDir = path.join(repoDir, 'dist') } = {}) {
  const pluginDir = path.resolve(distDir);
  const penpalSource = await penpalModuleSource();

  const server = http.createServer(async (req, res) => {
    // Every reload must see the latest build: nothing is cached.
    res.setHeader('cache-control', 'no-store');
    const { pathname } = new URL(req.url, 'http://host.invalid');
    try {
      if (pathname === '/vendor/penpal/penpal.mjs') {
        return sendText(res, 200, CONTENT_TYPES['.mjs'], penpalSource);
      }
      const [rootDir, rest] = pathname.startsWith('/plugin/')
        ? [pluginDir, pathname.slice('/plugin/'.length)]
        : [hostDir, pathname];
      const file = fileInside(rootDir, rest);
      if (file && (await sendFile(res, file))) return;
      const hint = rootDir === pluginDir ? ` (is the plugin built? run \`npx vite build\`; serving ${pluginDir})` : '';
      sendText(res, 404, CONTENT_TYPES['.txt'], `Not found: ${pathname}${hint}\n`);
    } catch (error) {
      sendText(res, 500, CONTENT_TYPES['.txt'], `Host server error: ${error.message}\n`);
    }
  });

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, resolve);
  });
  const url = `http://${host}:${server.address().port}`;
  return {
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
