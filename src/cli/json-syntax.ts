// Where JSON text stops being JSON, and what was expected there (RFC 8259), for error messages
// that name a line and column. Used only after JSON.parse has refused the text: V8's own
// messages (Node 20+) often give no position and quote the text with its newlines.

export interface JsonSyntaxError {
  offset: number;
  line: number; // 1-based
  column: number; // 1-based
  expected: string;
  got: string;
}

class Stop {
  constructor(readonly offset: number, readonly expected: string) {}
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

function scan(s: string): void {
  let i = 0;
  const ws = () => { while (i < s.length && ' \t\n\r'.includes(s[i])) i++; };
  const expect = (c: string, what: string) => { if (s[i] !== c) throw new Stop(i, what); i++; };
  const string = () => {
    expect('"', 'a string in double quotes');
    for (;;) {
      if (i >= s.length) throw new Stop(i, 'a closing double quote');
      const c = s.charCodeAt(i);
      if (c === 0x22) { i++; return; }
      if (c < 0x20) throw new Stop(i, 'a closing double quote on the same line (or \\n)');
      if (c === 0x5c) {
        ESCAPE.lastIndex = i;
        if (!ESCAPE.test(s)) throw new Stop(i, 'an escape like \\" \\\\ \\n or \\u00e9');
        i = ESCAPE.lastIndex;
      } else i++;
    }
  };
  const value = (): void => {
    ws();
    const c = s[i];
    if (c === '{') {
      i++; ws();
      if (s[i] === '}') { i++; return; }
      for (;;) {
        ws(); string(); ws(); expect(':', '":" after the key');
        value(); ws();
        if (s[i] === ',') { i++; continue; }
        expect('}', '"," or "}"');
        return;
      }
    }
    if (c === '[') {
      i++; ws();
      if (s[i] === ']') { i++; return; }
      for (;;) {
        value(); ws();
        if (s[i] === ',') { i++; continue; }
        expect(']', '"," or "]"');
        return;
      }
    }
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) if (s.startsWith(word, i)) { i += word.length; return; }
    NUMBER.lastIndex = i;
    if (NUMBER.test(s)) { i = NUMBER.lastIndex; return; }
    throw new Stop(i, 'a value (a number, "text", true, false, null, { or [)');
  };
  value();
  ws();
  if (i < s.length) throw new Stop(i, 'the end of the file after the value');
}

function shown(s: string, at: number): string {
  if (at >= s.length) return 'the end of the file';
  const word = /[A-Za-z0-9_$.+-]{1,20}/y;
  word.lastIndex = at;
  return JSON.stringify(word.test(s) ? s.slice(at, word.lastIndex) : s[at]);
}

/** The first syntax error in text, or null if it is valid JSON (or too deep to scan). */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  try {
    scan(text);
    return null;
  } catch (e) {
    if (!(e instanceof Stop)) return null; // RangeError: nesting deeper than the stack
    const before = text.slice(0, e.offset);
    const line = before.split('\n').length;
    return { offset: e.offset, line, column: e.offset - before.lastIndexOf('\n'), expected: e.expected, got: shown(text, e.offset) };
  }
}
