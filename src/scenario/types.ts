// The scenario file as written is typed from the schema: see scenario-file.generated.ts (made by
// tools/gen-types.mjs from assets/scenario.schema.json; never written by hand).
export type {
  ActionIn, AgentIn, BehaviourIn, CueIn, Num, OffsetIn, OptionIn, ParamDef, PointIn, ProfileIn, RangeIn, ScenarioFile, TargetIn, TriggerIn, VariationIn, ZoneIn,
} from './scenario-file.generated';

/** A problem with a scenario: where (a JSON path) and what was expected. */
export interface Problem {
  path: string;
  message: string;
}

export class ScenarioError extends Error {
  constructor(readonly file: string, readonly problems: Problem[]) {
    super(problems.map((p) => `${file}: ${p.path}: ${p.message}`).join('\n'));
    this.name = 'ScenarioError';
  }
}
