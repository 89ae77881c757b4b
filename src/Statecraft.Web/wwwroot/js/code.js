import { api, el, nav, post, run, show, table } from './common.js';

const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

run(async () => {
  nav(null, 'Code text');
  const [status, cameo] = await Promise.all([api('/api/status'), api('/api/cameo')]);
  const text = el('textarea', { id: 'text', maxlength: 200000, placeholder: 'Paste news text here (at most 200,000 characters).' });
  const date = el('input', { id: 'date', type: 'date' });
  const code = el('button', { id: 'code' }, 'Code');
  const store = el('button', { id: 'store', disabled: true }, 'Add to the store');
  const message = el('p', { id: 'message', class: 'muted' });
  const results = el('div', { id: 'results' });
  show(el('label', {}, 'Text', text), el('div', { class: 'controls' }, el('label', {}, 'Publication date', date), code, status.store ? store : null), message, results);
  code.addEventListener('click', async () => {
    try {
      const events = await post('/api/code', { text: text.value, date: date.value || null });
      message.textContent = `${events.length} event(s) coded.`;
      results.replaceChildren(table(['Date', 'Source', 'Target', 'CAMEO', 'Event', 'PLOVER', 'Quad', 'Goldstein', 'Negated', 'Issues', 'Sentence'], events.map(e =>
        [e.date ?? '', e.source ?? '', e.target ?? '', e.cameo ?? '', cameo[e.cameo]?.label ?? '', e.plover ?? cameo[e.cameo]?.plover ?? '', QUADS[e.quad] ?? String(e.quad ?? ''),
          e.goldstein, e.negated ? 'yes' : '', (e.issues || []).join(', '), e.text ?? '']), 'events'));
      store.disabled = events.length === 0;
    } catch (error) {
      message.textContent = error.message;
    }
  });
  store.addEventListener('click', async () => {
    try {
      const r = await post('/api/events', { text: text.value, date: date.value || null });
      message.textContent = `Import ${r.import_id}: ${r.imported} added, ${r.duplicates} duplicates, ${r.skipped} skipped.`;
    } catch (error) {
      message.textContent = error.message;
    }
  });
});
