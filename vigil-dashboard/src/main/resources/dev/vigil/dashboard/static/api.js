// The JSON API as the dashboard reads it. Every call is a GET; an answer other than 2xx becomes an
// ApiError carrying the server's {"error", "field"} so pages can tell "no reference" from failure.

export class ApiError extends Error {
  constructor(status, body) {
    super(body && body.error ? body.error : `HTTP ${status}`);
    this.status = status;
    this.field = body ? body.field : null;
  }
}

// With API tokens configured (docs/CONFIG.md) the page asks for one with the read scope on the
// first 401 and keeps it in this tab's sessionStorage only.
const TOKEN_KEY = 'vigil.token';

export function setToken(token) {
  if (token) sessionStorage.setItem(TOKEN_KEY, token);
  else sessionStorage.removeItem(TOKEN_KEY);
}

export async function get(path, params = {}) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') query.set(key, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  const headers = { Accept: 'application/json' };
  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) headers.Authorization = `Bearer ${token}`;
  const response = await fetch(url, { headers });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new ApiError(response.status, body);
  return body;
}

/** The answer, or `fallback` when the server says `status` (e.g. 409 no reference, 404 unknown). */
export async function getOr(status, fallback, path, params) {
  try {
    return await get(path, params);
  } catch (e) {
    if (e instanceof ApiError && e.status === status) return fallback;
    throw e;
  }
}

const model = (name) => `/api/v1/models/${encodeURIComponent(name)}`;

export const api = {
  models: () => get('/api/v1/models'),
  model: (name) => get(model(name)),
  windows: (name, params) => get(`${model(name)}/windows`, params),
  // Callers ask for drift only when a windows answer shows a reference (reference_uploaded_at),
  // so the browser logs no 409; a reference deleted meanwhile still gives null.
  drift: (name, params) => getOr(409, null, `${model(name)}/drift`, params),
  // Asked only when a reference exists and of a schema feature, like drift: a 409 reads as null.
  distribution: (name, feature, params) =>
    getOr(409, null, `${model(name)}/features/${encodeURIComponent(feature)}/distribution`, params),
  performance: (name, params) => get(`${model(name)}/performance`, params),
  // CBPE: answers available=false (not an error) without a reference of labelled scores.
  estimatedPerformance: (name, params) => get(`${model(name)}/performance/estimated`, params),
  reference: (name) => getOr(404, null, `${model(name)}/reference`),
  // The alerts now and the status changes of [from, to) (docs/ALERTING.md), and the rules.
  alerts: (name, range) => get(`${model(name)}/alerts`, { from: range.from, to: range.to }),
  alertRules: (name) => get(`${model(name)}/alert-rules`),
  // Per-minute requests, errors and latency of the last `minutes` (1-60), kept in memory; a
  // server without the route (404) reads as no request served.
  serving: (name, minutes) =>
    getOr(404, { requests: 0, minutes: [] }, `${model(name)}/serving`, { minutes }),
  // Asked only of names the registry lists, so the browser logs no 404 for unregistered models.
  registryModel: async (name) => {
    const { models } = await get('/api/v1/registry/models');
    if (!models.some((m) => m.name === name)) return null;
    return get(`/api/v1/registry/models/${encodeURIComponent(name)}`);
  },
  audit: (name) => get('/api/v1/registry/audit', { model: name }),
};
