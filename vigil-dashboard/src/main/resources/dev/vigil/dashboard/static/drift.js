// The drift heatmap's data, in one request: /drift with the page's granularity (minutes, hours or
// days, as route.js picks for every chart) answers the drift of each bucket that holds
// predictions, each as /drift would answer for that bucket alone (docs/API.md).

const LENGTH = { minute: 60e3, hour: 3600e3, day: 24 * 3600e3 };

/** Cells {bucket, from, to, feature, method, statistic, p_value, threshold, drifted} of an answer. */
export function driftCells(answer, range) {
  if (!answer) return [];
  const lo = Date.parse(range.from);
  const hi = Date.parse(range.to);
  const cells = [];
  for (const b of answer.buckets) {
    const start = Date.parse(b.start);
    const from = new Date(Math.max(start, lo)).toISOString();
    const to = new Date(Math.min(Date.parse(b.end), hi)).toISOString();
    const label = b.start.slice(5, answer.granularity === 'day' ? 10 : 16).replace('T', ' ');
    for (const f of b.features) cells.push({ bucket: label, from, to, ...f });
  }
  return cells;
}

/** The heatmap bucket of `granularity` that holds `at`, within [from, to), as {from, to}; null if none. */
export function bucketAt(at, from, to, granularity) {
  const start = Date.parse(at);
  const lo = Date.parse(from);
  const hi = Date.parse(to);
  if (Number.isNaN(start) || start >= hi) return null;
  const length = LENGTH[granularity] || LENGTH.hour;
  const aligned = Math.floor(start / length) * length;
  return {
    from: new Date(Math.max(aligned, lo)).toISOString(),
    to: new Date(Math.min(aligned + length, hi)).toISOString(),
  };
}
