// The dashboard's entry point: reads the state from the URL, draws the page, redraws it every 30 s
// and whenever the URL changes. `window.vigil` exposes the state of the last load to the browser
// tests (and to curious users): which page, when, and the error if the load failed.
import { ApiError, setToken } from './api.js';
import { modelPage } from './model.js';
import { overview, escape } from './overview.js';
import { link, parse } from './route.js';

const REFRESH_MS = 30_000;
const app = document.getElementById('app');
const range = document.getElementById('range');
let timer = null;
let loading = Promise.resolve();

window.vigil = { loads: 0, page: null, error: null, refresh };

function refresh() {
  loading = loading.then(load);
  return loading;
}

async function load() {
  clearTimeout(timer);
  const state = parse(location.hash);
  range.value = state.range;
  range.disabled = Boolean(state.from && state.to);
  crumbs(state);
  try {
    if (state.page === 'model') await modelPage(app, state, Date.now());
    else await overview(app, state, Date.now());
    window.vigil.error = null;
    document.getElementById('refreshed').textContent = `updated ${new Date().toLocaleTimeString()}`;
  } catch (e) {
    window.vigil.error = e.message;
    if (e instanceof ApiError && e.status === 401) askForToken();
    else app.innerHTML = `<p class="error">Could not load: ${escape(e.message)}</p>`;
  } finally {
    window.vigil.page = state.page === 'model' ? `model:${state.model}` : 'overview';
    window.vigil.loads += 1;
    document.body.dataset.loads = String(window.vigil.loads);
    timer = setTimeout(refresh, REFRESH_MS);
  }
}

function askForToken() {
  app.innerHTML = `<form id="token-form" class="panel"><p>This server requires an API token with the
    <code>read</code> scope.</p><input id="token" type="password" size="40" autocomplete="off">
    <button>Use token</button></form>`;
  app.querySelector('#token-form').onsubmit = (event) => {
    event.preventDefault();
    setToken(app.querySelector('#token').value.trim());
    refresh();
  };
}

function crumbs(state) {
  const nav = document.getElementById('crumbs');
  nav.innerHTML =
    state.page === 'model'
      ? `<a href="${link({ ...state, page: 'overview' })}">Models</a> › ${escape(state.model)}`
      : 'Models';
}

range.addEventListener('change', () => {
  location.hash = link({ ...parse(location.hash), range: range.value, from: null, to: null });
});
window.addEventListener('hashchange', () => {
  if (app.dataset.model && parse(location.hash).page !== 'model') {
    // Leaving a model page: its charts go with its DOM.
    app.querySelectorAll('.chart').forEach((el) => echarts.getInstanceByDom(el)?.dispose());
    delete app.dataset.model;
  }
  refresh();
});
window.addEventListener('resize', () =>
  document.querySelectorAll('.chart').forEach((el) => echarts.getInstanceByDom(el)?.resize()));
refresh();
