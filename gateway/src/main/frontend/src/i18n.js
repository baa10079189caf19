// The dashboard speaks English and Simplified Chinese, as the field app does: the browser's
// languages choose at first; the person's own choice, once made, is kept in localStorage. No DOM or
// storage is touched on import, so that node can test what uses t().
import { messages } from './messages.js';

export const LANGUAGES = Object.freeze(['en', 'zh-CN']);
const STORAGE_KEY = 'fitledger.dashboard.language';

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

/** Fills {name} placeholders; a placeholder without a value stays as it is. */
export function fill(template, params = {}) {
  return template.replace(/\{(\w+)\}/g, (whole, name) => (name in params ? String(params[name]) : whole));
}

/** Whether a message key exists. */
export function has(key) {
  return key in messages.en;
}

/** The text of a message key in the current language. */
export function t(key, params) {
  const text = messages[current][key] ?? messages.en[key];
  if (text === undefined) {
    throw new Error(`no message ${key}`);
  }
  return fill(text, params);
}

/** The current language, 'en' or 'zh-CN'. */
export function language() {
  return current;
}

/** The locale Intl formats dates in for the current language. */
export function dateLocale() {
  return current === 'zh-CN' ? 'zh-CN' : 'en-GB';
}

/** Switches the language (and remembers it when the person chose it). */
export function setLanguage(lang, remember = false) {
  current = LANGUAGES.includes(lang) ? lang : 'en';
  if (typeof document !== 'undefined') {
    document.documentElement.lang = current;
  }
  if (remember) {
    localStorage.setItem(STORAGE_KEY, current);
  }
}

/** Picks the language at start. */
export function initLanguage() {
  let stored = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // Storage refused (private mode): the browser's language decides.
  }
  setLanguage(chooseLanguage(navigator.languages ?? [navigator.language], stored));
}

/**
 * Writes the current language's texts into the page's static markup: data-i18n (the text),
 * data-i18n-aria-label and data-i18n-label (those attributes).
 */
export function translatePage(root = document) {
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n);
  }
  for (const element of root.querySelectorAll('[data-i18n-aria-label]')) {
    element.setAttribute('aria-label', t(element.dataset.i18nAriaLabel));
  }
  for (const element of root.querySelectorAll('[data-i18n-label]')) {
    element.setAttribute('label', t(element.dataset.i18nLabel));
  }
  document.title = t('page.title');
}
