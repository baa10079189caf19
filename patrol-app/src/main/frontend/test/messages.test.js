import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chooseLanguage, fill } from '../src/i18n.js';
import { messages } from '../src/messages.js';
import { checklistFor } from '../src/checklists.js';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src');

/** The text of every .js file under dir. */
async function sources(dir) {
  const texts = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.js')) {
      texts.push(await readFile(path.join(entry.parentPath ?? entry.path, entry.name), 'utf8'));
    }
  }
  return texts.join('\n');
}

// Keys named literally (t('a.b')), and the families built from a value (t(`state.${…}`)).
const FAMILIES = {
  level: ['ROUTINE', 'FUNCTIONAL', 'STRUCTURAL'],
  condition: ['OK', 'DEFECT', 'MISSING', 'NOT_ACCESSIBLE'],
  severity: ['CRITICAL', 'MAJOR', 'MINOR'],
  category: ['STRUCTURAL', 'MECHANICAL', 'SURFACE', 'SIGNAGE', 'MISSING_PART', 'OTHER'],
  answer: ['PASS', 'FAIL', 'NA'],
  state: ['OPEN', 'ACKNOWLEDGED', 'MADE_SAFE', 'REPAIRED', 'CLOSED', 'CANCELLED'],
  action: ['OPEN', 'ACKNOWLEDGE', 'MAKE_SAFE', 'REPAIR', 'ACCEPT', 'REJECT', 'REASSIGN', 'CANCEL'],
  equipmentStatus: ['IN_SERVICE', 'OUT_OF_SERVICE', 'RETIRED'],
  queueState: ['queued', 'sending', 'synced', 'sign-in', 'conflict', 'refused'],
  role: ['inspector', 'contractor', 'supervisor'],
  step: ['acknowledgement', 'make-safe', 'repair'],
  check: [...new Set(['x', 'pull bar', 'air walker', 'bench press'].flatMap(checklistFor))],
};

test('every key the screens use exists in both languages', async () => {
  const code = await sources(src);
  const literal = [...code.matchAll(/(?<![\w.])t\('([\w.-]+)'/g)].map((m) => m[1]);
  const chosen = [...code.matchAll(/\? '([a-z]+\.[\w.-]+)' : '([a-z]+\.[\w.-]+)'/g)].flatMap((m) => [m[1], m[2]]);
  const passed = [...code.matchAll(/'((?:home|equipment)\.[a-zA-Z]+)'/g)].map((m) => m[1]);
  const families = [...code.matchAll(/t\(`(\w+)\.\$\{/g)].map((m) => m[1]);
  assert.ok(literal.length > 50, 'the scan finds the keys');
  const keys = new Set([...literal, ...chosen, ...passed]);
  for (const family of families) {
    assert.ok(FAMILIES[family], `family ${family} is listed`);
    FAMILIES[family].forEach((value) => keys.add(`${family}.${value}`));
  }
  for (const language of ['en', 'zh-CN']) {
    const missing = [...keys].filter((key) => !(key in messages[language]));
    assert.deepEqual(missing, [], `${language} lacks keys`);
  }
});

test('both languages have the same keys and the same placeholders', () => {
  assert.deepEqual(Object.keys(messages['zh-CN']).sort(), Object.keys(messages.en).sort());
  for (const [key, text] of Object.entries(messages.en)) {
    const names = (s) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    assert.deepEqual(names(messages['zh-CN'][key]), names(text), key);
  }
});

test('a stored choice wins, then the first Chinese or English browser language', () => {
  assert.equal(chooseLanguage(['zh-TW', 'en'], 'en'), 'en');
  assert.equal(chooseLanguage(['fr-FR', 'zh-HK', 'en'], null), 'zh-CN');
  assert.equal(chooseLanguage(['en-GB', 'zh-CN'], 'xx'), 'en');
  assert.equal(chooseLanguage(['fr'], null), 'en');
});

test('placeholders are filled, unknown ones left as they are', () => {
  assert.equal(fill('{n} of {total}', { n: 3, total: 5 }), '3 of 5');
  assert.equal(fill('{n} of {total}', { n: 3 }), '3 of {total}');
});
