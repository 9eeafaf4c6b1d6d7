/**
 * Plain-text helpers shared by every adapter. Pure string code and read-only DOM walks:
 * page HTML is never parsed into the live page (no innerHTML), so nothing from the page runs.
 */

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  bull: '•',
  middot: '·',
  copy: '©',
  reg: '®',
  trade: '™',
  euro: '€',
  pound: '£',
  yen: '¥',
  cent: '¢',
  deg: '°',
  times: '×',
  shy: '',
  zwj: '',
  zwnj: '',
  laquo: '«',
  raquo: '»',
  iexcl: '¡',
  iquest: '¿',
  eacute: 'é',
  egrave: 'è',
  ecirc: 'ê',
  euml: 'ë',
  aacute: 'á',
  agrave: 'à',
  acirc: 'â',
  auml: 'ä',
  aring: 'å',
  oacute: 'ó',
  ograve: 'ò',
  ocirc: 'ô',
  ouml: 'ö',
  uacute: 'ú',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  iacute: 'í',
  igrave: 'ì',
  icirc: 'î',
  iuml: 'ï',
  ntilde: 'ñ',
  ccedil: 'ç',
  szlig: 'ß',
  oslash: 'ø',
  aelig: 'æ',
  Eacute: 'É',
  Auml: 'Ä',
  Ouml: 'Ö',
  Uuml: 'Ü',
  Ntilde: 'Ñ',
  Ccedil: 'Ç',
};

/** Decodes HTML character references (named subset, decimal, hex); unknown ones stay as written. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z][a-zA-Z0-9]{1,31});/g, (whole, ref: string) => {
    if (ref.startsWith('#')) {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '';
      return String.fromCodePoint(code);
    }
    return Object.hasOwn(NAMED_ENTITIES, ref) ? (NAMED_ENTITIES[ref] ?? whole) : whole;
  });
}

/** Elements whose start or end breaks a line in the text we produce. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'th',
  'thead',
  'tr',
  'ul',
]);
/** Elements whose content is never text a reader sees. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'object',
  'canvas',
  'math',
  'head',
  'title',
]);

/** Collapses runs of spaces in each line, trims lines, drops empty lines. */
export function normalizeLines(s: string): string {
  const out: string[] = [];
  for (const line of s.split('\n')) {
    const t = line.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
    if (t) out.push(t);
  }
  return out.join('\n');
}

/** One line of plain text: all whitespace collapsed, no tag-like fragments. */
export function cleanLine(s: string | null | undefined): string {
  if (s == null) return '';
  return stripTagLike(String(s))
    .replace(/[\s\u00a0\u200b]+/g, ' ')
    .trim();
}

/** cleanLine, with '' → null (for the nullable posting fields). */
export function cleanOrNull(s: string | null | undefined): string | null {
  const t = cleanLine(s);
  return t ? t : null;
}

/**
 * Removes anything that still looks like a tag after decoding. Page data is displayed as text,
 * but a stray `<script>` in a title is noise at best, so it never leaves an adapter.
 */
export function stripTagLike(s: string): string {
  return s.replace(/<\/?[a-zA-Z!][^<>]*>/g, ' ').replace(/<!--[\s\S]*?-->/g, ' ');
}

const TAG_RE = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g;

/**
 * HTML (or HTML-escaped HTML, as many JSON-LD descriptions are) → plain text with one line per
 * block. A string-level reader on purpose: parsing into the page document could fire handlers.
 */
export function htmlToText(input: string): string {
  let html = input;
  // Escaped markup ("&lt;p&gt;…") with no real tags: unescape once, then read it as HTML.
  if (!/<[a-zA-Z/!]/.test(html) && /&lt;\/?[a-zA-Z]/.test(html)) html = decodeEntities(html);
  // In markup, source line breaks are just spaces; in plain text they separate paragraphs.
  if (/<[a-zA-Z/!]/.test(html)) html = html.replace(/[\r\n]+/g, ' ');
  let out = '';
  let skipUntil: string | null = null;
  let last = 0;
  TAG_RE.lastIndex = 0;
  for (let m = TAG_RE.exec(html); m; m = TAG_RE.exec(html)) {
    if (!skipUntil) out += decodeEntities(html.slice(last, m.index));
    last = TAG_RE.lastIndex;
    const name = (m[2] ?? '').toLowerCase();
    if (!name) continue; // a comment
    const closing = m[1] === '/';
    if (skipUntil) {
      if (closing && name === skipUntil) skipUntil = null;
      continue;
    }
    if (!closing && SKIPPED_TAGS.has(name) && !m[0].endsWith('/>')) skipUntil = name;
    else if (BLOCK_TAGS.has(name)) out += '\n';
  }
  if (!skipUntil) out += decodeEntities(html.slice(last));
  return normalizeLines(stripTagLike(out));
}

/**
 * Text of a DOM subtree with one line per block element, skipping scripts, styles, hidden
 * elements and any element matched by `skip`. Iterative (5,000-level nesting cannot overflow
 * the stack) and walks firstChild/nextSibling, which is far cheaper than childNodes in linkedom.
 */
export function elementText(root: Node, skip?: (el: Element) => boolean): string {
  const parts: string[] = [];
  // Whether each element entered on the way down from `root` is a block, to end its line on the way
  // back up: the DOM is asked once per element (a list page reads thousands of them).
  const blocks: boolean[] = [];
  let node: Node | null = root;
  while (node) {
    let enter = false;
    let block = false;
    const type = node.nodeType;
    if (type === 3) parts.push(node.nodeValue ?? '');
    else if (type === 9 || type === 11) enter = true;
    else if (type === 1) {
      const el = node as Element;
      const tag = el.localName.toLowerCase();
      const hidden = SKIPPED_TAGS.has(tag) || el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true';
      enter = node === root || !(hidden || (skip !== undefined && skip(el)));
      block = BLOCK_TAGS.has(tag);
      if (enter && block) parts.push('\n');
    }
    if (enter && node.firstChild) {
      blocks.push(block);
      node = node.firstChild;
      continue;
    }
    // Leave this node and every ancestor whose last child it was; emit block ends on the way.
    if (enter && block) parts.push('\n');
    while (node) {
      if (node === root) {
        node = null;
        break;
      }
      if (node.nextSibling) {
        node = node.nextSibling;
        break;
      }
      node = node.parentNode;
      if (blocks.pop()) parts.push('\n');
    }
  }
  return normalizeLines(stripTagLike(parts.join('')));
}

/** Single-line text of an element (titles, company names, locations). */
export function inlineText(el: Element | null | undefined): string {
  return el ? cleanLine(elementText(el)) : '';
}
