// The alerts timeline: one row per rule, its pending and firing intervals over the page's range as
// coloured bars, and a mark where it resolved. Built from the alerts answer of the range (its
// status changes, oldest first, and the alerts active now) and the model's rules (docs/ALERTING.md).
import { fmt } from './status.js';

const COLOURS = { pending: '#f9a825', firing: '#c62828' };
const ACTIVE = new Set(['pending', 'firing']);

/**
 * Rows (rule ids with their name and severity: the rules, then rules of the history since deleted)
 * and intervals {row, status, from, to, value, open} of `answer` over `range`. A rule's status at
 * the start of the range is its first change's `from`, or, without a change, its status now.
 */
export function alertTimeline(answer, rules, range) {
  const rows = rules.map((r) => ({ rule: r.id, name: r.name, severity: r.severity }));
  const byRule = new Map();
  for (const e of answer.events || []) {
    if (!byRule.has(e.rule)) byRule.set(e.rule, []);
    byRule.get(e.rule).push(e);
    if (!rows.some((r) => r.rule === e.rule)) rows.push({ rule: e.rule, name: e.rule, severity: e.severity });
  }
  const active = new Map((answer.active || []).map((a) => [a.rule, a]));
  const intervals = [];
  const resolved = [];
  rows.forEach((row, index) => {
    const events = byRule.get(row.rule) || [];
    const now = active.get(row.rule);
    let status = events.length > 0 ? events[0].from : (now ? now.status : 'inactive');
    let since = range.from;
    let value = now && events.length === 0 ? now.last_value : null;
    const close = (until, open) => {
      if (ACTIVE.has(status) && Date.parse(until) > Date.parse(since)) {
        intervals.push({ row: index, rule: row, status, from: since, to: until, value, open });
      }
    };
    for (const e of events) {
      close(e.at, false);
      status = e.to;
      since = e.at;
      value = e.value;
      if (e.to === 'resolved') resolved.push({ row: index, rule: row, at: e.at, value: e.value });
    }
    close(range.to, true);
  });
  return { rows, intervals, resolved };
}

/** The ECharts option of a timeline: bars drawn by a custom series, resolved marks as a scatter. */
export function alertTimelineOption(timeline, range) {
  const { rows, intervals, resolved } = timeline;
  const bar = (_params, api) => {
    const start = api.coord([api.value(1), api.value(0)]);
    const end = api.coord([api.value(2), api.value(0)]);
    const height = api.size([0, 1])[1] * 0.6;
    return {
      type: 'rect',
      shape: { x: start[0], y: start[1] - height / 2, width: Math.max(end[0] - start[0], 2), height },
      style: api.style(),
    };
  };
  return {
    animation: false,
    tooltip: { formatter: (p) => tip(p.data.item) },
    legend: { top: 0, data: ['pending', 'firing', 'resolved'] },
    grid: { left: 160, right: 24, top: 32, bottom: 32 },
    // Alerts often last minutes in a range of days: the mouse wheel zooms into the time axis.
    dataZoom: [{ type: 'inside', xAxisIndex: 0, filterMode: 'weakFilter' }],
    xAxis: { type: 'time', min: range.from, max: range.to },
    yAxis: {
      type: 'category', inverse: true, data: rows.map((r) => r.name),
      axisLabel: { width: 150, overflow: 'truncate' },
    },
    series: [
      ...['pending', 'firing'].map((status) => ({
        name: status, type: 'custom', renderItem: bar, itemStyle: { color: COLOURS[status] },
        encode: { x: [1, 2], y: 0 },
        data: intervals.filter((i) => i.status === status).map((i) => ({
          value: [i.row, Date.parse(i.from), Date.parse(i.to)], item: i,
        })),
      })),
      {
        name: 'resolved', type: 'scatter', symbol: 'diamond', symbolSize: 11,
        itemStyle: { color: '#2e7d32' },
        data: resolved.map((r) => ({ value: [r.at, r.row], item: { ...r, status: 'resolved' } })),
      },
    ],
  };
}

function tip(item) {
  const when = (t) => t.slice(0, 19).replace('T', ' ');
  const span = item.status === 'resolved'
    ? `at ${when(item.at)}`
    : `${when(item.from)} → ${when(item.to)}${item.open ? ` (still ${item.status})` : ''}`;
  return `${item.rule.name} (${item.rule.rule})<br>${item.rule.severity} · ${item.status}` +
    `<br>${span} UTC<br>value ${fmt(item.value)}`;
}
