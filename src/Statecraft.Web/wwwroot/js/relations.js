import { api, chart, el, esc, fmt, nav, param, run, show, table, title } from './common.js';

run(async () => {
  const id = param('id');
  nav(id, 'Relations');
  const [status, kase] = await Promise.all([api('/api/status'), api(`/api/cases/${encodeURIComponent(id)}`)]);
  title(`Relations: ${kase.focal} and ${kase.partner}`);
  if (!status.store) {
    show(el('p', { id: 'no-store', class: 'muted' }, 'This dashboard was started without --db: there is no event store to read dyad series from. Start it with `statecraft serve --db events.duckdb`.'));
    return;
  }
  const source = el('input', { id: 'source', value: param('source') || kase.focal, size: 4, maxlength: 3 });
  const target = el('input', { id: 'target', value: param('target') || kase.partner, size: 4, maxlength: 3 });
  const both = el('input', { id: 'both', type: 'checkbox' });
  both.checked = param('both') !== 'false';
  const go = el('button', { id: 'show' }, 'Show');
  // The chart opens on the analysed span around the shock (three years either side); this button zooms out to every month.
  const zoom = el('button', { id: 'zoom', type: 'button' }, 'All months');
  show(el('div', { class: 'controls' }, el('label', {}, 'Source', source), el('label', {}, 'Target', target), el('label', {}, 'Both directions', both), go, zoom));
  const c = chart('relations-chart');
  const summary = el('div', { id: 'shock-summary' });
  show(summary);
  let all = false;
  let last = null;
  const load = async () => {
    const query = new URLSearchParams({ source: source.value.toUpperCase(), target: target.value.toUpperCase(), both: String(both.checked) });
    last = await api(`/api/cases/${encodeURIComponent(id)}/relations?${query}`);
    draw(c, last, all);
    summary.replaceChildren(...describe(last));
  };
  go.addEventListener('click', () => load().catch(e => summary.replaceChildren(el('p', { class: 'error' }, e.message))));
  zoom.addEventListener('click', () => {
    all = !all;
    zoom.textContent = all ? 'Around the shock' : 'All months';
    if (last) draw(c, last, all);
  });
  await load();
});

/** The first and last index of the months shown: the analysed span around the shock, or every month. */
function visible(r, all) {
  const span = r.shock && r.shock.span;
  if (all || !span) return [0, Math.max(0, r.series.length - 1)];
  const from = r.series.findIndex(p => p.period >= span.from);
  const to = r.series.findLastIndex(p => p.period <= span.to);
  return from < 0 || to < from ? [0, Math.max(0, r.series.length - 1)] : [from, to];
}

function draw(c, r, all) {
  const [startValue, endValue] = visible(r, all);
  const marks = [];
  if (r.shock) {
    marks.push({ name: 'shock', xAxis: r.shock.date.slice(0, 7), lineStyle: { color: '#b3261e', width: 2 }, label: { formatter: 'shock' } });
    r.shock.change_points.forEach(d => marks.push({ name: 'change point', xAxis: d.slice(0, 7), lineStyle: { color: '#7a4cc2', type: 'dashed' }, label: { formatter: 'change' } }));
  }
  c.setOption({
    animation: false,
    legend: { top: 0 },
    grid: { left: 50, right: 30, top: 40, bottom: 70 },
    tooltip: { trigger: 'axis', formatter: ps => `${esc(ps[0].axisValue)}<br>` + ps.map(p => `${esc(p.seriesName)}: ${esc(fmt(p.value))}`).join('<br>') },
    xAxis: { type: 'category', data: r.series.map(p => p.period) },
    yAxis: { type: 'value' },
    dataZoom: [{ type: 'inside', startValue, endValue }, { type: 'slider', bottom: 15, startValue, endValue }],
    series: [
      { name: 'net cooperation', type: 'line', data: r.series.map(p => p.net_cooperation), markLine: { symbol: 'none', data: marks } },
      { name: 'events', type: 'bar', data: r.series.map(p => p.events), itemStyle: { opacity: 0.35 } },
    ],
  }, { replaceMerge: ['series', 'dataZoom'] });
}

function describe(r) {
  if (!r.shock) return [el('p', { class: 'muted' }, `No events for ${r.dyad} in the store.`)];
  const s = r.shock;
  return [
    el('p', {}, `${r.dyad}: net cooperation per month, ${s.window} months before and after the shock of ${s.date}. Difference ${fmt(s.difference)} (95% bootstrap interval ${fmt(s.ci95[0])} to ${fmt(s.ci95[1])}).`),
    table(['Window', 'Months', 'Mean', 'Events'], [['pre', s.pre.months, s.pre.mean, s.pre.events], ['post', s.post.months, s.post.mean, s.post.events]].map(([n, m, mean, ev]) => [n, m, mean, ev])),
    el('p', { class: 'muted', id: 'change-points' }, `Change points${s.span ? ` (searched over ${s.span.from} to ${s.span.to})` : ''}: ${s.change_points.length ? s.change_points.join(', ') : 'none'}.`),
  ];
}
