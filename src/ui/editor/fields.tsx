import { signal } from '@preact/signals';
import { useMemo, useState } from 'preact/hooks';
import { limitsText } from '../../scenario/field-limits';
import type { ScenarioFile } from '../../scenario/types';
import { freeParamName, valueAt, type EditOp, type Path } from '../../view/edit/ops';
import { paramFor } from '../../view/edit/try-edit';

// The inspector's controls: each edits one place of the drill file, tried first; a refusal is the
// validator's own words, shown beside the control that asked (never markup: Preact writes text).

/** The last refusal: which control (its path as text) and the validator's words. */
export const refusal = signal<{ where: string; text: string } | null>(null);

export type TryOp = (op: EditOp, where: string) => boolean;

export const where = (p: Path) => p.join('.');

function Refused({ at }: { at: string }) {
  const r = refusal.value;
  return r && r.where === at ? <div class="edit-refused" role="alert" data-testid="edit-refused">{r.text}</div> : null;
}

/** A number (or an expression over parameters) with its unit, limits in the tooltip, and ⚙ to make it a slider. */
export function NumField({ file, path, label, unit, hint, edit, optional }: { file: ScenarioFile; path: Path; label: string; unit: string; hint?: string; edit: TryOp; optional?: boolean }) {
  const v = valueAt(file, path);
  const at = where(path);
  // The limits the file is held to, as `onside validate` holds it (the schema's, or the pitch's),
  // worked out once the field is pointed at or focused (a validation each: not on every drag move).
  const [asked, ask] = useState(false);
  const limits = useMemo(() => (asked ? limitsText(file, path) : null), [asked, file, at]);
  const title = [hint, limits && `Allowed: ${limits}`].filter(Boolean).join('. ') || undefined;
  const isParam = typeof v === 'string' && /^\$[A-Za-z_]\w*$/.test(v);
  const commit = (raw: string) => {
    const t = raw.trim();
    if (t === '' && optional) { edit({ op: 'set', path, value: undefined }, at); return; }
    const n = /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : t;
    edit({ op: 'set', path, value: n }, at);
  };
  const slider = () => {
    const name = freeParamName(file, label.replace(/\s+(\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toLowerCase())); // "Pass time" → passTime
    edit({ op: 'parameterise', path, name, def: paramFor(file, path, label) }, at);
  };
  return (
    <div class="edit-field">
      <label title={title} onPointerEnter={() => ask(true)}>
        <span class="edit-label">{label}</span>
        <input type="text" inputMode="decimal" class="edit-num" data-path={at} value={v === undefined ? '' : String(v)} placeholder={optional ? 'default' : ''}
          onFocus={() => ask(true)} onChange={(e) => commit(e.currentTarget.value)} />
        <span class="edit-unit">{unit}</span>
      </label>
      {!isParam && typeof v === 'number' && <button type="button" class="edit-param" data-path={at} title="Make it a parameter: a slider with a range" onClick={slider}>⚙ slider</button>}
      <Refused at={at} />
    </div>
  );
}

export function TextField({ file, path, label, edit, hint }: { file: ScenarioFile; path: Path; label: string; edit: TryOp; hint?: string }) {
  const v = valueAt(file, path);
  const at = where(path);
  return (
    <div class="edit-field">
      <label title={hint}>
        <span class="edit-label">{label}</span>
        <input type="text" data-path={at} value={v === undefined ? '' : String(v)} onChange={(e) => edit({ op: 'set', path, value: e.currentTarget.value === '' ? undefined : e.currentTarget.value }, at)} />
      </label>
      <Refused at={at} />
    </div>
  );
}

export function Choice({ value, options, label, at, onPick }: { value: string; options: readonly (readonly [string, string])[]; label: string; at: string; onPick: (v: string) => void }) {
  return (
    <div class="edit-field">
      <label>
        <span class="edit-label">{label}</span>
        <select data-path={at} value={value} onChange={(e) => onPick(e.currentTarget.value)}>
          {options.map(([v, text]) => <option key={v} value={v}>{text}</option>)}
        </select>
      </label>
      <Refused at={at} />
    </div>
  );
}

export { Refused };
