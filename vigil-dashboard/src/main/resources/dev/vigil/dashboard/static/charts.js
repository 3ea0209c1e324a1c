// ECharts options built from API answers. Every chart keeps its instance on the element, so the
// 30 s refresh replaces the data in place (setOption with notMerge) instead of rebuilding the page.
import { ACCURACY_THRESHOLD } from './status.js';

const GRID = { left: 56, right: 56, top: 36, bottom: 48 };
// The x axis spans the asked range, so a range with few buckets still reads as that range.
const timeAxis = (range) => ({ type: 'time', min: range.from, max: range.to });
// Symbols only when there are few points, where a lone point would otherwise be invisible.
const fewPoints = (data) => data.length <= 48;

export function draw(el, option) {
  const chart = echarts.getInstanceByDom(el) || echarts.init(el, null, { renderer: 'canvas' });
  chart.setOption(option, true);
  return chart;
}

const at = (w) => w.start;

export function volumeOption(windows, range) {
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: GRID,
    xAxis: timeAxis(range),
    yAxis: [
      { type: 'value', name: 'predictions' },
      { type: 'value', name: 'churn rate', min: 0, max: 1 },
    ],
    series: [
      {
        name: 'predictions', type: 'bar', barMaxWidth: 24,
        data: windows.map((w) => [at(w), w.predictions]),
      },
      {
        name: 'predicted churn rate', type: 'line', yAxisIndex: 1, showSymbol: fewPoints(windows),
        data: windows.map((w) => [at(w), w.predicted_positive_rate]),
      },
    ],
  };
}

export function scoresOption(windows, range) {
  const line = (name, key, style) => ({
    name, type: 'line', showSymbol: fewPoints(windows), lineStyle: style,
    data: windows.filter((w) => w.scores).map((w) => [at(w), w.scores[key]]),
  });
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: GRID,
    xAxis: timeAxis(range),
    yAxis: { type: 'value', name: 'score', min: 0, max: 1 },
    series: [
      line('p05', 'p05', { type: 'dotted' }),
      line('p25', 'p25', { type: 'dashed' }),
      line('median', 'p50', { width: 2 }),
      line('p75', 'p75', { type: 'dashed' }),
      line('p95', 'p95', { type: 'dotted' }),
    ],
  };
}

/**
 * Latency p50/p99 (ms) and error rate per minute of the serving route's answer, over `range`.
 * Minutes without a request are not in the answer; a minute whose requests were all refused has
 * an error rate but no latency.
 */
export function servingOption(minutes, range) {
  const answered = minutes.filter((m) => m.p50_seconds !== null);
  const line = (name, key) => ({
    name, type: 'line', showSymbol: fewPoints(answered),
    data: answered.map((m) => [m.start, m[key] * 1000]),
  });
  return {
    animation: false,
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: GRID,
    xAxis: { ...timeAxis(range), splitNumber: 6 },
    yAxis: [
      { type: 'value', name: 'ms' },
      { type: 'value', name: 'error rate', min: 0, max: 1 },
    ],
    series: [
      line('p50', 'p50_seconds'),
      line('p99', 'p99_seconds'),
      {
        name: 'error rate', type: 'bar', yAxisIndex: 1, barMaxWidth: 6,
        itemStyle: { color: '#c62828' },
        data: minutes.map((m) => [m.start, m.error_rate]),
      },
    ],
  };
}

/**
 * Realized performance per bucket with its 95 % interval as a band (a transparent base plus a
 * stacked width), and the performance estimated without
 * labels (CBPE, `estimated`: the buckets of /performance/estimated, empty when unavailable) as a
 * dashed line with its ±3 SE band, on the same axes.
 */
