/**
 * The report's stylesheet, inline (the file must open with no network). Screen and print: A4 or Letter alike
 * (widths are relative, the paper is chosen when printing), a page number at the foot of every printed page
 * (CSS paged media, which Chromium honours when it prints to PDF), each major section on a new page.
 */
export const REPORT_CSS = `
:root { --ink: #1f2937; --muted: #6b7280; --line: #d1d5db; --pass: #166534; --pass-bg: #dcfce7; --fail: #991b1b; --fail-bg: #fee2e2; --none-bg: #f3f4f6; }
* { box-sizing: border-box; }
html { font-family: "Segoe UI", "Helvetica Neue", Arial, "Noto Sans", "Noto Sans CJK JP", "Hiragino Kaku Gothic ProN", "Yu Gothic", Meiryo, sans-serif; color: var(--ink); font-size: 10.5pt; line-height: 1.45; }
body { margin: 0 auto; max-width: 190mm; padding: 12mm 0; }
h1 { font-size: 24pt; margin: 0 0 4mm; }
h2 { font-size: 15pt; margin: 8mm 0 3mm; border-bottom: 2px solid var(--ink); padding-bottom: 1mm; }
h3 { font-size: 12pt; margin: 6mm 0 2mm; }
h4 { font-size: 10.5pt; margin: 4mm 0 1mm; }
h2, h3, h4 { break-after: avoid; }
.cover .kicker { color: var(--muted); margin: 30mm 0 2mm; letter-spacing: 0.05em; }
.cover .design-name { font-size: 15pt; margin: 0 0 2mm; }
.cover .date { color: var(--muted); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 1mm 6mm; margin: 6mm 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; overflow-wrap: anywhere; }
.verdict { padding: 3mm 4mm; border-left: 4px solid var(--line); background: var(--none-bg); }
.verdict.pass { border-color: var(--pass); background: var(--pass-bg); }
.verdict.fail { border-color: var(--fail); background: var(--fail-bg); }
.note { color: var(--muted); font-size: 9pt; }
.page { break-before: page; }
.fault { break-before: auto; margin-bottom: 6mm; }
.fault + .fault { border-top: 1px solid var(--line); }
.headline { font-weight: 600; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 9pt; }
th, td { border: 1px solid var(--line); padding: 1mm 2mm; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th { background: #f9fafb; }
table.events { font-size: 8pt; }
table.events td:first-child { white-space: nowrap; font-variant-numeric: tabular-nums; }
table.matrix { font-size: 8pt; }
.badge { display: inline-block; padding: 0 2mm; border-radius: 2mm; font-weight: 600; font-size: 8.5pt; background: var(--none-bg); }
.badge.pass { color: var(--pass); background: var(--pass-bg); }
.badge.fail { color: var(--fail); background: var(--fail-bg); }
ul.steps { margin: 0 0 2mm; padding-left: 5mm; }
ul.steps li { margin: 0.5mm 0; break-inside: avoid; }
.when { font-variant-numeric: tabular-nums; font-weight: 600; }
.phase { color: var(--muted); }
.lane-name { font-weight: 600; margin: 2mm 0 0; }
small { color: var(--muted); }
figure { margin: 3mm 0; break-inside: avoid; }
figure.design svg { width: 100%; height: auto; max-height: 150mm; }
svg.design .site rect { fill: #f8fafc; stroke: #94a3b8; stroke-width: 2; }
svg.design .site text { font-size: 22px; font-weight: 600; fill: #334155; }
svg.design .link line { stroke: #475569; stroke-width: 4; stroke-dasharray: 12 6; }
svg.design .link text { font-size: 22px; font-weight: 600; fill: #0f172a; paint-order: stroke; stroke: #fff; stroke-width: 6px; }
svg.design .cluster rect { fill: none; stroke: #0f766e; stroke-width: 2; stroke-dasharray: 6 4; }
svg.design .cluster text { font-size: 14px; fill: #0f766e; }
svg.design .node rect { fill: #fff; stroke: #334155; stroke-width: 1.5; }
svg.design .node .name { font-size: 17px; font-weight: 600; fill: #0f172a; }
svg.design .node .kind { font-size: 13px; fill: #475569; }
figure.chart svg { width: 100%; height: auto; }
figure.chart .grid { stroke: #e5e7eb; }
figure.chart .tick { font-size: 10px; fill: #6b7280; }
figure.chart line.fault { stroke: #b91c1c; stroke-dasharray: 4 3; }
figure.chart text.fault { font-size: 10px; fill: #b91c1c; }
figcaption { font-weight: 600; }
.legend { font-size: 8.5pt; margin: 0; }
.legend span { margin-right: 4mm; }
.legend i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: middle; }
@page { margin: 16mm 14mm 18mm; @bottom-center { content: counter(page) " / " counter(pages); font-size: 9pt; color: #6b7280; } }
@media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
`;
