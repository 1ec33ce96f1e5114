export { extract, extractWithTimings } from './extract.js';
export { extractMany, createExtractor, type BatchInput, type BatchRecord, type BatchResult, type ExtractManyOptions, type Extractor, type MemoryOptions } from './batch.js';
export { articleJsonSchema } from './json-schema.js';
export { toMarkdown, toText } from './render/markdown.js';
export { NewsdistillError, type NewsdistillErrorCode } from './errors.js';
export * from './schema.js';
