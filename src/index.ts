// The main entry: runtime-neutral (no Node-only import), so it bundles for browsers and edge
// runtimes. Worker threads are in 'newsdistill/batch'.
export { extract, extractWithTimings } from './extract.js';
export { warmUp } from './warm-up.js';
export { extractMany, createExtractor, type BatchErrorCode, type BatchInput, type BatchRecord, type BatchResult, type ExtractManyOptions, type Extractor, type MemoryOptions } from './batch.js';
export { articleJsonSchema } from './json-schema.js';
export { toMarkdown, toText } from './render/markdown.js';
export { NewsdistillError, type NewsdistillErrorCode } from './errors.js';
export * from './schema.js';
