/** Codes a caller can branch on. Odd text never throws; only misuse does. */
export type NewsdistillErrorCode = 'INPUT_TYPE' | 'INPUT_TOO_LARGE' | 'OPTIONS_INVALID';

export class NewsdistillError extends Error {
  readonly code: NewsdistillErrorCode;

  constructor(code: NewsdistillErrorCode, message: string) {
    super(message);
    this.name = 'NewsdistillError';
    this.code = code;
  }
}
