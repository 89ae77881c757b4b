import { api, el, fmt, label, nav, param, run, show, table, title } from './common.js';

run(async () => {
  const id = param('id');
  nav(id, 'Overview');
  const [kase, analysis] = await Promise.all([api(`/api/cases/${encodeURIComponent(id)}`), api(`/api/cases/${encodeURIComponent(id)}/analysis`)]);
  title(kase.title);
  if (kase.description) {
    // The one place a page takes HTML from the server: the description's Markdown, rendered by Markdig with raw HTML
    // escaped and only http(s), mailto and relative links (/api/cases/{id}/description).
    const description = el('div', { id: 'description', class: 'description' });
    description.innerHTML = (await api(`/api/cases/${encodeURIComponent(id)}/description`)).html;
    show(description);
  }
  show(el('p', { class: 'muted' }, `Focal state ${kase.focal}, partner ${kase.partner}, shock ${kase.shock}.`));
  show(el('h2', {}, 'Issues'), table(['Issue', 'Label', 'Forecast', 'Status quo', 'Observed outcome', 'Observed label', 'Stability'],
    analysis.issues.map(i => [
      el('a', { href: `/issue.html?id=${encodeURIComponent(id)}&issue=${encodeURIComponent(i.id)}` }, i.title),
      label(i.label), i.forecast, i.status_quo, i.observed_outcome ?? null, i.observed_label ? label(i.observed_label) : '-',
      stability(i),
    ]), 'issues'));
  const v = analysis.basic_vector;
  show(el('h2', {}, 'Basic vector'), table(['Held', 'Year', 'Main threat', 'Baseline ally', 'Aligned before', 'Aligned after'],
    [[v.held ? 'yes' : 'no', String(v.year ?? '-'), v.main_threat ?? '-', v.baseline_ally ?? '-', v.aligned_before ?? '-', v.aligned_after ?? '-']], 'basic-vector'));
  show(el('h2', {}, 'Provenance'), el('p', { id: 'provenance' },
    `Case hash ${analysis.provenance?.case_hash ?? '-'}, engine ${analysis.provenance?.version ?? '-'}; post-shock periods: ${analysis.post_shock_periods.join(', ')}.`));
  show(el('p', { class: 'muted' }, `Forecasts with model 'eu'; ${fmt(analysis.issues.length, 0)} issues.`));
});

/** The labels per phase, and whether they agree. */
function stability(issue) {
  const phases = issue.phase_labels || [];
  const stable = phases.every(p => p === phases[0]);
  return `${stable ? 'stable' : 'shifting'}${phases.length ? ` (${phases.join(' → ')})` : ''}`;
}
