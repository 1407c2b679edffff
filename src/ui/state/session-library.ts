import type { ScenarioFile } from '../../scenario/types';
import { parseSessionPlan, SessionPlanError, type SessionPlan } from '../../view/session-plan';
import { loaded, type LibraryEntry } from './drill-library';

// The session plans bundled from sessions/*.json, checked against the drill library. A plan that
// does not load is left out with its error, which the viewer shows as text.

const FILES = import.meta.glob('../../../sessions/*.json', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

export interface SessionLibrary {
  plans: SessionPlan[];
  errors: string[];
}

export function drillMap(library: readonly LibraryEntry[]): Map<string, ScenarioFile> {
  return new Map(library.filter(loaded).map((e) => [e.id, e.scenario]));
}

export function loadSessions(library: readonly LibraryEntry[], files: Record<string, string> = FILES): SessionLibrary {
  const drills = drillMap(library);
  const plans: SessionPlan[] = [], errors: string[] = [];
  for (const [path, text] of Object.entries(files).sort(([a], [b]) => a.localeCompare(b))) {
    const file = `sessions/${path.replace(/^.*\//, '')}`;
    try {
      plans.push(parseSessionPlan(text, file, drills));
    } catch (e) {
      errors.push(e instanceof SessionPlanError ? e.message : `${file}: ${(e as Error).message}`);
    }
  }
  return { plans, errors };
}
