// A forgiving XML reader for feeds: builds a small element tree with line numbers and lists where the markup was broken.
import { Parser } from 'htmlparser2';

/** An element; names are lowercase and keep their prefix (`content:encoded`, `dc:creator`). */
export interface XmlElement {
  name: string;
  attrs: Readonly<Record<string, string>>;
  children: XmlNode[];
  /** 1-based line of the opening tag. */
  line: number;
  /** Problems found inside this element (unclosed tags), with their lines. */
  damage: XmlDamage[];
}

export type XmlNode = XmlElement | string;

export interface XmlDamage {
  line: number;
  message: string;
}

export interface XmlTree {
  /** The first top-level element, or null when the text has none. */
  root: XmlElement | null;
  damage: XmlDamage[];
}

/**
 * Parses `text` as XML without ever throwing: entities and CDATA become text; a tag left open is closed
 * where its parent closes and recorded as damage on every enclosing element (so a caller can skip just
 * the broken item). Tag and attribute names are lowercased.
 */
export function parseXmlTree(text: string): XmlTree {
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const lineAt = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };

  const top: XmlElement[] = [];
  const stack: { el: XmlElement; openEnd: number }[] = [];
  const damage: XmlDamage[] = [];
  const parser: Parser = new Parser(
    {
      onopentag(name, attrs) {
        const el: XmlElement = { name, attrs, children: [], line: lineAt(parser.startIndex), damage: [] };
        const parent = stack.at(-1);
        if (parent === undefined) top.push(el);
        else parent.el.children.push(el);
        stack.push({ el, openEnd: parser.endIndex });
      },
      ontext(data) {
        const parent = stack.at(-1);
        if (parent === undefined) return;
        const last = parent.el.children.at(-1);
        if (typeof last === 'string') parent.el.children[parent.el.children.length - 1] = last + data;
        else parent.el.children.push(data);
      },
      onclosetag(name, isImplied) {
        const entry = stack.pop();
        if (entry === undefined) return;
        // htmlparser2 also reports a self-closing tag (`<link/>`) as implied; its close ends where it opened.
        if (isImplied && parser.endIndex !== entry.openEnd) {
          const closer =
            stack.length === 0 || parser.endIndex >= text.length - 1
              ? 'the end of the document'
              : `</${stack.at(-1)?.el.name ?? ''}>`;
          const problem = {
            line: entry.el.line,
            message: `<${name}> opened on line ${entry.el.line} is never closed (closed by ${closer} on line ${lineAt(Math.min(parser.endIndex, text.length - 1))})`,
          };
          damage.push(problem);
          for (const { el } of stack) el.damage.push(problem);
          entry.el.damage.push(problem);
        }
      },
    },
    { xmlMode: true, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.end(text);
  return { root: top[0] ?? null, damage };
}

/** Direct child elements named `name` (lowercase, with prefix). */
export function childElements(el: XmlElement, name: string): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string' && c.name === name);
}

/** The first direct child element named `name`, or null. */
export function childElement(el: XmlElement, name: string): XmlElement | null {
  return childElements(el, name)[0] ?? null;
}

/** The element's text content (all descendant text), trimmed; null when empty. */
export function textOf(el: XmlElement | null): string | null {
  if (el === null) return null;
  const parts: string[] = [];
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') parts.push(c);
      else walk(c);
    }
  };
  walk(el);
  const t = parts.join('').trim();
  return t === '' ? null : t;
}

/** The element's children serialised back to markup (for Atom's inline XHTML content). */
export function innerXml(el: XmlElement): string {
  return el.children.map(outer).join('');
}

function outer(node: XmlNode): string {
  if (typeof node === 'string') return escapeText(node);
  const name = node.name.replace(/^xhtml:/, '');
  const attrs = Object.entries(node.attrs)
    .filter(([k]) => !k.startsWith('xmlns'))
    .map(([k, v]) => ` ${k}="${escapeText(v).replace(/"/g, '&quot;')}"`)
    .join('');
  return `<${name}${attrs}>${node.children.map(outer).join('')}</${name}>`;
}

function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
