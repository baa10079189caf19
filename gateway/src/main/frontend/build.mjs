// Bundles the dashboard into the gateway's static resources: index.html, dashboard.js and
// dashboard.css (Leaflet's stylesheet included), with no reference to any outside host.
//
//   node build.mjs [OUT_DIR]     default: ../../../target/classes/static/dashboard
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, '../../../target/classes/static/dashboard'));

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: {
    dashboard: path.join(here, 'src/main.js'),
  },
  bundle: true,
  minify: true,
  sourcemap: false,
  format: 'esm',
  target: ['chrome110', 'firefox110', 'safari16'],
  outdir,
  // Leaflet's stylesheet names a few control images; they are bundled beside the page.
  loader: { '.png': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
  legalComments: 'linked',
  logLevel: 'warning',
});
await copyFile(path.join(here, 'src/index.html'), path.join(outdir, 'index.html'));
