// The models overview: one card per monitored model with its status, volume and latest labels.
import { api } from './api.js';
import { link } from './route.js';
import { fmt, status } from './status.js';

const DAY = 24 * 3600e3;

export async function overview(container, state, now) {
  const { models } = await api.models();
  if (models.length === 0) {
    container.innerHTML =
      '<p class="empty">No monitored model yet. Register one with POST /api/v1/models (docs/API.md).</p>';
    return;
  }
  const cards = await Promise.all(models.map((m) => card(m, state, now)));
  container.innerHTML = '';
  const grid = element('div', 'cards');
  cards.forEach((c) => grid.appendChild(c));
  container.appendChild(grid);
}

async function card(model, state, now) {
  const day = { from: new Date(now - DAY).toISOString(), to: new Date(now).toISOString() };
  const month = { from: new Date(now - 30 * DAY).toISOString(), to: day.to, granularity: 'day' };
  const [windows, performance, labelled] = await Promise.all([
    api.windows(model.name, { ...day, granularity: 'hour' }),
    api.performance(model.name, day),
    api.windows(model.name, month),
  ]);
  const drift = windows.reference_uploaded_at ? await api.drift(model.name, day) : null;
  const verdict = status(windows, drift, performance);
  const volume = windows.windows.reduce((sum, w) => sum + w.predictions, 0);
  const lastLabelled = [...labelled.windows].reverse().find((w) => w.labelled > 0);
  const accuracy = performance.metrics && performance.metrics.accuracy;
  const href = link({ ...state, page: 'model', model: model.name });
  const node = element('div', 'card');
  node.dataset.model = model.name;
  node.dataset.status = verdict.status;
  node.innerHTML = `
    <h2><a href="${href}">${escape(model.name)}</a>
      <span class="status ${verdict.status}">${verdict.label}</span></h2>
    <dl>
      <dt>volume 24 h</dt><dd class="volume">${volume}</dd>
      <dt>accuracy 24 h</dt><dd>${accuracy ? fmt(accuracy.value) : '–'}
        <span class="muted">(${performance.labelled} labelled)</span></dd>
      <dt>drift share</dt><dd>${drift ? fmt(drift.dataset.drift_share, 2) : 'no reference'}</dd>
      <dt>last labelled day</dt><dd>${lastLabelled ? lastLabelled.start.slice(0, 10) : 'none in 30 days'}</dd>
    </dl>
    <div class="reason">${escape(verdict.reason)}</div>`;
  return node;
}

export function element(tag, className) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}

export function escape(text) {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
