import { decodeDrill } from '../../view/edit/share-code';
import type { ViewerApp } from '../app';
import { loaded, loadEntry } from '../state/drill-library';
import { openCommand } from '../state/open';
import { MyDrills } from './my-drills';

// What an address may carry for the editor: ?share=CODE (a whole drill, compressed) and
// ?mine=KEY (a drill of My drills, open in the editor: a reload lands back in it). Both are read
// as untrusted: a shared drill is validated as a file is and refused with a notice when it does
// not load or is too large; nothing is saved from a link until the coach asks.

/** The address without the editor's keys, for the viewer's own reading; and those keys. */
export function splitAddress(search: string): { rest: string; share: string | null; mine: string | null } {
  let q: URLSearchParams;
  try { q = new URLSearchParams(search); } catch { return { rest: search, share: null, mine: null }; }
  const share = q.get('share'), mine = q.get('mine');
  q.delete('share');
  q.delete('mine');
  const rest = q.toString();
  return { rest: rest ? `?${rest}` : '', share, mine };
}

export async function openFromAddress(app: ViewerApp, share: string | null, mine: string | null): Promise<void> {
  if (share !== null) {
    const d = decodeDrill(share);
    if ('refused' in d) { app.notices.show(`${d.refused}; the drill on screen stays and nothing was saved.`, 'error'); return; }
    const e = loadEntry('the shared link', d.text);
    if (!loaded(e)) { app.notices.show(`The drill in this link was refused, so the drill on screen stays and nothing was saved:\n${e.error ?? ''}`, 'error'); return; }
    e.file = 'shared link';
    app.library.entries.value = [...app.library.list, e];
    app.dispatch(openCommand(e, app.library.list.length - 1));
    return;
  }
  if (mine !== null) {
    if (!MyDrills.validKey(mine)) { app.notices.show('The link names a drill of My drills that cannot exist; showing the default drill.'); return; }
    await app.editor.openMine(mine);
  }
}
