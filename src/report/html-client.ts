// The HTML report's only style and only script. Both are constants: nothing from a résumé ever goes into them, so the
// Content Security Policy can allow exactly these two by their sha256 and nothing else (no inline handlers, no eval,
// no loads). The script is plain ES2020 written as a string so that no build step (tsc, esbuild's helpers) can change
// what the browser runs.

export const STYLE = `
:root{color-scheme:light}
body{font:14px/1.4 system-ui,sans-serif;margin:1.5rem;color:#111;max-width:90rem}
h1{font-size:1.4rem;margin:0 0 .3rem}h2{font-size:1.1rem;margin:1.5rem 0 .4rem}
table{border-collapse:collapse;width:100%}
th,td{border-bottom:1px solid #ddd;padding:.3rem .45rem;text-align:left;vertical-align:top}
thead th{background:#f4f4f4;position:sticky;top:0;white-space:nowrap}
th button{all:unset;cursor:pointer;font-weight:600}
th button:focus-visible{outline:2px solid #1a73e8}
th[aria-sort=ascending] button::after{content:" \\25B2"}th[aria-sort=descending] button::after{content:" \\25BC"}
th.req,td.req{font-size:12px;max-width:7.5rem;white-space:nowrap}th.req{white-space:normal}
td.num{text-align:right}
td a{color:inherit;text-decoration:none}td a:hover strong,td a:focus strong{text-decoration:underline}td a strong{color:#174ea6}
.pass{color:#137333}.review{color:#b06000}.fail{color:#c5221f}.error{color:#8430ce}.muted{color:#666}
.warn{color:#b06000}.suspect{color:#c5221f;font-weight:600}
.tools{display:flex;gap:.6rem;align-items:center;margin:.6rem 0}
.tools input{font:inherit;padding:.25rem .4rem;min-width:18rem}
.tools button{font:inherit}
details{margin:.6rem 0;border:1px solid #ddd;border-radius:4px;padding:.3rem .6rem}
summary{cursor:pointer;font-weight:600}
.req-list{margin:.4rem 0;padding-left:1.2rem}
.ev{margin:.1rem 0 .1rem 1.2rem;color:#444;font-size:13px}
.ev .where{color:#666;font-variant-numeric:tabular-nums}
svg{max-width:100%;height:auto;display:block;margin:.5rem 0}
svg text{font:11px system-ui,sans-serif;fill:#222}svg .axis{fill:#666}svg .grid{stroke:#e3e3e3}
@media print{
 body{margin:0;max-width:none;font-size:11px}
 .noprint,.tools{display:none}
 thead th{position:static}
 tr,li,svg{break-inside:avoid}
 details{break-inside:avoid-page;border:none;padding:0}
 a{color:inherit;text-decoration:none}
 th[aria-sort] button::after{content:""}
}
`;

export const SCRIPT = `
(() => {
  const table = document.getElementById('ranking');
  const filter = document.getElementById('filter');
  const shown = document.getElementById('shown');
  if (!table || !filter || !shown) return;
  const body = table.tBodies[0];
  const heads = Array.from(table.tHead.rows[0].cells);
  const sortKey = (row, i) => { const cell = row.cells[i]; return cell.dataset.sort ?? cell.textContent.trim(); };
  heads.forEach((th, i) => {
    const button = th.querySelector('button');
    if (!button) return;
    button.addEventListener('click', () => {
      const ascending = th.getAttribute('aria-sort') !== 'ascending';
      heads.forEach((h) => h.removeAttribute('aria-sort'));
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = th.dataset.type === 'number';
      const rows = Array.from(body.rows);
      rows.sort((x, y) => {
        const a = sortKey(x, i), b = sortKey(y, i);
        const order = numeric ? Number(a) - Number(b) : a.localeCompare(b);
        return (ascending ? order : -order) || Number(x.dataset.order) - Number(y.dataset.order);
      });
      body.append(...rows);
    });
  });
  const apply = () => {
    const words = filter.value.toLowerCase().split(/\\s+/).filter(Boolean);
    let visible = 0;
    for (const row of body.rows) {
      const text = row.textContent.toLowerCase();
      const hide = !words.every((w) => text.includes(w));
      row.hidden = hide;
      const block = document.getElementById(row.dataset.target);
      if (block) block.hidden = hide;
      if (!hide) visible++;
    }
    shown.textContent = visible + ' of ' + body.rows.length + ' shown';
  };
  filter.addEventListener('input', apply);
  const fromHash = () => {
    let hash = '';
    try { hash = decodeURIComponent(location.hash.slice(1)); } catch { return; }
    if (hash.startsWith('q=')) { filter.value = hash.slice(2); apply(); return; }
    const target = hash && document.getElementById(hash);
    if (target && target.tagName === 'DETAILS') target.open = true;
  };
  const openAll = (open) => { for (const d of document.querySelectorAll('details.candidate')) d.open = open; };
  document.getElementById('expand')?.addEventListener('click', () => openAll(true));
  document.getElementById('collapse')?.addEventListener('click', () => openAll(false));
  window.addEventListener('beforeprint', () => openAll(true));
  window.addEventListener('hashchange', fromHash);
  apply();
  fromHash();
  document.documentElement.dataset.ready = '1';
})();
`;
