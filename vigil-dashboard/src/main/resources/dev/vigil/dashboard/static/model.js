// The page of one model: traffic, scores, latency, performance, drift, data quality, alerts and
// the registry's versions with their audit trail, for the range and segment in the URL; a heatmap
// cell opens its feature's distribution against the reference (distribution.js).
import { api } from './api.js';
import {
  draw, driftHeatmapOption, performanceOption, scoresOption, servingOption, volumeOption,
} from './charts.js';
import { distributionPanel, linkHeatmapCells, PANEL } from './distribution.js';
import { driftCells } from './drift.js';
import { granularity, interval } from './route.js';
import { segmentSelector } from './segment.js';
import { alertsTable, auditTable, qualityTable, versionsTable } from './tables.js';
import { alertTimeline, alertTimelineOption } from './timeline.js';

const METRICS = ['accuracy', 'roc_auc', 'precision', 'recall', 'f1'];
// The serving statistics cover the last hour whatever the page's range: they live in memory.
const SERVING_MINUTES = 60;

const LAYOUT = `
  <div class="toolbar">
    <h2 id="title"></h2>
    <label>Segment <select id="segment-column"></select></label>
    <select id="segment-value" aria-label="segment value"></select>
    <input id="segment-text" placeholder="value, e.g. France" size="14" hidden>
    <button id="segment-apply" hidden>Apply</button>
    <span id="summary" class="muted"></span>
  </div>
  <div class="grid">
    <section class="panel"><h3>Volume and predicted churn rate</h3><div id="chart-volume" class="chart"></div></section>
    <section class="panel"><h3>Score distribution (quantiles)</h3><div id="chart-scores" class="chart"></div></section>
    <section class="panel"><h3>Performance, realized and estimated
      <select id="metric">${METRICS.map((m) => `<option>${m}</option>`).join('')}</select></h3>
      <div id="chart-performance" class="chart"></div>
      <p id="estimate-note" class="muted"></p></section>
    <section class="panel"><h3>Serving latency p50 / p99 and errors, last ${SERVING_MINUTES} minutes
      <span id="serving-summary" class="muted"></span></h3><div id="chart-latency" class="chart"></div>
      <p id="latency-note" class="empty" hidden>No request served in this range (the last
        ${SERVING_MINUTES} minutes; Vigil keeps serving statistics in memory for an hour, see
        <code>vigil_inference_duration_seconds</code> on <a href="/metrics">/metrics</a> for longer).</p></section>
    <section class="panel wide"><h3>Feature drift per window</h3><div id="chart-drift" class="chart tall"></div>
      <p id="drift-note" class="empty" hidden></p></section>${PANEL}
    <section class="panel wide"><h3>Data quality over the range</h3><div id="quality"></div></section>
    <section class="panel wide"><h3>Alerts timeline <span id="alerts-summary" class="muted"></span></h3>
      <div id="chart-alerts" class="chart"></div><p id="alerts-note" class="empty" hidden></p></section>
    <section class="panel"><h3>Alerts</h3><div id="alerts"></div></section>
    <section class="panel"><h3>Registry versions</h3><div id="versions"></div></section>
    <section class="panel wide"><h3>Registry audit trail</h3><div id="audit"></div></section>
  </div>`;

