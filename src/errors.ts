/**
 * Codes a caller can branch on. Odd text never throws; only misuse does (a wrong type, input over
 * the limit, a bad option), and an environment the library cannot run in (a dependency that cannot
 * load: not odd input, so never hidden behind a normal-looking Article).
 */
export type NewsdistillErrorCode = 'INPUT_TYPE' | 'INPUT_TOO_LARGE' | 'OPTIONS_INVALID' | 'DEPENDENCY_MISSING';

export class NewsdistillError extends Error {
  readonly code: NewsdistillErrorCode;

  constructor(code: NewsdistillErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NewsdistillError';
    this.code = code;
  }
}

/** DEPENDENCY_MISSING naming the module, with the loader's own reason. */
export function dependencyMissing(name: string, cause: unknown): NewsdistillError {
  const reason = (cause as Error)?.message?.split('\n')[0] ?? String(cause);
  return new NewsdistillError('DEPENDENCY_MISSING', `the dependency '${name}' could not be loaded (${reason})`, { cause });
}
