// A small HTML/SVG tokenizer for the renderer tests: finds every start tag with its attributes and
// the decoded text, following the HTML tokenizer's rules for the parts our output uses (start and end
// tags, quoted and unquoted attributes, comments, the raw-text <style> and <script> elements,
// character references). Deliberately independent of the renderer's own escaping code.

export interface Tag {
  readonly name: string;
  readonly attrs: ReadonlyMap<string, string>;
  /** Index of the tag in the source. */
  readonly at: number;
}

export interface Parsed {
  readonly tags: ReadonlyArray<Tag>;
  readonly endTags: ReadonlyArray<string>;
  /** Text content outside tags, character references decoded (raw-text elements excluded). */
  readonly text: string;
}

const NAMED: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, body: string) => {
    if (body[0] === '#') return String.fromCodePoint(body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10));
    return NAMED[body.toLowerCase()] ?? m;
  });
}

export function parseMarkup(src: string): Parsed {
  const tags: Tag[] = [];
  const endTags: string[] = [];
  let text = '';
  let i = 0;
  while (i < src.length) {
    const lt = src.indexOf('<', i);
    if (lt < 0) {
      text += decodeEntities(src.slice(i));
      break;
    }
    text += decodeEntities(src.slice(i, lt));
    if (src.startsWith('<!--', lt)) {
      const end = src.indexOf('-->', lt + 4);
      i = end < 0 ? src.length : end + 3;
      continue;
    }
    if (src.startsWith('<!', lt) || src.startsWith('<?', lt)) {
      i = src.indexOf('>', lt) + 1 || src.length;
      continue;
    }
    const end = /^<\/([a-zA-Z][^\s/>]*)[^>]*>/.exec(src.slice(lt));
    if (end) {
      endTags.push((end[1] as string).toLowerCase());
      i = lt + end[0].length;
      continue;
    }
    const open = /^<([a-zA-Z][^\s/>]*)/.exec(src.slice(lt));
    if (!open) {
      // A '<' that does not open a tag is text (the HTML tokenizer emits it as a character).
      text += '<';
      i = lt + 1;
      continue;
    }
    const name = (open[1] as string).toLowerCase();
    let j = lt + open[0].length;
    const attrs = new Map<string, string>();
    for (;;) {
      while (j < src.length && /[\s/]/.test(src[j] as string)) j++;
      if (j >= src.length || src[j] === '>') break;
      const an = /^[^\s/>=]+/.exec(src.slice(j));
      if (!an) {
        j++;
        continue;
      }
      const attrName = an[0].toLowerCase();
      j += an[0].length;
      while (/\s/.test(src[j] ?? '')) j++;
      let value = '';
      if (src[j] === '=') {
        j++;
        while (/\s/.test(src[j] ?? '')) j++;
        const q = src[j];
        if (q === '"' || q === "'") {
          const close = src.indexOf(q, j + 1);
          value = src.slice(j + 1, close < 0 ? src.length : close);
          j = close < 0 ? src.length : close + 1;
        } else {
          const un = /^[^\s>]*/.exec(src.slice(j)) as RegExpExecArray;
          value = un[0];
          j += un[0].length;
        }
      }
      if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
    }
    tags.push({ name, attrs, at: lt });
    i = j + 1;
    if (name === 'style' || name === 'script' || name === 'textarea') {
      const close = src.toLowerCase().indexOf(`</${name}`, i);
      i = close < 0 ? src.length : close;
    }
  }
  return { tags, endTags, text };
}

/** Every URL-bearing attribute value (href, src, xlink:href, action, formaction, poster, data). */
export function urlAttributes(p: Parsed): string[] {
  const out: string[] = [];
  for (const t of p.tags) for (const [k, v] of t.attrs) if (/^(href|src|xlink:href|action|formaction|poster|data|srcset)$/.test(k)) out.push(v);
  return out;
}
