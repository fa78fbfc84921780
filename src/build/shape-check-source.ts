import type * as v from 'valibot';

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

function unsupported(node: SchemaNode): never {
  throw new Error(`shapeCheckSource: a ${node.kind} of type "${node.type}" is not supported`);
}

const isNumber = (value: unknown): value is number =>
  typeof value === 'number' && !Number.isNaN(value);
const isRegExp = (value: unknown): value is RegExp =>
  value instanceof RegExp && !value.global && !value.sticky;
// A literal or an option written into the code as it is compared: `===` is valibot's
// SameValueZero for everything but NaN, which is refused.
const isWritable = (value: unknown): value is string | number | boolean | null =>
  typeof value === 'string' || isNumber(value) || typeof value === 'boolean' || value === null;

function requirementOf<T>(node: SchemaNode, guard: (value: unknown) => value is T): T {
  if (!guard(node.requirement)) unsupported(node);
  return node.requirement;
}

const literal = (value: unknown, node: SchemaNode) =>
  isWritable(value) ? JSON.stringify(value) : unsupported(node);

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

// As valibot's url(), without URL.canParse, which browsers before 2023 (Safari 16) lack.
const IS_URL = `function isUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}`;

/** The source being written: its constants and functions, each written once. */
class ShapeCheckWriter {
  private readonly written = new Map<SchemaNode, string>();
  private readonly patterns = new Map<string, string>();
  /** The function written for each check of a single value, by its code. */
  private readonly valueChecks = new Map<string, string>();
  readonly constants: string[] = [];
  readonly functions: string[] = [];
  usesUrl = false;

  /** A boolean expression: whether `subject`, a local of type unknown, passes `node`. */
  check(node: SchemaNode, subject: string): string {
    if (node.kind !== 'schema') unsupported(node);
    const [schema = node, ...actions] = node.pipe ?? [node];
    if (schema.fallback !== undefined || schema.default !== undefined) unsupported(schema);
    switch (schema.type) {
      case 'array':
      case 'tuple':
      case 'strict_object':
      case 'loose_object':
        return `${this.functionFor(node, schema, actions)}(${subject})`;
      default:
        return this.valueCheck(
          [this.scalar(schema, 'value'), ...actions.map((a) => this.action(a, 'value'))].join(
            ' && ',
          ),
          subject,
        );
    }
  }

  /**
   * A check of a single value (a string, a number, a choice), as a call to a function written
   * once for all the fields checked alike: the source stays small, and V8 inlines the calls.
   */
  private valueCheck(code: string, subject: string): string {
    if (code === 'true') return code;
    let name = this.valueChecks.get(code);
    if (name === undefined) {
      name = `isValue${this.valueChecks.size}`;
      this.valueChecks.set(code, name);
      this.functions.push(`function ${name}(value: unknown): boolean {\nreturn ${code};\n}`);
    }
    return `${name}(${subject})`;
  }

  private scalar(node: SchemaNode, subject: string): string {
    switch (node.type) {
      case 'string':
        return `typeof ${subject} === 'string'`;
      case 'number':
        return `typeof ${subject} === 'number' && !Number.isNaN(${subject})`;
      case 'boolean':
        return `typeof ${subject} === 'boolean'`;
      case 'unknown':
        return 'true';
      case 'literal':
        return `${subject} === ${literal(node.literal, node)}`;
      case 'picklist': {
        const options = node.options ?? unsupported(node);
        return `(${options.map((option) => `${subject} === ${literal(option, node)}`).join(' || ')})`;
      }
      case 'optional': {
        if (node.default !== undefined) unsupported(node);
        const wrapped = node.wrapped ?? unsupported(node);
        return `(${subject} === undefined || ${this.check(wrapped, subject)})`;
      }
      default:
        return unsupported(node);
    }
  }

  /** A pipe's validation action, on a value its schema has already accepted (and narrowed). */
  private action(node: SchemaNode, subject: string): string {
    switch (node.type) {
      case 'min_length':
        return `${subject}.length >= ${requirementOf(node, isNumber)}`;
      case 'max_length':
        return `${subject}.length <= ${requirementOf(node, isNumber)}`;
      case 'min_value':
        return `${subject} >= ${requirementOf(node, isNumber)}`;
      case 'max_value':
        return `${subject} <= ${requirementOf(node, isNumber)}`;
      case 'integer':
        return `Number.isInteger(${subject})`;
      case 'finite':
        return `Number.isFinite(${subject})`;
      case 'regex': {
        const pattern = String(requirementOf(node, isRegExp));
        let name = this.patterns.get(pattern);
        if (name === undefined) {
          name = `PATTERN_${this.patterns.size}`;
          this.patterns.set(pattern, name);
          this.constants.push(`const ${name} = ${pattern};`);
        }
        return `${name}.test(${subject})`;
      }
      case 'url':
        this.usesUrl = true;
        return `isUrl(${subject})`;
      default:
        return unsupported(node);
    }
  }

