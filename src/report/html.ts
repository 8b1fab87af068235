/** Text into HTML (element content and quoted attribute values alike). */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** A table: header cells, then rows of cells that are already HTML (escape text with `esc`). */
export function table(head: readonly string[], rows: ReadonlyArray<readonly string[]>, className = ''): string {
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join('');
  const body = rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n');
  return `<table${className ? ` class="${className}"` : ''}><thead><tr>${th}</tr></thead><tbody>\n${body}\n</tbody></table>`;
}

/** A section with its heading; `breakBefore` starts it on a new printed page. */
export function section(id: string, title: string, body: string, breakBefore = false): string {
  return `<section id="${id}"${breakBefore ? ' class="page"' : ''}>\n<h2>${esc(title)}</h2>\n${body}\n</section>`;
}

/** A pass/fail badge: the word, not only a colour. */
export function badge(kind: 'pass' | 'fail' | 'none', label: string): string {
  return `<span class="badge ${kind}">${esc(label)}</span>`;
}