export async function modelPage(container, state, now) {
  if (!container.querySelector('#chart-volume') || container.dataset.model !== state.model) {
    container.innerHTML = LAYOUT;
    container.dataset.model = state.model;
    container.querySelector('#metric').addEventListener('change', () => window.vigil.refresh());
  }
  const model = await api.model(state.model);
  const range = interval(state, now);
  const scope = { ...range, segment: state.segment };
  const gran = granularity(state, now, model);
  const [windows, performance, estimated, alerts, rules, registry, audit, serving] = await Promise.all([
    api.windows(model.name, { ...scope, granularity: gran }),
    api.performance(model.name, { ...scope, granularity: gran }),
    api.estimatedPerformance(model.name, { ...scope, granularity: gran }),
    api.alerts(model.name, range),
    api.alertRules(model.name),
    api.registryModel(model.name),
    api.audit(model.name),
    api.serving(model.name, SERVING_MINUTES),
  ]);
  const buckets = windows.windows;
  await segmentSelector(container, model, state, range, windows.reference_uploaded_at);
  container.querySelector('#title').textContent = model.name;
  container.querySelector('#summary').textContent =
    `${range.from.slice(0, 16)} → ${range.to.slice(0, 16)} UTC · ${gran}ly · ` +
    `${performance.predictions} predictions · ${performance.labelled} labelled`;
  draw(container.querySelector('#chart-volume'), volumeOption(buckets, range));
  draw(container.querySelector('#chart-scores'), scoresOption(buckets, range));
  const metric = container.querySelector('#metric').value;
  draw(container.querySelector('#chart-performance'),
    performanceOption(performance.buckets, metric, range, estimated.buckets));
  container.querySelector('#estimate-note').textContent = estimated.available
    ? 'Dashed: estimated without labels (CBPE) from the scores and the reference\'s labelled scores.'
    : `No estimate without labels: ${estimated.reason}.`;
  servingPanel(container, serving, now);
  await driftHeatmap(container, model, state, { ...scope, granularity: gran }, windows.reference_uploaded_at);
  await distributionPanel(container, model, state, scope, windows.reference_uploaded_at);
  container.querySelector('#quality').innerHTML = qualityTable(buckets);
  alertsPanel(container, alerts, rules.rules, range);
  container.querySelector('#alerts').innerHTML = alertsTable(alerts);
  container.querySelector('#versions').innerHTML = versionsTable(registry);
  container.querySelector('#audit').innerHTML = auditTable(audit.entries);
}

function servingPanel(container, serving, now) {
  const served = serving.minutes.length > 0;
  container.querySelector('#latency-note').hidden = served;
  container.querySelector('#chart-latency').hidden = !served;
  const ms = (seconds) => (seconds === null ? '–' : `${(seconds * 1000).toFixed(1)} ms`);
  container.querySelector('#serving-summary').textContent = served
    ? `· ${serving.requests} requests · ${(serving.error_rate * 100).toFixed(1)} % errors · ` +
      `p50 ${ms(serving.p50_seconds)} · p99 ${ms(serving.p99_seconds)}`
    : '';
  if (!served) return;
  const to = new Date(now);
  const range = { from: new Date(to - SERVING_MINUTES * 60e3).toISOString(), to: to.toISOString() };
  draw(container.querySelector('#chart-latency'), servingOption(serving.minutes, range));
}

async function driftHeatmap(container, model, state, query, reference) {
  const note = container.querySelector('#drift-note');
  const chartEl = container.querySelector('#chart-drift');
  const features = model.schema.map((c) => c.name);
  // One request: the drift of every bucket of the page's granularity that holds predictions.
  const answer = reference ? await api.drift(model.name, query) : null;
  const cells = driftCells(answer, query);
  note.hidden = cells.length > 0;
  note.textContent = reference
    ? 'No prediction in the range.'
    : 'No reference uploaded: drift cannot be tested (PUT /api/v1/models/{name}/reference).';
  chartEl.hidden = cells.length === 0;
  if (cells.length > 0) linkHeatmapCells(draw(chartEl, driftHeatmapOption(features, cells)), state);
}

/** The timeline of the range's alerts, one row per rule, its height following the rows. */
function alertsPanel(container, alerts, rules, range) {
  const timeline = alertTimeline(alerts, rules, range);
  const chartEl = container.querySelector('#chart-alerts');
  const note = container.querySelector('#alerts-note');
  const empty = timeline.rows.length === 0;
  note.hidden = !empty;
  note.textContent = 'No alert rule (POST /api/v1/models/{name}/alert-rules/defaults adds the default set).';
  chartEl.hidden = empty;
  const firing = timeline.intervals.filter((i) => i.status === 'firing').length;
  container.querySelector('#alerts-summary').textContent = empty ? '' :
    `· ${timeline.rows.length} rules · ${firing} firing intervals · ${timeline.resolved.length} resolved`;
  if (empty) return;
  chartEl.style.height = `${80 + 30 * timeline.rows.length}px`;
  draw(chartEl, alertTimelineOption(timeline, range)).resize();
}
