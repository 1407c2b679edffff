// Types for the generated validator (tools/gen-validator.mjs): an Ajv validate function.
import type { ErrorObject } from 'ajv';

export interface CompiledValidator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export const validate: CompiledValidator;
export default validate;
