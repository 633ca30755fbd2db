// Literals for generated source code. Every user-controlled text (prompts, model names, header
// values, URLs, keys) reaches generated code only through these, so no content can end a string or
// a comment early and inject code.

// Characters escaped even where a language would accept them raw: controls (C0, DEL, C1), the
// Unicode line and paragraph separators (line breaks to many editors and to Python's
// str.splitlines), bidirectional controls (which can make code read differently than it runs) and
// the byte order mark. Each is matched one UTF-16 unit at a time.
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's job.
const invisibleCharacters = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;

const invisibleCharacter = new RegExp(invisibleCharacters.source);

function unicodeEscape(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** A double-quoted JavaScript/TypeScript string literal that evaluates to exactly `value`. */
export function javaScriptString(value: string): string {
  // JSON.stringify escapes quotes, backslashes, C0 controls and lone surrogates; the rest are
  // escaped for readability and safety. Double quotes never start a template, so `${` stays text.
  return JSON.stringify(value).replace(invisibleCharacters, unicodeEscape);
}

const pythonShortEscapes: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
};

/**
 * A double-quoted Python 3 string literal that evaluates to exactly `value`. Astral characters
 * (emoji) stay as they are, since Python source is UTF-8; a lone surrogate, which UTF-8 cannot
 * encode, becomes a \\u escape, which Python accepts in str literals.
 */
export function pythonString(value: string): string {
  let literal = '"';
  for (let index = 0; index < value.length; index++) {
    const unit = value.charCodeAt(index);
    const character = value.charAt(index);
    const short = pythonShortEscapes[character];
    if (short !== undefined) {
      literal += short;
    } else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(value.charCodeAt(index + 1))) {
      literal += value.slice(index, index + 2);
      index++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      literal += unicodeEscape(character);
    } else if (invisibleCharacter.test(character)) {
      literal += unit <= 0xff ? `\\x${unit.toString(16).padStart(2, '0')}` : unicodeEscape(character);
    } else {
      literal += character;
    }
  }
  return `${literal}"`;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** A comment's text on one line: no user text may end the comment and start code. */
export function commentText(text: string): string {
  return text.replace(invisibleCharacters, ' ');
}

const javaScriptIdentifier = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** An object literal's key: bare when it is an identifier, quoted otherwise. */
export function javaScriptPropertyKey(name: string): string {
  // `__proto__: x` and `"__proto__": x` set the object's prototype; only a computed key makes a
  // property of that name (a header may be called so).
  if (name === '__proto__') return `[${javaScriptString(name)}]`;
  return javaScriptIdentifier.test(name) ? name : javaScriptString(name);
}

/** `process.env.NAME`, or the bracket form for a name that is no identifier. */
export function javaScriptEnvironmentRead(name: string): string {
  return javaScriptIdentifier.test(name) ? `process.env.${name}` : `process.env[${javaScriptString(name)}]`;
}

/** How a language writes JSON-like data; the layout algorithm is shared. */
interface DataSyntax {
  string(value: string): string;
  key(name: string): string;
  keyValueSeparator: string;
  literals: { true: string; false: string; null: string };
  /** Spaces inside single-line braces: `{ a: 1 }` in JavaScript, `{"a": 1}` in Python. */
  braceSpace: string;
  indentUnit: string;
  lineWidth: number;
}

const javaScriptSyntax: DataSyntax = {
  string: javaScriptString,
  key: javaScriptPropertyKey,
  keyValueSeparator: ': ',
  literals: { true: 'true', false: 'false', null: 'null' },
  braceSpace: ' ',
  indentUnit: '  ',
  lineWidth: 100,
};

const pythonSyntax: DataSyntax = {
  string: pythonString,
  key: pythonString,
  keyValueSeparator: ': ',
  literals: { true: 'True', false: 'False', null: 'None' },
  braceSpace: '',
  indentUnit: '    ',
  lineWidth: 88,
};

/**
 * JSON-like data as a JavaScript expression, laid out the way Prettier would: on one line when it
 * fits after `prefixLength` characters at `indent`, otherwise one element per line.
 */
export function javaScriptValue(value: unknown, indent = '', prefixLength = 0): string {
  return formatValue(javaScriptSyntax, value, indent, prefixLength);
}

/** JSON-like data as a Python expression (dicts, lists, True/False/None), laid out as Black would. */
export function pythonValue(value: unknown, indent = '', prefixLength = 0): string {
  return formatValue(pythonSyntax, value, indent, prefixLength);
}

export const pythonIndent = pythonSyntax.indentUnit;
export const javaScriptIndent = javaScriptSyntax.indentUnit;

function formatValue(syntax: DataSyntax, value: unknown, indent: string, prefixLength: number): string {
  const inline = formatInline(syntax, value);
  // The 1 leaves room for the comma that follows an argument or an element.
  if (!isContainer(value) || indent.length + prefixLength + inline.length + 1 <= syntax.lineWidth)
    return inline;
  const inner = indent + syntax.indentUnit;
  const lines = Array.isArray(value)
    ? value.map((item) => `${inner}${formatValue(syntax, item, inner, 0)},`)
    : Object.entries(value).map(([name, item]) => {
        const prefix = `${syntax.key(name)}${syntax.keyValueSeparator}`;
        return `${inner}${prefix}${formatValue(syntax, item, inner, prefix.length)},`;
      });
  const [open, close] = Array.isArray(value) ? ['[', ']'] : ['{', '}'];
  return `${open}\n${lines.join('\n')}\n${indent}${close}`;
}

function formatInline(syntax: DataSyntax, value: unknown): string {
  if (value === null) return syntax.literals.null;
  if (value === true) return syntax.literals.true;
  if (value === false) return syntax.literals.false;
  if (typeof value === 'string') return syntax.string(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`${value} has no JSON form`);
    return String(value);
  }
  if (Array.isArray(value)) return `[${value.map((item) => formatInline(syntax, item)).join(', ')}]`;
  if (isContainer(value)) {
    const entries = Object.entries(value);
    if (entries.length === 0) return '{}';
    const inside = entries
      .map(([name, item]) => `${syntax.key(name)}${syntax.keyValueSeparator}${formatInline(syntax, item)}`)
      .join(', ');
    return `{${syntax.braceSpace}${inside}${syntax.braceSpace}}`;
  }
  throw new Error(`${typeof value} has no JSON form`);
}

function isContainer(value: unknown): value is Record<string, unknown> | unknown[] {
  return typeof value === 'object' && value !== null;
}
