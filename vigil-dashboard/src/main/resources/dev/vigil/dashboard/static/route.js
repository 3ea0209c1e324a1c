// Hash routing with the state in the URL, so every view is a link someone can share:
//   #/                                   the models overview
//   #/model/churn?range=7d&segment=Geography%3DFrance
//   #/model/churn?from=2026-11-01T00:00:00Z&to=2026-11-08T00:00:00Z
//   #/model/churn?range=7d&feature=Age&at=2026-11-20T06:00:00Z
// `range` is 15m, 1h, 6h, 24h, 7d or 30d (default 24h); explicit `from`/`to` win over it. `feature` picks the
// feature of the distribution panel and `at` the start of the heatmap bucket it compares (absent:
// the whole range).

const RANGES = {
  '15m': 15 * 60e3, '1h': 3600e3, '6h': 6 * 3600e3,
  '24h': 24 * 3600e3, '7d': 7 * 24 * 3600e3, '30d': 30 * 24 * 3600e3 };

export function parse(hash) {
  const [path, query = ''] = (hash || '').replace(/^#/, '').split('?');
  const params = new URLSearchParams(query);
  const parts = path.split('/').filter(Boolean).map(decodeURIComponent);
  const page = parts[0] === 'model' && parts[1] ? 'model' : 'overview';
  return {
    page,
    model: page === 'model' ? parts[1] : null,
    range: RANGES[params.get('range')] ? params.get('range') : '24h',
    from: params.get('from'),
    to: params.get('to'),
    segment: params.get('segment') || 'all',
    feature: params.get('feature'),
    at: params.get('at'),
  };
}

export function link(state) {
  const params = new URLSearchParams();
  if (state.from && state.to) {
    params.set('from', state.from);
    params.set('to', state.to);
  } else if (state.range && state.range !== '24h') {
    params.set('range', state.range);
  }
  if (state.segment && state.segment !== 'all') params.set('segment', state.segment);
  if (state.page === 'model' && state.feature) params.set('feature', state.feature);
  if (state.page === 'model' && state.feature && state.at) params.set('at', state.at);
  const path = state.page === 'model' ? `/model/${encodeURIComponent(state.model)}` : '/';
  const query = params.toString();
  return `#${path}${query ? `?${query}` : ''}`;
}

/** The [from, to) of the state as ISO instants, `now` ending a relative range. */
export function interval(state, now) {
  if (state.from && state.to) return { from: state.from, to: state.to };
  const to = new Date(now);
  return { from: new Date(to - RANGES[state.range]).toISOString(), to: to.toISOString() };
}

/**
 * Buckets fine enough to see a trend, few enough to stay light: minutes up to 6 hours for a model
 * with minute windows (the API refuses minute buckets on hourly models), hours up to 7 days, then
 * days.
 */
export function granularity(state, now, model) {
  const { from, to } = interval(state, now);
  return granularityOf(from, to, model);
}

/** The granularity of the range [from, to) of `model`, as `granularity` picks it. */
export function granularityOf(from, to, model) {
  const span = Date.parse(to) - Date.parse(from);
  if (model && model.granularity === 'minute' && span <= 6 * 3600e3) return 'minute';
  return span > 7 * 24 * 3600e3 ? 'day' : 'hour';
}
