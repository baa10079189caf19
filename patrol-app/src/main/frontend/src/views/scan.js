// The QR scanner screen: the camera's picture, and the typed id as a way out.
import { h } from '../dom.js';
import { t } from '../i18n.js';
import { startScanner } from '../scan.js';
import { finder } from './common.js';

export function scanView(app) {
  const video = h('video', { id: 'scan-video', playsinline: true, muted: true, 'aria-label': t('scan.video') });
  const status = h('p', { id: 'scan-status', role: 'status' }, t('scan.starting'));
  const scanner = startScanner(video);
  app.onLeave(() => scanner.stop());
  scanner.result
    .then((id) => {
      if (id) {
        app.go(`#/equipment/${encodeURIComponent(id)}`);
      }
    })
    .catch(() => {
      status.textContent = t('scan.noCamera');
    });
  video.addEventListener('playing', () => (status.textContent = t('scan.aim')));
  const typed = finder(app);
  typed.querySelector('#scan-button')?.remove();
  return h('section', { 'aria-labelledby': 'view-title' }, h('h1', { id: 'view-title' }, t('scan.title')), h('div', { class: 'viewfinder' }, video), status, typed);
}
