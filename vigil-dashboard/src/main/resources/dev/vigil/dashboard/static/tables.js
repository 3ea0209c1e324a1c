// The page's tables, as HTML strings (every value from the API is escaped).
import { escape } from './overview.js';
import { fmt } from './status.js';

const table = (head, rows, empty) =>
  rows.length === 0
    ? `<p class="empty">${empty}</p>`
    : `<table><thead><tr>${head.map((h) => `<th${num(h)}>${h}</th>`).join('')}</tr></thead>` +
      `<tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`;
const NUMERIC = new Set(['values', 'missing', 'type errors', 'out of range', 'unseen categories', 'missing %']);
const num = (h) => (NUMERIC.has(h) ? ' class="num"' : '');
const td = (x, cls = '') => `<td${cls ? ` class="${cls}"` : ''}>${escape(x ?? '–')}</td>`;

/** Per feature, the range's windows added up. */
export function qualityTable(windows) {
  const totals = new Map();
  for (const w of windows) {
    for (const q of w.data_quality || []) {
      const t = totals.get(q.feature) || {
        feature: q.feature, type: q.type, values: 0, missing: 0, type_errors: 0, out: null, unseen: null,
      };
      t.values += q.values;
      t.missing += q.missing;
      t.type_errors += q.type_errors;
      if (q.out_of_range) t.out = (t.out || 0) + q.out_of_range.count;
      if (q.unseen_categories) t.unseen = (t.unseen || 0) + q.unseen_categories.count;
      totals.set(q.feature, t);
    }
  }
  const rows = [...totals.values()].map((t) => {
    const all = t.values + t.missing + t.type_errors;
    const missingShare = all === 0 ? null : `${((100 * t.missing) / all).toFixed(1)}`;
    return [
      td(t.feature), td(t.type), td(t.values, 'num'), td(t.missing, 'num'), td(missingShare, 'num'),
      td(t.type_errors, t.type_errors > 0 ? 'num flag' : 'num'),
      td(t.out, t.out > 0 ? 'num flag' : 'num'), td(t.unseen, t.unseen > 0 ? 'num flag' : 'num'),
    ];
  });
  return table(
    ['feature', 'type', 'values', 'missing', 'missing %', 'type errors', 'out of range', 'unseen categories'],
    rows, 'No prediction in the range.');
}

// The alerts answer of docs/ALERTING.md: the active alerts, then the latest transitions.
export function alertsTable(answer) {
  const active = (answer.active || []).map((a) => [td(a.status), td(a.name || a.rule),
    td(a.severity), td(a.active_since || a.since), td(fmt(a.last_value))]);
  const history = [...(answer.events || [])].reverse().slice(0, 20).map((e) => [
    td((e.at || '').slice(0, 19).replace('T', ' ')), td(e.rule), td(e.severity),
    td(`${e.from} → ${e.to}`), td(fmt(e.value))]);
  return table(['state', 'alert', 'severity', 'since', 'value'], active, 'No active alert.')
    + table(['time', 'rule', 'severity', 'change', 'value'], history, 'No alert history.');
}

export function versionsTable(model) {
  if (!model) return '<p class="empty">Not in the registry (docs/REGISTRY.md).</p>';
  const rows = (model.versions || []).map((v) => [
    td(`v${v.version}`), td(v.stage), td((v.aliases || []).join(', ')),
    td(keyMetrics(v.metrics || {})),
    td((v.created_at || '').slice(0, 19).replace('T', ' ')),
  ]);
  return table(['version', 'stage', 'aliases', 'metrics', 'created'], rows, 'No version registered.');
}

// The version's headline figures when it has them, else all it has.
const KEY_METRICS = ['roc_auc', 'accuracy', 'f1', 'log_loss'];

function keyMetrics(metrics) {
  const keys = KEY_METRICS.filter((k) => k in metrics);
  return (keys.length > 0 ? keys : Object.keys(metrics)).map((k) => `${k} ${fmt(metrics[k])}`).join(', ');
}

export function auditTable(entries) {
  const rows = [...entries].reverse().map((e) => [
    td(e.sequence), td((e.time || '').slice(0, 19).replace('T', ' ')), td(e.actor),
    td(e.version === null ? '' : `v${e.version}`), td(e.action),
    td(e.from || e.to ? `${e.from ?? ''} → ${e.to ?? ''}` : ''), td(e.reason),
  ]);
  return table(['#', 'time (UTC)', 'actor', 'version', 'action', 'change', 'reason'], rows,
    'No registry change recorded for this model.');
}
