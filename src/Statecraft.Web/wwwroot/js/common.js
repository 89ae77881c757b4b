// Helpers shared by the pages. Data from cases, texts and events is only ever put into the page as text
// (textContent, text nodes, attribute values): never as HTML.

/** The query parameter `name` of the page's address, or null. */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name);
}

/** Fetches JSON from the API; throws an Error with the problem's detail when the status is not 2xx. */
export async function api(path, options = {}) {
  const response = await fetch(path, { credentials: 'same-origin', ...options });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.detail || body.title);
    const errors = body && Array.isArray(body.errors) ? ' ' + body.errors.map(e => e.message).join('; ') : '';
    throw new Error(`${response.status}: ${detail || response.statusText}${errors}`);
  }
  return body;
}

/** POSTs `body` as JSON. */
export function post(path, body) {
  return api(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/** A new element; string children become text nodes, attributes are set as properties or attributes. */
export function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on')) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** A table with a header row and one row per item; each cell is a string, a number or a node. */
export function table(headers, rows, id) {
  return el('table', { id },
    el('thead', {}, el('tr', {}, headers.map(h => el('th', {}, h)))),
    el('tbody', {}, rows.map(cells => el('tr', {}, cells.map(cell =>
      typeof cell === 'number' ? el('td', { class: 'num' }, fmt(cell)) : el('td', {}, cell ?? ''))))));
}

/** A number with at most 2 decimals, or '-' for none. */
export function fmt(value, digits = 2) {
  return value === null || value === undefined || Number.isNaN(value) ? '-' : Number(value.toFixed(digits)).toString();
}

/** A response label as a coloured tag. */
export function label(name, id) {
  return el('span', { class: `label ${name || ''}`, id }, name || '-');
}

/** Escapes text for the few places a charting library takes HTML (tooltips). */
export function esc(text) {
  return String(text ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Writes the navigation bar: the case's pages when a case is open. */
export function nav(caseId, current) {
  const bar = document.getElementById('nav');
  const links = [['/', 'Cases']];
  if (caseId) {
    const id = encodeURIComponent(caseId);
    links.push([`/case.html?id=${id}`, 'Overview'], [`/timeline.html?id=${id}`, 'Timeline'],
      [`/relations.html?id=${id}`, 'Relations'], [`/scenarios.html?id=${id}`, 'Scenarios']);
  }
  links.push(['/code.html', 'Code text']);
  bar.replaceChildren(...links.map(([href, text]) => el('a', { href, class: text === current ? 'current' : null }, text)));
}

/** Appends nodes to the page's main element. */
export function show(...nodes) {
  document.getElementById('main').append(...nodes);
}

/** Sets the page title (text). */
export function title(text) {
  document.getElementById('title').textContent = text;
  document.title = `${text} · Statecraft`;
}

/** Shows an error message instead of failing silently. */
export function fail(error) {
  const box = document.getElementById('error');
  box.textContent = error instanceof Error ? error.message : String(error);
  box.hidden = false;
}

/** Makes an ECharts chart in a new div and keeps it sized with the window. */
export function chart(id, cssClass = 'chart') {
  const div = el('div', { id, class: cssClass });
  show(div);
  const instance = window.echarts.init(div, null, { renderer: 'canvas' });
  window.addEventListener('resize', () => instance.resize());
  return instance;
}

/** Runs an async page body and reports its failure on the page. */
export function run(body) {
  body().catch(fail);
}
