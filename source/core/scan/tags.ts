/**
 * Tags in markup (HTML, templates, JSX): their name, their attributes with where each value
 * starts, and which attributes load something from a URL.
 */

export interface Attribute {
  value: string;
  /** Offset of the value's first character in the text. */
  at: number;
}

export interface Tag {
  name: string;
  start: number;
  /** Just past the closing `>`. */
  end: number;
  attrs: Map<string, Attribute>;
  selfClosing: boolean;
}

const NAME = /[A-Za-z][\w:.-]*/y;
const ATTRIBUTE_NAME = /[^\s"'<>/=]+/y;

/** The tag that starts at `start` (text[start] is `<`), or undefined when none does. */
export function parseTag(text: string, start: number): Tag | undefined {
  NAME.lastIndex = start + 1;
  const name = NAME.exec(text)?.[0];
  if (!name) return undefined;
  const attrs = new Map<string, Attribute>();
  let i = start + 1 + name.length;
  for (;;) {
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (i >= text.length) return undefined;
    if (text[i] === '>') return { name, start, end: i + 1, attrs, selfClosing: false };
    if (text.startsWith('/>', i)) return { name, start, end: i + 2, attrs, selfClosing: true };
    if (text[i] === '/') {
      i++;
      continue;
    }
    if (text[i] === '{') {
      // A JSX spread or a Svelte shorthand: {...props}
      i = endOfBraces(text, i);
      continue;
    }
    ATTRIBUTE_NAME.lastIndex = i;
    const attrName = ATTRIBUTE_NAME.exec(text)?.[0];
    if (!attrName) return undefined;
    i += attrName.length;
    while (i < text.length && /\s/.test(text[i]!)) i++;
    if (text[i] !== '=') {
      attrs.set(attrName.toLowerCase(), { value: '', at: i });
      continue;
    }
    i++;
    while (i < text.length && /\s/.test(text[i]!)) i++;
    const quote = text[i];
    if (quote === '"' || quote === "'") {
      const close = text.indexOf(quote, i + 1);
      if (close < 0) return undefined;
      attrs.set(attrName.toLowerCase(), { value: text.slice(i + 1, close), at: i + 1 });
      i = close + 1;
    } else if (quote === '{') {
      // JSX or Svelte: src={"https://…"} or src={`https://…`}; the first string inside counts.
      const close = endOfBraces(text, i);
      const inner = /(["'`])(.*?)\1/s.exec(text.slice(i + 1, close - 1));
      if (inner) attrs.set(attrName.toLowerCase(), { value: inner[2]!, at: i + 1 + inner.index + 1 });
      i = close;
    } else {
      const m = /[^\s>]*/y;
      m.lastIndex = i;
      const value = m.exec(text)![0];
      attrs.set(attrName.toLowerCase(), { value, at: i });
      i += value.length;
    }
  }
}

/** Just past the `}` that closes the `{` at `start`, strings inside skipped. */
function endOfBraces(text: string, start: number): number {
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"' || ch === "'" || ch === '`') {
      const close = text.indexOf(ch, i + 1);
      if (close < 0) return text.length;
      i = close;
    } else if (ch === '{') depth++;
    else if (ch === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

/** Tags that make the browser fetch what an attribute names, and those attributes. */
const LOADING: Record<string, readonly string[]> = {
  script: ['src'],
  iframe: ['src', 'data-src'],
  frame: ['src'],
  link: ['href'],
  img: ['src', 'data-src', 'data-lazy-src', 'srcset', 'data-srcset'],
  image: ['href'],
  source: ['src', 'srcset', 'data-srcset'],
  embed: ['src'],
  video: ['src', 'poster'],
  audio: ['src'],
  track: ['src'],
  object: ['data'],
  // A form sends what the visitor types to the address it posts to.
  form: ['action'],
  input: ['src'],
};

/** `<link rel=…>` values that name a page to go to, not something the page loads. */
const NAVIGATION_RELS = /^(?:canonical|alternate|author|license|help|next|prev|bookmark|me|search|shortlink|external|nofollow)$/i;

/** Loaded URLs of a tag, with the offset of each; srcset lists several. */
export function loadedUrls(tag: Tag): { url: string; at: number }[] {
  const attributes = LOADING[tag.name.toLowerCase()];
  if (!attributes) return [];
  if (tag.name.toLowerCase() === 'link') {
    const rels = (tag.attrs.get('rel')?.value ?? '').split(/\s+/).filter(Boolean);
    if (rels.length > 0 && rels.every((rel) => NAVIGATION_RELS.test(rel))) return [];
  }
  const urls: { url: string; at: number }[] = [];
  for (const name of attributes) {
    const attr = tag.attrs.get(name);
    if (!attr?.value) continue;
    if (!name.endsWith('srcset')) {
      urls.push({ url: attr.value.trim(), at: attr.at + (attr.value.length - attr.value.trimStart().length) });
      continue;
    }
    for (const m of attr.value.matchAll(/[^\s,][^\s]*/g)) {
      if (/^\d+(?:\.\d+)?[wx],?$/.test(m[0])) continue; // a width or density descriptor
      urls.push({ url: m[0].replace(/,$/, ''), at: attr.at + m.index });
    }
  }
  return urls;
}

/** Tags that load something, found anywhere in code (JSX, or markup a script or PHP writes out). */
const LOADING_TAG = new RegExp(`<(?:${Object.keys(LOADING).join('|')})(?=[\\s/>])`, 'gi');

export function loadingTagsIn(code: string): Tag[] {
  const tags: Tag[] = [];
  for (const m of code.matchAll(LOADING_TAG)) {
    // In JSX a capitalised name is a component (<Link href> navigates); Next.js's <Script> loads.
    const name = m[0].slice(1);
    if (name !== name.toLowerCase() && name !== 'Script') continue;
    const tag = parseTag(code, m.index);
    if (tag) tags.push(tag);
  }
  return tags;
}
