import { readFileSync } from 'node:fs';
import * as v from 'valibot';

/** Reads a JSON data file and checks it against its schema; a malformed entry fails loudly with its path. */
export function readCheckedJson<TSchema extends v.GenericSchema>(
  url: URL,
  schema: TSchema,
): v.InferOutput<TSchema> {
  const json: unknown = JSON.parse(readFileSync(url, 'utf8'));
  const result = v.safeParse(schema, json);
  if (!result.success) {
    const issue = result.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    throw new Error(`${url.pathname}: ${path}: ${issue.message}`);
  }
  return result.output;
}