export function performanceOption(buckets, metric, range, estimated = []) {
  const points = buckets
    .filter((b) => b.metrics && b.metrics[metric] && b.metrics[metric].value !== null)
    .map((b) => ({ at: b.start, m: b.metrics[metric], n: b.labelled }));
  const withCi = points.filter((p) => p.m.ci);
  const guesses = estimated
    .filter((b) => b.metrics[metric] && b.metrics[metric].value !== null)
    .map((b) => ({ at: b.start, m: b.metrics[metric] }));
  const withBand = guesses.filter((p) => p.m.lower !== null && p.m.upper !== null);
  const threshold = metric === 'accuracy' ? ACCURACY_THRESHOLD : null;
  const estimatedName = `${metric} (estimated)`;
  return {
    animation: false,
    title: points.length + guesses.length > 0 ? undefined : {
      text: 'No labelled predictions in this range yet', left: 'center', top: 'middle',
      textStyle: { fontSize: 13, fontWeight: 'normal', color: '#757575' },
    },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, data: [metric, '95 % interval', estimatedName, 'estimate ±3 SE'] },
    grid: GRID,
    xAxis: timeAxis(range),
    yAxis: { type: 'value', min: 0, max: 1, name: metric },
    series: [
      {
        name: 'ci-base', type: 'line', stack: 'ci', symbol: 'none', lineStyle: { opacity: 0 },
        tooltip: { show: false }, data: withCi.map((p) => [p.at, p.m.ci.lower]),
      },
      {
        name: '95 % interval', type: 'line', stack: 'ci', symbol: 'none', lineStyle: { opacity: 0 },
        areaStyle: { color: 'rgba(84,112,198,0.2)' },
        data: withCi.map((p) => [p.at, p.m.ci.upper - p.m.ci.lower]),
      },
      {
        name: metric, type: 'line', showSymbol: true, symbolSize: 5,
        data: points.map((p) => [p.at, p.m.value]),
        markLine: threshold === null ? undefined : {
          symbol: 'none', lineStyle: { color: '#c62828', type: 'dashed' },
          label: { formatter: `threshold ${threshold}` },
          data: [{ yAxis: threshold }],
        },
      },
      {
        name: 'estimate-base', type: 'line', stack: 'estimate', symbol: 'none',
        lineStyle: { opacity: 0 }, tooltip: { show: false },
        data: withBand.map((p) => [p.at, p.m.lower]),
      },
      {
        name: 'estimate ±3 SE', type: 'line', stack: 'estimate', symbol: 'none',
        color: 'rgba(239,108,0,0.35)', lineStyle: { opacity: 0 },
        areaStyle: { color: 'rgba(239,108,0,0.12)' },
        data: withBand.map((p) => [p.at, p.m.upper - p.m.lower]),
      },
      {
        name: estimatedName, type: 'line', showSymbol: false, color: '#ef6c00',
        lineStyle: { type: 'dashed', width: 1.5 },
        data: guesses.map((p) => [p.at, p.m.value]),
      },
    ],
  };
}

/**
 * Feature × time bucket. A cell's colour is log10 of how far the statistic is past its drift
 * threshold (statistic / threshold for distances, threshold / p-value for tests), so every method
 * shares one scale on which 0 is the threshold; drifted cells carry a ✕.
 */
export function driftHeatmapOption(features, cells) {
  const buckets = [...new Set(cells.map((c) => c.bucket))];
  const data = cells.map((c) => ({
    value: [c.bucket, features.indexOf(c.feature), severity(c)],
    result: c,
    label: { show: c.drifted, formatter: '✕' },
  }));
  return {
    animation: false,
    tooltip: {
      formatter: (p) => {
        const c = p.data.result;
        const pv = c.p_value === null ? '' : `, p-value ${fmtNum(c.p_value)}`;
        return `${c.feature} · ${c.bucket}<br>${c.method}: ${fmtNum(c.statistic)}${pv}` +
          `<br>threshold ${c.threshold} · ${c.drifted ? 'drifted' : 'no drift'}`;
      },
    },
    grid: { left: 120, right: 110, top: 12, bottom: 70 },
    // At most ~30 labels: a week of hourly buckets would otherwise print 168 on top of each other.
    xAxis: { type: 'category', data: buckets, axisLabel: { rotate: 45, interval: Math.ceil(buckets.length / 30) - 1 } },
    yAxis: { type: 'category', data: features },
    visualMap: {
      min: -2, max: 2, calculable: true, orient: 'vertical', right: 0, top: 'middle',
      text: ['past threshold', 'below'], inRange: { color: ['#2e7d32', '#fff59d', '#c62828'] },
    },
    series: [{ name: 'drift', type: 'heatmap', data, itemStyle: { borderColor: '#fff', borderWidth: 1 } }],
  };
}

/**
 * Reference vs current shares of one feature as paired bars: the reference's decile bins or its
 * top categories, then the categories the reference never saw (reference share 0).
 */
export function distributionOption(answer) {
  const bins = [
    ...answer.bins.map((b) => ({ label: b.label, reference: b.reference_share, current: b.current_share })),
    ...answer.unseen.map((u) => ({ label: `${u.category} (unseen)`, reference: 0, current: u.share })),
  ];
  const pct = (x) => Math.round(x * 1000) / 10;
  return {
    animation: false,
    tooltip: { trigger: 'axis', valueFormatter: (v) => `${v} %` },
    legend: { top: 0 },
    grid: { left: 56, right: 24, top: 36, bottom: 80 },
    xAxis: { type: 'category', data: bins.map((b) => b.label), axisLabel: { rotate: 30, interval: 0 } },
    yAxis: { type: 'value', name: '% of values', min: 0 },
    series: [
      { name: 'reference', type: 'bar', data: bins.map((b) => pct(b.reference)), itemStyle: { color: '#90a4ae' } },
      { name: 'current', type: 'bar', data: bins.map((b) => pct(b.current)), itemStyle: { color: '#5470c6' } },
    ],
  };
}

function severity(c) {
  const stat = c.statistic === 'Infinity' ? Infinity : c.statistic;
  const ratio = c.p_value === null ? stat / c.threshold : c.threshold / Math.max(c.p_value, 1e-300);
  return Math.max(-2, Math.min(2, Math.log10(ratio)));
}

function fmtNum(x) {
  if (x === null || x === undefined) return '–';
  if (typeof x === 'string') return x;
  return Math.abs(x) >= 1e-3 || x === 0 ? x.toPrecision(3) : x.toExponential(2);
}
