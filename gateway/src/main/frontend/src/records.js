// The records panel: the drill-down list behind a figure, one ledger record a row, each with the
// transaction id, block number and signer that prove it.
import { getJson, withQuery } from './api.js';
import { byId, h, status } from './dom.js';
import { cellText, columnName, columnsOf, normalized } from './format.js';
import { t } from './i18n.js';

const PAGE_SIZE = 50;

export class RecordsPanel {
  /** @param onFailure called with an error the panel could not load past (e.g. 401) */
  constructor(onFailure) {
    this.onFailure = onFailure;
    this.path = null;
    this.page = 0;
    byId('records-close').addEventListener('click', () => this.close());
    byId('records-previous').addEventListener('click', () => this.load(this.page - 1));
    byId('records-next').addEventListener('click', () => this.load(this.page + 1));
  }

  /** Opens the list at an API path, from its first page. */
  async open(path, title) {
    this.path = path;
    byId('records-title').textContent = t('records.titleOf', { title });
    byId('records-csv').dataset.csv = withQuery(path, { page: null, size: null, format: 'csv' });
    byId('records-csv').href = byId('records-csv').dataset.csv;
    const panel = byId('records-panel');
    panel.hidden = false;
    panel.scrollIntoView({ block: 'start' });
    panel.focus({ preventScroll: true });
    await this.load(0);
  }

  close() {
    byId('records-panel').hidden = true;
    this.path = null;
  }

  async load(page) {
    const panel = byId('records-panel');
    panel.setAttribute('aria-busy', 'true');
    status('records-status', t('status.loading'));
    try {
      const body = await getJson(withQuery(this.path, { page, size: PAGE_SIZE }));
      const list = Array.isArray(body) ? { items: body, page: 0, size: body.length, total: body.length } : body;
      this.page = list.page ?? page;
      this.render(list);
      status('records-status', '');
    } catch (error) {
      this.render({ items: [], page: 0, size: PAGE_SIZE, total: 0 });
      status('records-status', t('records.failed', { message: error.message }), true);
      this.onFailure(error);
    } finally {
      panel.setAttribute('aria-busy', 'false');
    }
  }

  /** Writes the list's headings and summary again, in the page's current language. */
  relabel() {
    if (this.list && !byId('records-panel').hidden) {
      this.render(this.list);
    }
  }

  render(list) {
    this.list = list;
    const records = list.items.map(normalized);
    const columns = columnsOf(records);
    const first = list.total === 0 ? 0 : list.page * list.size + 1;
    const last = list.page * list.size + records.length;
    byId('records-summary').textContent =
      list.total === 0 ? t('records.none') : t('records.range', { first, last, total: list.total });
    byId('records-summary').dataset.total = String(list.total);
    byId('records-table').tHead.replaceChildren(
      h('tr', {}, columns.map((c) => h('th', { scope: 'col' }, columnName(c)))),
    );
    byId('records-table').tBodies[0].replaceChildren(
      ...records.map((record) =>
        h(
          'tr',
          {},
          columns.map((c) =>
            h('td', { 'data-field': c }, c === 'txId' ? h('code', {}, cellText(c, record[c])) : cellText(c, record[c])),
          ),
        ),
      ),
    );
    byId('records-previous').disabled = list.page <= 0;
    byId('records-next').disabled = last >= list.total;
  }
}
