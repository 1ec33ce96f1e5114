/** The JSON Schema of Article (zod 4), for pipelines in other languages to validate the output. */
import { z } from 'zod';
import { ArticleSchema } from './schema.js';

export function articleJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ArticleSchema, { target: 'draft-2020-12' }) as Record<string, unknown>;
}
