// The app speaks Simplified Chinese and English. The browser's languages choose at first; the
// person's own choice, once made, is kept on the phone.
import { messages } from './messages.js';

export const LANGUAGES = Object.freeze(['zh-CN', 'en']);
const STORAGE_KEY = 'fitledger.language';

let current = 'en';

/** The language to use: a stored choice, else the first supported browser language, else English. */
export function chooseLanguage(browserLanguages, stored) {
  if (LANGUAGES.includes(stored)) {
    return stored;
  }
  for (const language of browserLanguages ?? []) {
    const lower = String(language).toLowerCase();
    if (lower.startsWith('zh')) {
      return 'zh-CN';
    }
    if (lower.startsWith('en')) {
      return 'en';
    }
  }
  return 'en';
}

/** Fills {name} placeholders. */
export function fill(template, params = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** The text of a message key in the current language. */
export function t(key, params) {
  const text = messages[current][key] ?? messages.en[key];
  if (text === undefined) {
    throw new Error(`no message ${key}`);
  }
  return fill(text, params);
}

export function language() {
  return current;
}

/** Switches the language (and remembers it when the person chose it). */
export function setLanguage(lang, remember = false) {
  current = LANGUAGES.includes(lang) ? lang : 'en';
  document.documentElement.lang = current;
  if (remember) {
    localStorage.setItem(STORAGE_KEY, current);
  }
}

/** Picks the language at start. */
export function initLanguage() {
  setLanguage(chooseLanguage(navigator.languages ?? [navigator.language], localStorage.getItem(STORAGE_KEY)));
}

/** A date-time in the current language, in the phone's time zone. */
export function formatTime(iso) {
  if (!iso) {
    return '—';
  }
  return new Intl.DateTimeFormat(current, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
