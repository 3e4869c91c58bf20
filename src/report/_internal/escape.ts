/**
 * Escaping of data text (provider names, areas, category labels, messages) for HTML, SVG/XML and
 * Markdown output. Every string that comes from data or configuration passes through one of these.
 *
 * @packageDocumentation
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes text for HTML (and XML/SVG) text content and double- or single-quoted attribute values.
 * Control characters other than tab, line feed and carriage return are dropped (they are not
 * allowed in XML and never meaningful in a report).
 */
export function escapeHtml(text: string): string {
  // eslint-disable-next-line no-control-regex
  return String(text).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/[&<>"']/g, (c) => HTML_ENTITIES[c] as string);
}

/**
 * Escapes text for Markdown (CommonMark + GFM tables): HTML-escapes `&`, `<`, `>` and quotes (so raw
 * HTML never reaches a renderer that allows it), backslash-escapes the punctuation that opens or
 * closes inline syntax (emphasis, code, links, images, tables, strikethrough, autolinks), escapes a
 * leading block marker (`-`, `+`, `1.`), and turns line breaks into spaces (a table cell or a list
 * item must stay on one line).
 */
export function escapeMarkdown(text: string): string {
  const inline = String(text)
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_{}[\]()#!|~:]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-+])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
  return escapeHtml(inline);
}

/**
 * A file-name- and id-safe slug: lower-case ASCII letters, digits and single hyphens; never empty.
 */
export function slug(text: string): string {
  const s = String(text).normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  return s === '' ? 'x' : s.slice(0, 60).replace(/-+$/, '');
}