  /** The name of a function checking a list, a tuple or an object, written once per schema. */
  private functionFor(node: SchemaNode, schema: SchemaNode, actions: SchemaNode[]): string {
    const known = this.written.get(node);
    if (known !== undefined) return known;
    const name = `check${this.written.size}`;
    this.written.set(node, name);
    const lengthChecks = actions.map((action) => this.action(action, 'value'));
    const body =
      schema.type === 'array'
        ? this.arrayBody(schema, lengthChecks)
        : schema.type === 'tuple'
          ? this.tupleBody(schema, lengthChecks)
          : this.objectBody(schema, schema.type === 'strict_object', lengthChecks);
    this.functions.push(`function ${name}(value: unknown): boolean {\n${body}\n}`);
    return name;
  }

  private arrayBody(schema: SchemaNode, lengthChecks: string[]): string {
    const item = this.check(schema.item ?? unsupported(schema), 'item');
    const isList = `!Array.isArray(value)${lengthChecks.map((check) => ` || !(${check})`).join('')}`;
    // A list of anything is checked as a list only.
    if (item === 'true') return `return !(${isList});`;
    return [
      `if (${isList}) return false;`,
      'for (let index = 0; index < value.length; index++) {',
      'const item: unknown = value[index];',
      `if (!(${item})) return false;`,
      '}',
      'return true;',
    ].join('\n');
  }

  private tupleBody(schema: SchemaNode, lengthChecks: string[]): string {
    const items = schema.items ?? unsupported(schema);
    // Further elements are allowed and left unchecked, as by valibot's tuple.
    return [
      `if (!Array.isArray(value)${lengthChecks.map((check) => ` || !(${check})`).join('')}) return false;`,
      ...items.map((_, index) => `const item${index}: unknown = value[${index}];`),
      `return ${items.map((item, index) => this.check(item, `item${index}`)).join(' && ') || 'true'};`,
    ].join('\n');
  }

  private objectBody(schema: SchemaNode, strict: boolean, lengthChecks: string[]): string {
    if (lengthChecks.length > 0) unsupported(schema);
    const entries = Object.entries(schema.entries ?? unsupported(schema));
    const fields = entries.map(([key, field]) => {
      if (field.default !== undefined || field.fallback !== undefined) unsupported(field);
      const read = IDENTIFIER.test(key) ? `record.${key}` : `record[${JSON.stringify(key)}]`;
      const check = this.check(field, read);
      // Valibot checks a field that is present, even as undefined, and passes an absent one
      // only if it is optional. Every check but `unknown` refuses undefined, and an optional
      // field's accepts it, so the check alone says the same; only a required field of any
      // value must be looked for.
      return check === 'true'
        ? `(${read} !== undefined || ${JSON.stringify(key)} in record)`
        : check;
    });
    const lines = [
      "if (!value || typeof value !== 'object') return false;",
      'const record = value as Record<string, unknown>;',
    ];
    if (strict) {
      // Every enumerable key, inherited ones too, as valibot's strictObject walks them.
      const known = entries.map(([key]) => `key !== ${JSON.stringify(key)}`).join(' && ');
      lines.push(`for (const key in record) if (${known || 'true'}) return false;`);
    }
    lines.push(`return ${fields.join(' && ') || 'true'};`);
    return lines.join('\n');
  }
}

/**
 * TypeScript source that defines, for each of `checks`, an exported function answering
 * `v.is(schema, value)`: the same answer, written out as code, one function per list and
 * object, each reading its fields by name. Only the kinds of schema and action the dataset
 * schema uses are known; any other throws here, when the source is written.
 */
export function shapeCheckSource(checks: Record<string, v.GenericSchema>): string {
  const writer = new ShapeCheckWriter();
  const exported = Object.entries(checks).map(
    ([name, schema]) =>
      `export function ${name}(value: unknown): boolean {\nreturn ${writer.check(schema as unknown as SchemaNode, 'value')};\n}`,
  );
  return [
    ...writer.constants,
    ...(writer.usesUrl ? [IS_URL] : []),
    ...writer.functions,
    ...exported,
  ].join('\n\n');
}
