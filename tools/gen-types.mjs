// Writes src/scenario/scenario-file.generated.ts: the drill file's TypeScript types, made from
// assets/scenario.schema.json so that the types and the validator can never disagree. Run after
// changing the schema (tools/gen-validator.mjs runs it too):
//   node tools/gen-types.mjs
// A unit test fails if the committed file is not what this script makes.
//
// It reads the part of JSON Schema the drill schema uses: objects, arrays, enums, consts, $ref,
// a fixed-length array as a tuple, and `allOf` of `if`/`then` on one property as a union
// discriminated by it (the behaviour's kind, the script line's do). An if/then whose values an
// earlier branch already covers only narrows limits (a cross's loft) and adds no type.
// (json-schema-to-typescript would do the rest, but it types if/then as an open object and loses
// exactly these unions: bcherny/json-schema-to-typescript issue #426.)
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The schema's definitions, by the names the code uses. */
const NAMES = {
  num: 'Num', paramValue: 'ParamValue', range: 'RangeIn', point: 'PointIn', offset: 'OffsetIn', param: 'ParamDef', profile: 'ProfileIn',
  agent: 'AgentIn', behaviour: 'BehaviourIn', target: 'TargetIn', action: 'ActionIn', cue: 'CueIn', variation: 'VariationIn',
  option: 'OptionIn', time: 'TimeIn', delay: 'DelayIn', trigger: 'TriggerIn', zone: 'ZoneIn', along: 'AlongIn', across: 'AcrossIn',
};
const ROOT = 'ScenarioFile';

const lit = (v) => JSON.stringify(v).replace(/"/g, "'");
const key = (k) => (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? k : lit(k));

function refName(ref) {
  const name = NAMES[ref.replace('#/definitions/', '')];
  if (!name) throw new Error(`gen-types: no type name for ${ref}`);
  return name;
}

/** One property line, with the schema's description as its comment. */
function member(name, node, required, indent) {
  const doc = node && typeof node === 'object' && node.description ? `${indent}/** ${node.description.replace(/\*\//g, '* /')} */\n` : '';
  return `${doc}${indent}${key(name)}${required ? '' : '?'}: ${type(node, indent)};`;
}

function objectType(props, required, indent) {
  const inner = indent + '  ';
  const lines = Object.entries(props).map(([k, v]) => member(k, v, required.includes(k), inner));
  return lines.length ? `{\n${lines.join('\n')}\n${indent}}` : '{}';
}

/** Values the `if` of a branch selects, on its one property. */
function selects(cond) {
  const [[prop, s]] = Object.entries(cond.properties);
  return { prop, values: s.const !== undefined ? [s.const] : s.enum };
}

/** An object whose allOf of if/then on one property makes it a discriminated union. */
function unionType(node, indent) {
  const seen = new Set();
  const variants = [];
  for (const branch of node.allOf) {
    const { prop, values } = selects(branch.if);
    if (values.every((v) => seen.has(v))) continue; // narrows an earlier branch's limits only
    values.forEach((v) => seen.add(v));
    const then = branch.then;
    // A closed branch keeps only the base properties it lists (as `true`); an open one keeps all.
    const base = Object.entries(node.properties ?? {}).filter(([k]) => k !== prop && (then.additionalProperties !== false || then.properties?.[k] === true));
    const own = Object.entries(then.properties ?? {}).filter(([k, v]) => k !== prop && v !== true);
    const props = { [prop]: { enum: values }, ...Object.fromEntries(base), ...Object.fromEntries(own) };
    const required = [prop, ...(node.required ?? []), ...(then.required ?? [])];
    variants.push(objectType(props, required, indent + '  '));
  }
  return variants.map((v) => `\n${indent}  | ${v}`).join('');
}

/** The TypeScript type of a schema node. */
export function type(node, indent = '') {
  if (node === true) return 'unknown';
  if (node.$ref) return refName(node.$ref);
  if (node.allOf?.length && node.allOf.every((b) => b.if)) return unionType(node, indent);
  if (node.allOf?.length === 1 && node.allOf[0].$ref) return refName(node.allOf[0].$ref); // a ref with limits
  const alternatives = node.anyOf ?? node.oneOf; // one of several shapes: their union
  if (alternatives) return alternatives.map((b) => type(b, indent)).join(' | ');
  if (node.const !== undefined) return lit(node.const);
  if (node.enum) return node.enum.map(lit).join(' | ');
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types.map((t) => {
    switch (t) {
      case 'number': case 'integer': return 'number';
      case 'string': return 'string';
      case 'boolean': return 'boolean';
      case 'array': {
        const item = type(node.items, indent);
        if (node.minItems !== undefined && node.minItems === node.maxItems) return `[${Array(node.minItems).fill(item).join(', ')}]`;
        return /[|\n]/.test(item) ? `Array<${item}>` : `${item}[]`;
      }
      case 'object':
        if (!node.properties && node.additionalProperties && node.additionalProperties !== true) return `Record<string, ${type(node.additionalProperties, indent)}>`;
        return objectType(node.properties ?? {}, node.required ?? [], indent);
      default: throw new Error(`gen-types: cannot type ${JSON.stringify(node).slice(0, 80)}`);
    }
  }).join(' | ');
}

function declare(name, node) {
  const doc = node.description ? `/** ${node.description} */\n` : '';
  const t = type(node);
  return t.startsWith('{') && !(node.anyOf ?? node.oneOf) ? `${doc}export interface ${name} ${t}\n` : `${doc}export type ${name} =${t.startsWith('\n') ? '' : ' '}${t};\n`;
}

export function generateTypes() {
  const schema = JSON.parse(readFileSync(new URL('../assets/scenario.schema.json', import.meta.url), 'utf8'));
  const { definitions, ...root } = schema;
  const parts = Object.entries(definitions).map(([k, v]) => declare(refName(`#/definitions/${k}`), v));
  parts.push(declare(ROOT, root));
  return '// Generated by tools/gen-types.mjs from assets/scenario.schema.json. Do not edit.\n' +
    '// The drill file as written: numbers may be expressions over parameters ("$runStart + 0.5").\n\n' + parts.join('\n');
}

export const TYPES_FILE = 'src/scenario/scenario-file.generated.ts';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL(`../${TYPES_FILE}`, import.meta.url), generateTypes());
  console.log(`wrote ${TYPES_FILE}`);
}
