// Builds the field app into the patrol app's webroot: index.html, app.js (jsQR included),
// app.css, the manifest, the icon, and sw.js with the list of shell files and a version that
// changes whenever one of them does, so that phones pick up a new app on their next visit.
//
//   node build.mjs [OUT_DIR]     default: ../../../target/classes/webroot
import { build } from 'esbuild';
import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, '../../../target/classes/webroot'));
const source = (file) => path.join(here, 'src', file);
const COPIED = ['index.html', 'manifest.webmanifest', 'icon.svg'];
// The device's checks before it signs, and its certificate request, are the gateway's own modules
// (the dashboard's signing code, tested there), bundled into the field app; their libraries come
// from this app's node_modules.
const SIGNING = path.join(here, '../../../../gateway/src/main/frontend/src/signing');

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
const result = await build({
  entryPoints: [
    { in: source('main.js'), out: 'app' },
    { in: source('app.css'), out: 'app' },
  ],
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  outdir,
  legalComments: 'linked',
  logLevel: 'warning',
  alias: { '@fitledger/signing': SIGNING },
  nodePaths: [path.join(here, 'node_modules')],
});
for (const file of COPIED) {
  await copyFile(source(file), path.join(outdir, file));
}
// The shell: every file the build wrote (the QR reader's chunk too, so that scanning works offline).
const built = Object.keys(result.metafile.outputs).map((file) => path.relative(outdir, path.resolve(file)));
const SHELL = [...built.filter((file) => !file.endsWith('.LEGAL.txt')), ...COPIED].sort();
const version = createHash('sha256');
for (const file of SHELL) {
  version.update(await readFile(path.join(outdir, file)));
}
const worker = (await readFile(source('sw.js'), 'utf8'))
  .replace('__VERSION__', version.digest('hex').slice(0, 16))
  .replace('__SHELL__', JSON.stringify(['./', ...SHELL]));
await writeFile(path.join(outdir, 'sw.js'), worker);
