import { api, chart, el, fmt, label, nav, param, post, run, show, table, title } from './common.js';

run(async () => {
  const id = param('id');
  const path = `/api/cases/${encodeURIComponent(id)}`;
  nav(id, 'Scenarios');
  const kase = await api(path);
  title(`Scenarios: ${kase.title}`);
  const base = await api(`${path}/analysis`);
  const named = await Promise.all(kase.scenarios.map(s => api(`${path}/analysis?scenario=${encodeURIComponent(s.id)}`)));
  show(el('h2', {}, 'Side by side'), sideBySide(kase, base, named));
  show(el('h2', {}, 'Editor'), el('p', { class: 'muted' }, 'Move a slider: the analysis re-runs on the server with the edits applied as setPosition and setTie edits.'));
  editor(kase, base, path);
});

function sideBySide(kase, base, named) {
  const headers = ['Issue', 'Base case', ...kase.scenarios.map(s => el('span', { title: s.edits.map(e => e.summary).join('\n') }, s.title))];
  const rows = base.issues.map((issue, k) => [issue.title, cell(issue), ...named.map(a => cell(a.issues[k]))]);
  return table(headers, rows, 'side-by-side');
}

function cell(issue) {
  return el('span', {}, label(issue.label), ` ${fmt(issue.forecast)}`);
}

function editor(kase, base, path) {
  const edits = { positions: new Map(), ties: new Map() };
  const names = Object.fromEntries(kase.actors.map(a => [a.id, a.name || a.id]));
  const baseSelect = el('select', { id: 'base-scenario' }, el('option', { value: '' }, 'base case'), kase.scenarios.map(s => el('option', { value: s.id }, s.title)));
  const issueSelect = el('select', { id: 'edit-issue' }, kase.issues.map(i => el('option', { value: i.id }, i.title)));
  const sliders = el('div', { id: 'sliders' });
  const status = el('p', { id: 'edit-status', class: 'muted' }, 'No edits.');
  const results = el('div', { id: 'edited' });
  show(el('div', { class: 'controls' }, el('label', {}, 'Starting from', baseSelect), el('label', {}, 'Issue', issueSelect),
    el('button', { id: 'reset', onclick: () => { edits.positions.clear(); edits.ties.clear(); drawSliders(); rerun(); } }, 'Reset')));
  show(el('div', { class: 'editor' }, el('div', {}, sliders, tieSliders(kase, names, edits, () => schedule())), el('div', {}, status, results)));
  const c = chart('scenario-chart', 'chart small');
  let timer = null, sequence = 0;
  const schedule = () => { clearTimeout(timer); timer = setTimeout(rerun, 120); };
  async function rerun() {
    const mine = ++sequence;
    const body = { base: baseSelect.value || null, positions: [...edits.positions.values()], ties: [...edits.ties.values()] };
    const started = performance.now();
    try {
      const edited = await post(`${path}/analysis`, body);
      if (mine !== sequence) return;
      status.textContent = `${body.positions.length + body.ties.length} edit(s); re-analysed in ${Math.round(performance.now() - started)} ms.`;
      results.replaceChildren(table(['Issue', 'Base', 'Edited', 'Forecast'], base.issues.map((issue, k) =>
        [issue.title, label(issue.label), label(edited.issues[k].label, `edited-label-${issue.id}`), edited.issues[k].forecast]), 'edited-table'));
      draw(c, base, edited);
    } catch (error) {
      if (mine === sequence) status.textContent = error.message;
    }
  }
  function drawSliders() {
    const issue = kase.issues.find(i => i.id === issueSelect.value);
    sliders.replaceChildren(...issue.positions.map(p => positionSliders(issue, p, names, edits, schedule)));
  }
  issueSelect.addEventListener('change', drawSliders);
  baseSelect.addEventListener('change', rerun);
  drawSliders();
  rerun();
}

function positionSliders(issue, p, names, edits, changed) {
  const key = `${issue.id}|${p.actor}|${p.period}`;
  const current = edits.positions.get(key) || {};
  const capMax = Math.max(1, 2 * (p.capability || 0));
  const make = (field, min, max, value, ends) => slider(`${field}-${issue.id}-${p.actor}-${p.period}`, `${field}`, min, max, current[field] ?? value, v => {
    const edit = edits.positions.get(key) || { actor: p.actor, issue: issue.id, period: p.period };
    edit[field] = v;
    edits.positions.set(key, edit);
    changed();
  }, ends);
  return el('fieldset', {}, el('legend', {}, `${names[p.actor] ?? p.actor} · ${p.period}`),
    make('position', issue.scale.min, issue.scale.max, p.position, [issue.scale.low, issue.scale.high]), make('salience', 0, 1, p.salience, ['none', 'all']),
    make('capability', 0, capMax, p.capability));
}

function tieSliders(kase, names, edits, changed) {
  const ties = [...new Map(kase.ties.map(t => [`${t.from}|${t.to}`, t])).values()];
  return el('fieldset', { id: 'ties' }, el('legend', {}, 'Ties (affinity, -1 hostile … 1 close)'), ties.map(t =>
    slider(`affinity-${t.from}-${t.to}`, `${names[t.from] ?? t.from} → ${names[t.to] ?? t.to}`, -1, 1, t.affinity, v => {
      edits.ties.set(`${t.from}|${t.to}`, { from: t.from, to: t.to, affinity: v });
      changed();
    }, ['hostile', 'close'])));
}

/** A range input with its scale under it: the minimum and maximum, each with the words for that end where there are any. */
function slider(id, text, min, max, value, onChange, ends = []) {
  const input = el('input', { id, type: 'range', min, max, step: (max - min) / 100, value });
  input.value = String(value);
  const shown = el('span', { class: 'num' }, fmt(value));
  input.addEventListener('input', () => { shown.textContent = fmt(Number(input.value)); onChange(Number(input.value)); });
  const end = (v, words, cls) => el('span', { class: cls, title: words || '' }, words ? `${fmt(v)} ${words}` : fmt(v));
  const scale = el('div', { class: 'scale', id: `${id}-scale` }, end(min, ends[0], 'scale-min'), end(max, ends[1], 'scale-max'));
  return el('div', { class: 'slider' }, el('label', { for: id }, text), el('div', { class: 'range' }, input, scale), shown);
}

function draw(c, base, edited) {
  c.setOption({
    animation: false,
    legend: { top: 0 },
    grid: { left: 50, right: 20, top: 40, bottom: 80 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: base.issues.map(i => i.id), axisLabel: { rotate: 30 } },
    yAxis: { type: 'value', name: 'forecast' },
    series: [
      { name: 'base', type: 'bar', data: base.issues.map(i => i.forecast) },
      { name: 'edited', type: 'bar', data: edited.issues.map(i => i.forecast) },
    ],
  });
}
