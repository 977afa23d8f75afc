import { Lazy } from '../lazy.js';

/** Profile validation (the compiled JSON Schema), imported the first time a profile needs checking. */
export const profileValidation = new Lazy(() => import('./profile-validation.js'));

let requested: Promise<unknown> | null = null;

/** Starts importing the validator (a model with an embedded profile was parsed); failures surface where it is used. */
export function requestValidation(): void {
  requested ??= profileValidation.load().catch(() => undefined);
}

/** Resolves once a requested import has settled. */
export function validationSettled(): Promise<unknown> {
  return requested ?? Promise.resolve();
}
