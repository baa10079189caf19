// The receipt verifier on the command line, bundled by build.mjs into verify-receipt.mjs:
//
//   node verify-receipt.mjs RECEIPT.json
//
// Prints each check with ✓ or ✗, the record and the root certificates' fingerprints. Exits 0
// if the receipt verifies, 1 if it does not, 2 if the file cannot be read or is not JSON.
import { readFile } from 'node:fs/promises';
import { verifyReceipt } from './verify.js';

export const USAGE = 'usage: node verify-receipt.mjs RECEIPT.json';

const EXIT_VALID = 0;
const EXIT_INVALID = 1;
const EXIT_UNREADABLE = 2;

/** Verifies the receipt file named by `args[0]`, prints the outcome and resolves to the exit code. */
export async function main(args, out = console.log, err = console.error) {
  if (args.length !== 1 || args[0] === '-h' || args[0] === '--help') {
    err(USAGE);
    return EXIT_UNREADABLE;
  }
  let receipt;
  try {
    receipt = JSON.parse(await readFile(args[0], 'utf8'));
  } catch (error) {
    err(`${args[0]}: cannot read the receipt: ${error.message}`);
    return EXIT_UNREADABLE;
  }
  const result = await verifyReceipt(receipt);
  report(result, out);
  return result.valid ? EXIT_VALID : EXIT_INVALID;
}

function report(result, out) {
  for (const check of result.checks) {
    out(`${check.ok ? '✓' : '✗'} ${check.code}: ${check.detail}`);
  }
  out('');
  if (result.record) {
    out(`Record ${result.record.kind} ${result.record.id}:`);
    out(result.record.value === null ? '(its value is not JSON)' : JSON.stringify(result.record.value, null, 2));
    out('');
  }
  if (result.certificates.fingerprints.length > 0) {
    out('Root certificates (SHA-256; compare them with those the organizations publish):');
    for (const { mspId, sha256 } of result.certificates.fingerprints) {
      out(`  ${mspId} ${sha256}`);
    }
    out('');
  }
  out(result.valid ? 'VALID: the receipt verifies.' : `NOT VALID: ${result.reason}: ${result.message}`);
}

process.exitCode = await main(process.argv.slice(2));
