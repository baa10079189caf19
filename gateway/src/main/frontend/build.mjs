// Bundles the gateway's two pages into its static resources, each with no reference to any outside
// host: the supervisors' dashboard (index.html, dashboard.js, dashboard.css with Leaflet's
// stylesheet) into OUT_DIR, and the public page (index.html, public.js, public.css) into the
// directory beside it, public/. Also bundles the receipt verifier's command line into one node
// script.
//
//   node build.mjs [OUT_DIR] [CLI_FILE]
//     OUT_DIR   default: ../../../target/classes/static/dashboard
//     CLI_FILE  default: ../../../target/receipt/verify-receipt.mjs
import { build } from 'esbuild';
import { copyFile, mkdir, rm } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));
const outdir = path.resolve(process.argv[2] ?? path.join(here, '../../../target/classes/static/dashboard'));
const cliFile = path.resolve(process.argv[3] ?? path.join(here, '../../../target/receipt/verify-receipt.mjs'));

const publicDir = path.join(path.dirname(outdir), 'public');

/** One page: its script (with the styles it imports) bundled into dir, its index.html beside it. */
async function page(dir, name, entry, html) {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  await build({
    entryPoints: { [name]: path.join(here, entry) },
    bundle: true,
    minify: true,
    sourcemap: false,
    format: 'esm',
    // The key and certificate-request code loads on first use (a supervisor enrolling or signing
    // in with a key), in chunks of its own.
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
    target: ['chrome110', 'firefox110', 'safari16'],
    outdir: dir,
    // Leaflet's stylesheet names a few control images; they are bundled beside the page.
    loader: { '.png': 'file', '.svg': 'file' },
    assetNames: 'assets/[name]-[hash]',
    legalComments: 'linked',
    logLevel: 'warning',
  });
  await copyFile(path.join(here, html), path.join(dir, 'index.html'));
}

await page(outdir, 'dashboard', 'src/main.js', 'src/index.html');
await page(publicDir, 'public', 'src/public/main.js', 'src/public/index.html');

// The receipt verifier for the command line: node verify-receipt.mjs RECEIPT.json
await mkdir(path.dirname(cliFile), { recursive: true });
await build({
  entryPoints: [path.join(here, 'src/receipt/cli.js')],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: ['node20'],
  outfile: cliFile,
  // The protobuf and certificate libraries are CommonJS; their require() needs one in an ES module.
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  legalComments: 'none',
  logLevel: 'warning',
});
