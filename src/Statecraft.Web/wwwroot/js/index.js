import { api, el, nav, run, show, table } from './common.js';

run(async () => {
  nav(null, 'Cases');
  const cases = await api('/api/cases');
  show(el('p', { class: 'muted' }, `${cases.length} case(s) served.`),
    table(['Case', 'Title', 'Focal state', 'Partner', 'Shock', 'Period'], cases.map(c => [
      el('a', { href: `/case.html?id=${encodeURIComponent(c.id)}` }, c.id),
      c.error ? el('span', { class: 'error' }, c.error) : c.title, c.focal, c.partner,
      el('span', { title: c.shock_summary || '' }, `${c.shock}${c.shock_date ? ` (${c.shock_date})` : ''}`),
      c.period ? `${c.period.from} – ${c.period.to}` : '-',
    ]), 'cases'));
});
