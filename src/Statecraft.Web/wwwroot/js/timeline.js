import { api, chart, el, esc, nav, param, run, show, title } from './common.js';

const QUADS = ['verbal_cooperation', 'material_cooperation', 'verbal_conflict', 'material_conflict'];

run(async () => {
  const id = param('id');
  nav(id, 'Timeline');
  const timeline = await api(`/api/cases/${encodeURIComponent(id)}/timeline`);
  title(`Timeline: ${id}`);
  const items = timeline.items;
  const unique = key => [...new Set(items.flatMap(i => [].concat(i[key] ?? [])))].sort();
  const filters = {
    issue: select('issue', 'Issue', unique('issues')),
    actor: select('actor', 'Actor', [...new Set(items.flatMap(i => [...i.actors, ...i.targets]))].sort()),
    quad: select('quad', 'Quad class', QUADS),
  };
  show(el('div', { class: 'filters' }, Object.values(filters).map(f => f.label)),
    el('p', { class: 'muted' }, 'Scroll or drag on the chart to zoom; the slider below it sets the window.'));
  const c = chart('timeline-chart');
  const count = el('p', { id: 'count', class: 'muted' });
  const list = el('ol', { id: 'items', class: 'items' });
  show(count, list);
  const update = () => {
    const shown = items.filter(i => matches(i, filters));
    draw(c, shown, timeline.shock, timeline.from);
    count.textContent = `${shown.length} of ${items.length} items`;
    list.replaceChildren(...shown.map(item));
  };
  Object.values(filters).forEach(f => f.input.addEventListener('change', update));
  update();
});

function select(name, text, values) {
  const input = el('select', { id: `filter-${name}` }, el('option', { value: '' }, 'all'), values.map(v => el('option', { value: v }, v)));
  return { input, label: el('label', {}, text, input) };
}

function matches(i, f) {
  const issue = f.issue.input.value, actor = f.actor.input.value, quad = f.quad.input.value;
  return (!issue || i.issues.includes(issue)) && (!actor || i.actors.includes(actor) || i.targets.includes(actor)) && (!quad || i.quad === quad);
}

function item(i) {
  const cite = i.citation || i.source || (i.judgement ? `judgement: ${i.judgement}` : '');
  return el('li', {}, el('strong', {}, i.date), ` ${i.kind} · ${i.type}${i.quad ? ` · ${i.quad}` : ''}: `, i.summary, ' ',
    el('span', { class: 'muted' }, cite ? `(${cite})` : ''));
}

/** One series per colour, so that the legend names every colour on the chart. */
const KINDS = [
  { name: 'stimulus', color: '#1f5fbf', test: (i, shock) => i.id !== shock && i.kind === 'stimulus' },
  { name: 'event', color: '#3a8f50', test: (i, shock) => i.id !== shock && i.kind !== 'stimulus' },
  { name: 'the shock', color: '#b3261e', test: (i, shock) => i.id === shock },
];

function draw(c, shown, shock, from) {
  c.setOption({
    animation: false,
    legend: { top: 0, data: KINDS.map(k => k.name) },
    grid: { left: 80, right: 30, top: 36, bottom: 70 },
    tooltip: { formatter: p => `${esc(p.data.item.date)} ${esc(p.data.item.id)}<br>${esc(p.data.item.summary)}` },
    xAxis: { type: 'time' },
    yAxis: { type: 'category', data: ['stimulus', 'event'] },
    // The case's own periods are in view first; older background is one zoom-out away.
    dataZoom: [{ type: 'inside', xAxisIndex: 0, startValue: from ?? undefined, filterMode: 'none' }, { type: 'slider', xAxisIndex: 0, bottom: 15, startValue: from ?? undefined, filterMode: 'none' }],
    series: KINDS.map(k => ({
      name: k.name, type: 'scatter', symbolSize: 11, color: k.color,
      data: shown.filter(i => k.test(i, shock)).map(i => ({ value: [i.start, i.kind], item: i })),
    })),
  }, { replaceMerge: ['series'] });
}
