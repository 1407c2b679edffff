import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ScenarioError } from './types';

// JSON text in, data out, or one clear problem naming the line and column. JSON.parse decides
// what is JSON; jsonc-parser (VS Code's, in strict mode) only says where and what was expected,
// since V8's own messages often give no position and quote the text, newlines and all.

const EXPECTED: Record<string, string> = {
  ValueExpected: 'a value (a number, "text", true, false, null, { or [)',
  CommaExpected: 'a comma before the next item',
  ColonExpected: 'a colon',
  PropertyNameExpected: 'a property name in double quotes',
  CloseBraceExpected: 'a closing }',
  CloseBracketExpected: 'a closing ]',
  EndOfFileExpected: 'the end of the file',
  InvalidCommentToken: 'no comment (JSON has none)',
  UnexpectedEndOfComment: 'no comment (JSON has none)',
  UnexpectedEndOfString: 'a closing double quote',
  UnexpectedEndOfNumber: 'a complete number',
  InvalidUnicode: 'an escape like \\u00e9',
  InvalidEscapeCharacter: 'an escape like \\" \\\\ \\n or \\u00e9',
  InvalidCharacter: 'no control character inside a string',
  InvalidSymbol: 'a JSON value, comma or bracket',
  InvalidNumberFormat: 'a number like 12 or 0.5',
};

export const MAX_JSON_DEPTH = 64; // drills nest about 6 deep; deeper input is refused, not recursed

export interface JsonErrorPlace {
  line: number; // 1-based
  column: number; // 1-based
  expected: string;
  got: string;
}

/** Where strict JSON text breaks and what was expected, or null if jsonc-parser finds nothing. */
export function locateJsonError(text: string): JsonErrorPlace | null {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const e = errors[0];
  if (!e) return null;
  const before = text.slice(0, e.offset);
  const line = before.split('\n').length;
  const column = e.offset - before.lastIndexOf('\n');
  const got = e.offset >= text.length ? 'the end of the file' : JSON.stringify(text.slice(e.offset, e.offset + Math.max(1, Math.min(e.length, 12))));
  const code = printParseErrorCode(e.error);
  // Single quotes are the commonest slip from hand-editing: say what JSON wants instead.
  const expected = text[e.offset] === "'" ? 'a string in double quotes' : EXPECTED[code] ?? code;
  return { line, column, expected, got };
}

/** Nesting depth of parsed JSON, counted without recursion, stopping past the limit. */
function depth(data: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[data, 1]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    deepest = Math.max(deepest, d);
    if (deepest > MAX_JSON_DEPTH) break;
    for (const x of Object.values(v)) stack.push([x, d + 1]);
  }
  return deepest;
}

/** Parse JSON text from `file` (a BOM is allowed); throws a ScenarioError at path $ if it is not. */
export function parseJsonText(text: string, file: string): unknown {
  const body = text.replace(/^\uFEFF/, ''); // editors on Windows may add a BOM
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    const at = locateJsonError(body);
    const message = at
      ? `expected valid JSON: line ${at.line}, column ${at.column}: expected ${at.expected}, got ${at.got}`
      : `expected valid JSON: ${(e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' ')}`;
    throw new ScenarioError(file, [{ path: '$', message }]);
  }
  if (depth(data) > MAX_JSON_DEPTH) {
    throw new ScenarioError(file, [{ path: '$', message: `expected JSON nested at most ${MAX_JSON_DEPTH} levels deep` }]);
  }
  return data;
}
