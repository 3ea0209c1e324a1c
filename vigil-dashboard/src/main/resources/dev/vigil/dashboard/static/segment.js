// The segment selector: a segment column, then one of its values. The values offered are the
// reference's categories of that column followed by those only the range's predictions brought,
// as the distribution route lists them (its bins and unseen categories), so nobody has to guess a
// spelling; without a reference the value is typed. The choice is the URL's `segment`, so a deep
// link selects it, even a value the list does not hold.
import { api } from './api.js';
import { escape } from './overview.js';
import { link } from './route.js';

/** The values of `column` to offer: the reference's categories, then unseen ones; null without reference. */
export async function segmentValues(model, column, range, reference) {
  if (!reference) return null;
  const answer = await api.distribution(model, column, { from: range.from, to: range.to });
  if (!answer) return null;
  const values = answer.bins.map((b) => b.label).filter((label) => label !== '(other)');
  return [...values, ...answer.unseen.map((u) => u.category)];
}

export async function segmentSelector(container, model, state, range, reference) {
  const column = container.querySelector('#segment-column');
  const choice = container.querySelector('#segment-value');
  const text = container.querySelector('#segment-text');
  const button = container.querySelector('#segment-apply');
  const eq = state.segment.indexOf('=');
  const current = state.segment === 'all' || eq < 0 ? 'all' : state.segment.slice(0, eq);
  const currentValue = current === 'all' ? '' : state.segment.slice(eq + 1);
  column.innerHTML = ['all', ...model.segments]
    .map((c) => `<option ${c === current ? 'selected' : ''}>${escape(c)}</option>`)
    .join('');
  const apply = (value) => {
    const segment = column.value === 'all' ? 'all' : `${column.value}=${value}`;
    location.hash = link({ ...state, segment });
  };
  const fill = async () => {
    const chosen = column.value;
    const values = chosen === 'all' ? [] : await segmentValues(model.name, chosen, range, reference);
    const typed = values === null;
    const mine = chosen === current ? currentValue : '';
    text.hidden = !typed;
    button.hidden = !typed;
    choice.hidden = typed;
    if (typed) {
      if (document.activeElement !== text) text.value = mine;
      return;
    }
    const offered = mine && !values.includes(mine) ? [...values, mine] : values;
    choice.innerHTML = `<option value="" disabled ${mine ? '' : 'selected'}>value…</option>` +
      offered.map((v) => `<option ${v === mine ? 'selected' : ''}>${escape(v)}</option>`).join('');
    choice.disabled = chosen === 'all';
  };
  column.onchange = () => (column.value === 'all' ? apply('') : fill());
  choice.onchange = () => apply(choice.value);
  button.onclick = () => apply(text.value);
  text.onkeydown = (e) => { if (e.key === 'Enter') apply(text.value); };
  await fill();
}
