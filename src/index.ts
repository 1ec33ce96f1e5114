export { extract, extractWithTimings } from './extract.js';
export { NewsdistillError, type NewsdistillErrorCode } from './errors.js';
export * from './schema.js';
