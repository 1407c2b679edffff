import { parseArgs, type ParseArgsConfig } from 'node:util';
import { HelpRequest, usageError } from './errors';
import { clip } from '../scenario/bounded-text';

// node's util.parseArgs, strict, with its errors turned into one short usage line.
type Options = NonNullable<ParseArgsConfig['options']>;

export function parseCommandArgs<O extends Options>(command: string, args: string[], options: O) {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } } as Options, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = e instanceof Error ? e.message : String(e);
    // "Unknown option '--x'. To specify a positional argument …": keep the first sentence.
    const first = msg.split('\n')[0].split('. ')[0].replace(/\.$/, '');
    throw usageError(`${command}: ${clip(first.replace(/^\w/, (c) => c.toLowerCase()), 120)}`);
  }
  if (parsed.values.help) throw new HelpRequest(command);
  return parsed;
}
