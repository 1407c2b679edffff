import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { ScenarioError } from './types';
import { clip, clipItems } from './bounded-text';
import { MAX_JSON_DEPTH, tooLarge } from './input-limits';
import { depthOf, duplicateKeys, tooDeepAt } from './json-scan';

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

export { MAX_JSON_DEPTH };

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

export interface JsonTextLimits {
  maxChars?: number; // refuse longer text (its reader should have refused it before reading it whole)
  uniqueKeys?: boolean; // refuse a key given twice in one object (drills, snapshots; a scan of ~6 MB/s)
}

/**
 * Parse JSON text from `file` (a BOM is allowed); throws a ScenarioError at path $ if it is not
 * JSON, is longer than `maxChars`, nests deeper than MAX_JSON_DEPTH, or gives a key twice.
 */
export function parseJsonText(text: string, file: string, limits: JsonTextLimits = {}): unknown {
  const fail = (path: string, message: string): never => { throw new ScenarioError(file, [{ path, message }]); };
  if (limits.maxChars !== undefined && text.length > limits.maxChars) fail('$', tooLarge(limits.maxChars, text.length));
  const body = text.replace(/^\uFEFF/, ''); // editors on Windows may add a BOM
  // Depth is refused before anything recursive (jsonc-parser's locator, the validator) sees it.
  // V8's JSON.parse is iterative, so valid text is parsed first and only deep data scanned.
  const tooDeep = (): never => {
    const at = tooDeepAt(body, MAX_JSON_DEPTH) ?? { line: 1, column: 1 };
    return fail('$', `nested deeper than ${MAX_JSON_DEPTH} levels at line ${at.line}, column ${at.column}: expected JSON nested at most ${MAX_JSON_DEPTH} deep`);
  };
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    if (tooDeepAt(body, MAX_JSON_DEPTH)) tooDeep();
    const at = locateJsonError(body);
    fail('$', at
      ? `expected valid JSON: line ${at.line}, column ${at.column}: expected ${at.expected}, got ${at.got}`
      : `expected valid JSON: ${clip((e instanceof Error ? e.message : String(e)).replace(/\s+/g, ' '), 120)}`);
  }
  if (depthOf(data, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) tooDeep();
  if (limits.uniqueKeys) {
    const twice = duplicateKeys(body, 21);
    if (twice.length) {
      throw new ScenarioError(file, clipItems(
        twice.map((d) => ({ path: d.path, message: `expected each field once, "${clip(d.key)}" is given twice (line ${d.first.line}, column ${d.first.column} and line ${d.again.line}, column ${d.again.column})` })),
        () => ({ path: '$', message: 'and more fields given twice' }),
      ));
    }
  }
  return data;
}
