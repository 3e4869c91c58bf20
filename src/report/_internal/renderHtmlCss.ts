/**
 * The report's inline stylesheet: system fonts, readable measure, accessible contrast, print rules.
 *
 * @packageDocumentation
 */
export const REPORT_CSS = `
:root{--ink:#1a1a1a;--muted:#4a4a4a;--rule:#d0d0d0;--band:#f4f6f8;--accent:#0072B2;--warn:#A63D00}
*{box-sizing:border-box}
html{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:var(--ink);background:#fff;line-height:1.5;font-size:16px}
body{margin:0 auto;max-width:72rem;padding:1.5rem}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:#fff;padding:.5rem;outline:3px solid var(--accent)}
h1{font-size:1.9rem;line-height:1.2;margin:0 0 .25rem}
h2{font-size:1.45rem;margin:2.5rem 0 .75rem;padding-top:.5rem;border-top:3px solid var(--ink)}
h3{font-size:1.15rem;margin:2rem 0 .5rem}
h4{font-size:1rem;margin:1.5rem 0 .5rem}
p,li,dd{max-width:50rem}
.subtitle{color:var(--muted);margin:0 0 1rem}
.lead{font-size:1.05rem}
.finding{border-left:4px solid var(--warn);padding-left:.75rem}
.note{color:var(--muted)}
nav ol{columns:2;max-width:40rem}
a{color:var(--accent)}
a:focus-visible{outline:3px solid var(--accent);outline-offset:2px}
table{min-width:min(100%,36rem);border-collapse:collapse;margin:1rem 0 1.5rem;font-size:.9rem;font-variant-numeric:tabular-nums;max-width:100%}
.table-wrap{overflow-x:auto}
caption{text-align:left;font-weight:600;padding:.25rem 0 .5rem;caption-side:top}
caption .basis{display:block;font-weight:400;color:var(--muted);font-size:.85rem}
th,td{padding:.3rem .6rem;border-bottom:1px solid var(--rule);vertical-align:top;text-align:left}
thead th{border-bottom:2px solid var(--ink);font-weight:600}
tbody th{font-weight:400}
tbody tr:nth-child(even){background:var(--band)}
.num{text-align:right;white-space:nowrap}
.table-notes{font-size:.85rem;color:var(--muted);margin:-1rem 0 1.5rem}
figure{margin:1.5rem 0;max-width:100%}
figure svg{max-width:100%;height:auto;display:block}
figcaption{font-size:.9rem;max-width:50rem}
figcaption .basis{display:block;color:var(--muted)}
details summary{cursor:pointer;color:var(--accent)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem}
dt{font-weight:600}dd{margin:0}
.suppressed{color:var(--muted)}
footer{margin-top:3rem;border-top:1px solid var(--rule);font-size:.85rem;color:var(--muted)}
@media print{
  html{font-size:10pt}
  body{max-width:none;padding:0}
  nav,.skip,details summary{display:none}
  details{display:block}
  details>*{display:block}
  h2{break-before:page;border-top:none}
  #summary h2{break-before:auto}
  h2,h3,h4{break-after:avoid}
  figure,table,tr{break-inside:avoid}
  tbody tr:nth-child(even){background:none}
  a{color:inherit;text-decoration:none}
  .table-wrap{overflow:visible}
}
`;
