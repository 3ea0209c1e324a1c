// The "reference vs current" panel: one feature's distribution in one heatmap bucket (or the whole
// range) beside the reference's. Clicking a heatmap cell or choosing a feature changes the URL
// (`feature`, `at`), so the view is a deep link like the rest of the page.
import { api } from './api.js';
import { distributionOption, draw } from './charts.js';
import { bucketAt } from './drift.js';
import { escape } from './overview.js';
import { granularityOf, link } from './route.js';

export const PANEL = `
    <section class="panel wide"><h3>Feature distribution, reference vs current
      <select id="distribution-feature"></select> <span id="distribution-caption" class="muted"></span></h3>
      <div id="chart-distribution" class="chart"></div>
      <p id="distribution-note" class="empty" hidden></p></section>`;

/** A click on a heatmap cell shows that feature in that bucket. */
export function linkHeatmapCells(chart, state) {
  chart.off('click');
  chart.on('click', (p) => {
    const cell = p.data && p.data.result;
    if (cell) location.hash = link({ ...state, feature: cell.feature, at: cell.from });
  });
}

export async function distributionPanel(container, model, state, scope, reference) {
  const features = model.schema.map((c) => c.name);
  const feature = features.includes(state.feature) ? state.feature : features[0];
  const select = container.querySelector('#distribution-feature');
  select.innerHTML = features
    .map((f) => `<option ${f === feature ? 'selected' : ''}>${escape(f)}</option>`)
    .join('');
  select.onchange = () => { location.hash = link({ ...state, feature: select.value }); };
  const bucket = state.at
    ? bucketAt(state.at, scope.from, scope.to, granularityOf(scope.from, scope.to, model))
    : null;
  const span = bucket || { from: scope.from, to: scope.to };
  const answer = reference
    ? await api.distribution(model.name, feature, { ...scope, ...span })
    : null;
  const chartEl = container.querySelector('#chart-distribution');
  const note = container.querySelector('#distribution-note');
  const empty = !answer || answer.current.values === 0;
  note.hidden = !empty;
  chartEl.hidden = empty;
  note.textContent = answer ? 'No value of this feature in this window.' : 'No reference uploaded.';
  container.querySelector('#distribution-caption').textContent = answer
    ? `${span.from.slice(0, 16)} → ${span.to.slice(0, 16)} UTC · ` +
      `${answer.reference.values} reference / ${answer.current.values} current values · missing ` +
      `${percent(answer.reference.missing_share)} / ${percent(answer.current.missing_share)}` +
      (answer.exact ? '' : ' · approximate (sketched)')
    : '';
  if (!empty) draw(chartEl, distributionOption(answer));
}

const percent = (share) => `${(share * 100).toFixed(1)} %`;
