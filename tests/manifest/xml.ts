// A small XML parser for the manifest tests (elements, attributes, text, comments, CDATA, the five
// predefined entities and numeric references). Throws on malformed input with the line number.

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
  line: number;
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decode(text: string, line: number): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`line ${line}: bare "&" in "${text}"`);
    if (ref.startsWith('#x')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    if (!(ref in ENTITIES)) throw new Error(`line ${line}: unknown entity &${ref};`);
    return ENTITIES[ref];
  });
}

export function parseXml(source: string): XmlElement {
  let i = 0;
  const lineAt = (k: number): number => source.slice(0, k).split('\n').length;
  const fail = (message: string): never => {
    throw new Error(`line ${lineAt(i)}: ${message}`);
  };
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  if (source.charCodeAt(0) === 0xfeff) i = 1;
  while (i < source.length) {
    if (source.startsWith('<?', i)) {
      const end = source.indexOf('?>', i);
      if (end < 0) fail('unterminated <?');
      i = end + 2;
    } else if (source.startsWith('<!--', i)) {
      const end = source.indexOf('-->', i);
      if (end < 0) fail('unterminated comment');
      i = end + 3;
    } else if (source.startsWith('<![CDATA[', i)) {
      const end = source.indexOf(']]>', i);
      if (end < 0 || stack.length === 0) fail('bad CDATA');
      stack[stack.length - 1].text += source.slice(i + 9, end);
      i = end + 3;
    } else if (source.startsWith('</', i)) {
      const m = /^<\/([\w:.-]+)\s*>/.exec(source.slice(i));
      if (!m) fail('bad closing tag');
      const open = stack.pop();
      if (!open || open.name !== m![1]) fail(`</${m![1]}> closes <${open?.name ?? 'nothing'}>`);
      i += m![0].length;
    } else if (source[i] === '<') {
      const m = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(source.slice(i));
      if (!m) fail('bad tag');
      const line = lineAt(i);
      const element: XmlElement = { name: m![1], attributes: {}, children: [], text: '', line };
      for (const a of m![2].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        if (a[1] in element.attributes) fail(`duplicate attribute ${a[1]}`);
        element.attributes[a[1]] = decode(a[2] ?? a[3], line);
      }
      if (stack.length) stack[stack.length - 1].children.push(element);
      else if (root) fail('two root elements');
      else root = element;
      if (!m![3]) stack.push(element);
      i += m![0].length;
    } else {
      const end = source.indexOf('<', i);
      const text = source.slice(i, end < 0 ? undefined : end);
      if (stack.length) stack[stack.length - 1].text += decode(text, lineAt(i));
      else if (text.trim()) fail('text outside the root element');
      i = end < 0 ? source.length : end;
    }
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1].name}> is never closed`);
  if (!root) throw new Error('no root element');
  return root;
}

/** Every element of the tree, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement): void => {
    out.push(e);
    e.children.forEach(walk);
  };
  walk(root);
  return out;
}

/** The child path a/b/c (first match at each step), or undefined. */
export function child(e: XmlElement | undefined, pathText: string): XmlElement | undefined {
  let cur = e;
  for (const name of pathText.split('/')) cur = cur?.children.find((c) => c.name === name);
  return cur;
}
