import type * as v from 'valibot';

/** Whether a value passes a schema: `v.is(schema, value)`, answered without copying the value. */
export type ShapeCheck = (value: unknown) => boolean;

/**
 * What this file reads of a valibot schema or action: the public fields each kind carries
 * (valibot's own `~run` reads the same ones).
 */
interface SchemaNode {
  kind: string;
  type: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  items?: readonly SchemaNode[];
  wrapped?: SchemaNode;
  options?: readonly unknown[];
  literal?: unknown;
  pipe?: readonly SchemaNode[];
  requirement?: unknown;
  default?: unknown;
  fallback?: unknown;
}

const hasOwn = (object: object, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function unsupported(node: SchemaNode): never {
  throw new Error(`compileShapeCheck: a ${node.kind} of type "${node.type}" is not supported`);
}

function requirementOf<T>(node: SchemaNode, guard: (value: unknown) => value is T): T {
  if (!guard(node.requirement)) unsupported(node);
  return node.requirement;
}

// As valibot's url(), without URL.canParse, which browsers before 2023 (Safari 16) lack.
function isUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}

const isNumber = (value: unknown): value is number => typeof value === 'number';
const isRegExp = (value: unknown): value is RegExp =>
  value instanceof RegExp && !value.global && !value.sticky;

/** A pipe's validation action, on a value its schema has already accepted. */
function compileAction(node: SchemaNode): ShapeCheck {
  switch (node.type) {
    case 'min_length': {
      const min = requirementOf(node, isNumber);
      return (value) => (value as { length: number }).length >= min;
    }
    case 'max_length': {
      const max = requirementOf(node, isNumber);
      return (value) => (value as { length: number }).length <= max;
    }
    case 'min_value': {
      const min = requirementOf(node, isNumber);
      return (value) => (value as number) >= min;
    }
    case 'max_value': {
      const max = requirementOf(node, isNumber);
      return (value) => (value as number) <= max;
    }
    case 'integer':
      return (value) => Number.isInteger(value);
    case 'finite':
      return (value) => Number.isFinite(value);
    case 'regex': {
      const pattern = requirementOf(node, isRegExp);
      return (value) => pattern.test(value as string);
    }
    case 'url':
      return (value) => isUrl(value as string);
    default:
      return unsupported(node);
  }
}

function compileObject(node: SchemaNode, strict: boolean): ShapeCheck {
  const entries = node.entries ?? unsupported(node);
  const fields = Object.entries(entries).map(([key, schema]) => {
    if (schema.default !== undefined || schema.fallback !== undefined) unsupported(schema);
    return { key, optional: schema.type === 'optional', check: compileNode(schema) };
  });
  return (value) => {
    if (!value || typeof value !== 'object') return false;
    for (const { key, optional, check } of fields) {
      const field = (value as Record<string, unknown>)[key];
      // A field absent passes only if optional; one present, even as undefined, is checked.
      if (field === undefined && !(key in value)) {
        if (!optional) return false;
      } else if (!check(field)) return false;
    }
    if (strict) {
      // Every enumerable key, inherited ones too, as valibot's strictObject walks them.
      for (const key in value) if (!hasOwn(entries, key)) return false;
    }
    return true;
  };
}

function compileSchema(node: SchemaNode): ShapeCheck {
  if (node.fallback !== undefined) unsupported(node);
  switch (node.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && !Number.isNaN(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
      return () => true;
    case 'literal': {
      const literal = node.literal;
      // valibot compares by SameValueZero, which only differs from === on NaN.
      return (value) => value === literal || (Number.isNaN(literal) && Number.isNaN(value));
    }
    case 'picklist': {
      const options = node.options ?? unsupported(node);
      return (value) => options.includes(value);
    }
    case 'optional': {
      if (node.default !== undefined) unsupported(node);
      const wrapped = compileNode(node.wrapped ?? unsupported(node));
      return (value) => value === undefined || wrapped(value);
    }
    case 'array': {
      const item = compileNode(node.item ?? unsupported(node));
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (const element of value) if (!item(element)) return false;
        return true;
      };
    }
    case 'tuple': {
      const items = (node.items ?? unsupported(node)).map(compileNode);
      return (value) => {
        if (!Array.isArray(value)) return false;
        // Further elements are allowed and left unchecked, as by valibot's tuple.
        for (let index = 0; index < items.length; index++)
          if (!items[index]?.(value[index])) return false;
        return true;
      };
    }
    case 'strict_object':
      return compileObject(node, true);
    case 'loose_object':
      return compileObject(node, false);
    default:
      return unsupported(node);
  }
}

function compileNode(node: SchemaNode): ShapeCheck {
  if (node.kind !== 'schema') unsupported(node);
  if (node.pipe === undefined) return compileSchema(node);
  const [schema, ...actions] = node.pipe;
  if (schema === undefined) return unsupported(node);
  const base = compileSchema(schema);
  const checks = actions.map(compileAction);
  return (value) => {
    if (!base(value)) return false;
    for (const check of checks) if (!check(value)) return false;
    return true;
  };
}

/**
 * `v.is(schema, ·)` as a function built once from the schema: the same answer, without the
 * typed copy of the value valibot builds on the way (what made its check of 100,000 places a
 * third of a second). Only the kinds of schema and action the dataset schema uses are known;
 * any other throws here, when the check is built, never later when it answers.
 */
export function compileShapeCheck(schema: v.GenericSchema): ShapeCheck {
  return compileNode(schema as unknown as SchemaNode);
}
