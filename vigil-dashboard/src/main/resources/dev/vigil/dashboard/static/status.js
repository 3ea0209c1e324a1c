// The overview's status of one model over the last 24 h, from what the API gives (docs/DASHBOARD.md):
//   no data   no prediction in the last 24 h;
//   degraded  realized accuracy significantly below 0.85: at least 100 labelled predictions and the
//             upper end of accuracy's 95 % Wilson interval below 0.85 (docs/DEGRADATION.md defaults);
//   drifting  the dataset drifts over the last 24 h (/drift's dataset.drifted: half the tested
//             features or more drifted);
//   healthy   otherwise (including "cannot tell yet": no reference, too few labels).
// The first that applies wins, in that order.

export const ACCURACY_THRESHOLD = 0.85;
export const MIN_LABELLED = 100;

export function status(windows, drift, performance) {
  const volume = windows.windows.reduce((sum, w) => sum + w.predictions, 0);
  if (volume === 0) return { status: 'no-data', label: 'no data', reason: 'no prediction in 24 h' };
  const accuracy = performance.metrics && performance.metrics.accuracy;
  if (
    performance.labelled >= MIN_LABELLED &&
    accuracy && accuracy.ci && accuracy.ci.upper < ACCURACY_THRESHOLD
  ) {
    return {
      status: 'degraded',
      label: 'degraded',
      reason: `accuracy ${fmt(accuracy.value)} (95 % CI up to ${fmt(accuracy.ci.upper)}) < ${ACCURACY_THRESHOLD}`,
    };
  }
  if (drift && drift.dataset && drift.dataset.drifted) {
    return {
      status: 'drifting',
      label: 'drifting',
      reason: `${drift.dataset.drifted_features} of ${drift.dataset.features} features drifted`,
    };
  }
  const why = !drift ? 'no reference: drift not tested' : 'no dataset drift, accuracy not below 0.85';
  return { status: 'healthy', label: 'healthy', reason: why };
}

export function fmt(x, digits = 3) {
  if (x === null || x === undefined) return '–';
  if (typeof x === 'string') return x;
  return Number.isInteger(x) ? String(x) : x.toFixed(digits);
}
