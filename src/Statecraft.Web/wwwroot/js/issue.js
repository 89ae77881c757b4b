import { api, chart, el, esc, fmt, label, nav, param, run, show, table, title } from './common.js';

run(async () => {
  const id = param('id');
  const issueId = param('issue');
  nav(id, null);
  const [kase, analysis] = await Promise.all([api(`/api/cases/${encodeURIComponent(id)}`), api(`/api/cases/${encodeURIComponent(id)}/analysis`)]);
  const issue = kase.issues.find(i => i.id === issueId);
  const result = analysis.issues.find(i => i.id === issueId);
  if (!issue || !result) throw new Error(`case '${id}' has no issue '${issueId}'`);
  title(issue.title);
  const names = Object.fromEntries(kase.actors.map(a => [a.id, a.name || a.id]));
  show(el('p', {}, 'Label ', label(result.label, 'issue-label'), ` · forecast ${fmt(result.forecast)} · status quo ${fmt(result.status_quo)}`,
    ` · observed outcome ${fmt(result.observed_outcome)}`, result.observed_label ? [' (', label(result.observed_label), ')'] : ''));
  show(el('p', { class: 'muted', id: 'scale' }, `Scale ${issue.scale.min} = `, el('strong', { id: 'scale-low' }, issue.scale.low ?? ''),
    ` … ${issue.scale.max} = `, el('strong', { id: 'scale-high' }, issue.scale.high ?? ''), issue.scale.unit ? ` (${issue.scale.unit})` : ''));
  show(el('h2', {}, 'Positions'));
  positions(chart('positions-chart'), issue, result, names);
  show(el('h2', {}, 'Forecast trajectory per round'));
  trajectory(chart('trajectory-chart', 'chart small'), issue, result, names);
  show(el('h2', {}, 'Explanation'), el('ul', { id: 'explanation' }, result.explanation.map(line => el('li', {}, line))));
  show(el('h2', {}, 'Counterfactuals'), table(['Variable', 'What changes', 'Label', 'Forecast'],
    result.counterfactuals.map(c => [c.variable, c.description, label(c.label), c.forecast]), 'counterfactuals'));
  show(el('h2', {}, 'Actors'), table(['Actor', 'Period', 'Position', 'Salience', 'Capability', 'Source'],
    issue.positions.map(p => [names[p.actor] ?? p.actor, p.period, p.position, p.salience, p.capability, source(kase, p)]), 'actors'));
});

/** The position's source with its citation on hover, or the analyst's judgement. */
function source(kase, item) {
  if (item.source) {
    const cited = kase.sources.find(s => s.id === item.source);
    return el('span', { title: cited ? cited.citation : item.source }, item.source);
  }
  return el('span', { title: item.judgement || '' }, 'judgement');
}

/**
 * A reference line (status quo, forecast, observed outcome) as a series of its own: its name and value are in the legend,
 * not written on the chart, so lines at the same or nearby values never print over each other or past the edge.
 */
function marker(name, value, color) {
  return value === null || value === undefined ? null : {
    name: `${name} ${fmt(value)}`, type: 'line', data: [], color, lineStyle: { color, type: 'dashed' }, symbol: 'none',
    markLine: { symbol: 'none', silent: true, label: { show: false }, lineStyle: { color, type: 'dashed', width: 2 }, data: [{ xAxis: value }] },
  };
}

function positions(c, issue, result, names) {
  const actors = [...new Set(issue.positions.map(p => p.actor))];
  const periods = [...new Set(issue.positions.map(p => p.period))];
  const lines = [marker('status quo', result.status_quo, '#888'), marker('forecast', result.forecast, '#1f5fbf'), marker('observed', result.observed_outcome, '#b3261e')].filter(Boolean);
  c.setOption({
    animation: false,
    legend: { top: 0 },
    grid: { left: 150, right: 40, top: 40, bottom: 60 },
    tooltip: { formatter: p => `${esc(names[p.value[1]] ?? p.value[1])} (${esc(p.seriesName)}): ${esc(fmt(p.value[0]))}, salience ${esc(fmt(p.value[2]))}` },
    xAxis: { type: 'value', min: issue.scale.min, max: issue.scale.max, name: `${issue.scale.low ?? issue.scale.min}  ⟵  ⟶  ${issue.scale.high ?? issue.scale.max}`, nameLocation: 'middle', nameGap: 30 },
    yAxis: { type: 'category', data: actors, axisLabel: { formatter: a => names[a] ?? a } },
    series: [
      ...periods.map(period => ({
        name: period, type: 'scatter',
        data: issue.positions.filter(p => p.period === period).map(p => [p.position, p.actor, p.salience]),
        symbolSize: v => 8 + 18 * (v[2] ?? 0.5),
      })),
      ...lines,
    ],
  });
}

function trajectory(c, issue, result, names) {
  const rounds = result.trajectory.map(r => r.round);
  const actors = result.trajectory.length ? Object.keys(result.trajectory[0].positions) : [];
  c.setOption({
    animation: false,
    legend: { type: 'scroll', top: 0 },
    grid: { left: 50, right: 40, top: 40, bottom: 40 },
    tooltip: { trigger: 'axis', formatter: ps => ps.map(p => `${esc(p.seriesName)}: ${esc(fmt(p.value))}`).join('<br>') },
    xAxis: { type: 'category', data: rounds, name: 'round', nameLocation: 'middle', nameGap: 25 },
    yAxis: { type: 'value', min: issue.scale.min, max: issue.scale.max },
    series: [
      ...actors.map(a => ({ name: names[a] ?? a, type: 'line', symbol: 'none', data: result.trajectory.map(r => r.positions[a]) })),
      { name: 'median', type: 'line', lineStyle: { width: 4 }, data: result.trajectory.map(r => r.median),
        markLine: result.observed_outcome === null ? undefined : { symbol: 'none', data: [{ name: 'observed', yAxis: result.observed_outcome, label: { formatter: `observed ${fmt(result.observed_outcome)}`, position: 'insideEndTop' } }] } },
    ],
  });
}
