// The drift heatmap's data: /drift merges its whole range, so the range is cut into at most ~30
// UTC-aligned buckets (1 h up to a day, 6 h up to a week, else 1 day) and /drift is asked once per
// bucket that holds predictions, a few requests at a time.

const HOUR = 3600e3;

export function bucketLength(from, to) {
  const span = Date.parse(to) - Date.parse(from);
  if (span <= 24 * HOUR) return HOUR;
  if (span <= 7 * 24 * HOUR) return 6 * HOUR;
  return 24 * HOUR;
}

/** The [from, to) buckets that hold at least one prediction, per the windows answer. */
export function busyBuckets(windows, from, to) {
  const length = bucketLength(from, to);
  const lo = Date.parse(from);
  const hi = Date.parse(to);
  const starts = new Set();
  for (const w of windows) {
    if (w.predictions > 0) starts.add(Math.floor(Date.parse(w.start) / length) * length);
  }
  return [...starts].sort((a, b) => a - b).map((start) => ({
    from: new Date(Math.max(start, lo)).toISOString(),
    to: new Date(Math.min(start + length, hi)).toISOString(),
    label: new Date(start).toISOString().slice(5, length < 24 * HOUR ? 16 : 10).replace('T', ' '),
  }));
}

/** Cells {bucket, from, to, feature, method, statistic, p_value, threshold, drifted} of every bucket. */
export async function driftCells(fetchDrift, buckets, parallel = 4) {
  const answers = new Array(buckets.length);
  let next = 0;
  async function worker() {
    while (next < buckets.length) {
      const i = next++;
      answers[i] = await fetchDrift({ from: buckets[i].from, to: buckets[i].to });
    }
  }
  await Promise.all(Array.from({ length: Math.min(parallel, buckets.length) }, worker));
  const cells = [];
  answers.forEach((answer, i) => {
    if (!answer) return;
    const { label, from, to } = buckets[i];
    for (const f of answer.features) cells.push({ bucket: label, from, to, ...f });
  });
  return cells;
}

/** The heatmap bucket that starts at `at` within [from, to), as {from, to, label}; null if none. */
export function bucketAt(at, from, to) {
  const start = Date.parse(at);
  const lo = Date.parse(from);
  const hi = Date.parse(to);
  if (Number.isNaN(start) || start >= hi) return null;
  const length = bucketLength(from, to);
  const aligned = Math.floor(start / length) * length;
  return {
    from: new Date(Math.max(aligned, lo)).toISOString(),
    to: new Date(Math.min(aligned + length, hi)).toISOString(),
  };
}
