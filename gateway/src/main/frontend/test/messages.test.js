import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { chooseLanguage, fill, setLanguage, t } from '../src/i18n.js';
import { messages } from '../src/messages.js';

const src = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src');

/** The dashboard's own sources (not the public page's or the receipt verifier's). */
async function sources(extension) {
  const names = (await readdir(src)).filter((name) => name.endsWith(extension));
  return (await Promise.all(names.map((name) => readFile(path.join(src, name), 'utf8')))).join('\n');
}

// Keys built from a value: t(`family.${…}`) and t(`family.sub.${…}`).
const FAMILIES = {
  'map.state': ['IN_SERVICE', 'OPEN_TICKET', 'OUT_OF_SERVICE', 'RETIRED'],
  'map.records': ['IN_SERVICE', 'OPEN_TICKET', 'OUT_OF_SERVICE', 'RETIRED'],
  'sla.records': ['acknowledge', 'makeSafe', 'repair', 'tickets', 'late', 'acknowledgements', 'repairs', 'rejected', 'overdue'],
  'coverage.records': ['equipment', 'overdue', 'neverInspected'],
  level: ['ROUTINE', 'FUNCTIONAL', 'STRUCTURAL'],
  source: ['patrol', 'resident', 'device'],
  role: ['supervisor', 'inspector', 'contractor'],
  column: [],
  'trends.series': ['onTime', 'acknowledge', 'makeSafe', 'repair', 'overdueNow', 'lateSteps', 'ROUTINE', 'FUNCTIONAL', 'STRUCTURAL'],
};

test('both languages have the same keys', () => {
  assert.deepEqual(Object.keys(messages['zh-CN']).sort(), Object.keys(messages.en).sort());
});

test('no text is empty in either language', () => {
  for (const [language, texts] of Object.entries(messages)) {
    for (const [key, text] of Object.entries(texts)) {
      assert.ok(typeof text === 'string' && text.trim().length > 0, `${language} ${key}`);
    }
  }
});

test('a translation keeps the placeholders of the English text', () => {
  const placeholders = (text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  for (const [key, text] of Object.entries(messages.en)) {
    if (key === 'period.quarter') continue; // Chinese counts the quarter by number, not "Q4"
    assert.deepEqual(placeholders(messages['zh-CN'][key]), placeholders(text), key);
  }
});

test('every key the page and its scripts use exists', async () => {
  const code = await sources('.js');
  const html = await sources('.html');
  const literal = [...code.matchAll(/(?<![\w.])t\('([\w.-]+)'/g)].map((m) => m[1]);
  const titled = [...code.matchAll(/title\('(\w+)'\)/g)].length;
  const markup = [...html.matchAll(/data-i18n(?:-aria-label|-label)?="([\w.-]+)"/g)].map((m) => m[1]);
  const families = [...code.matchAll(/t\(`([\w.]+)\.\$\{/g)].map((m) => m[1]);
  assert.ok(literal.length > 40 && markup.length > 50 && titled > 5, 'the scan finds the keys');
  const keys = new Set([...literal, ...markup]);
  for (const family of families) {
    assert.ok(FAMILIES[family], `family ${family} is listed`);
    FAMILIES[family].forEach((value) => keys.add(`${family}.${value}`));
  }
  for (const key of keys) {
    assert.ok(key in messages.en, `missing ${key}`);
  }
});

test('the browser language chooses until the person chooses', () => {
  assert.equal(chooseLanguage(['zh-TW', 'en'], null), 'zh-CN');
  assert.equal(chooseLanguage(['fr-FR', 'en-US'], null), 'en');
  assert.equal(chooseLanguage(['de'], null), 'en');
  assert.equal(chooseLanguage(['zh-CN'], 'en'), 'en');
  assert.equal(chooseLanguage(['en'], 'zh-CN'), 'zh-CN');
  assert.equal(chooseLanguage(['en'], 'klingon'), 'en');
});

test('texts fill their placeholders in the chosen language', () => {
  assert.equal(fill('{a} of {b}, {c}', { a: 1, b: 2 }), '1 of 2, {c}');
  try {
    setLanguage('zh-CN');
    assert.equal(t('records.range', { first: 1, last: 50, total: 70 }), '第 1–50 条，共 70 条。');
    setLanguage('en');
    assert.equal(t('records.range', { first: 1, last: 50, total: 70 }), 'Records 1–50 of 70.');
    assert.throws(() => t('no.such.key'), /no message no.such.key/);
  } finally {
    setLanguage('en');
  }
});
