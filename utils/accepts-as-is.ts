import type { z } from 'zod';
import { util } from 'zod/v4/core';

// A quick yes for the common case of reading back what we wrote: whether a schema accepts a value
// exactly as it is, so that parsing it would only return an equal copy. Zod without its compiled
// parsers (an extension's CSP forbids them) spends most of an export building those copies. The
// test is built from the schema's own definition and only ever says yes where zod would too: any
// part it doesn't know (a transform, a union, a default, an unknown check) makes it say no, and a
// no always means "ask zod", which then parses or names the problem as before

type Test = (value: unknown) => boolean;
// zod's definitions, as far as this file reads them
type Def = {
  type: string;
  /** set on a schema that is also its own check (z.email(), z.int()): not read here */
  check?: string;
  coerce?: boolean;
  checks?: ReadonlyArray<{ _zod: { def: CheckDef } }>;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  element?: Schema;
  innerType?: Schema;
  entries?: Record<string, unknown>;
};
type CheckDef = {
  check: string;
  minimum?: number;
  maximum?: number;
  value?: unknown;
  inclusive?: boolean;
  format?: string;
  pattern?: RegExp;
  fn?: (value: unknown) => unknown;
  tx?: (value: unknown) => unknown;
};
type Schema = { _zod: { def: Def } };

const never: Test = () => false;
const built = new WeakMap<object, Test>();

/** true only when `schema.safeParse(value)` would succeed and give back a value equal to `value` */
export function acceptsAsIs(schema: z.ZodType, value: unknown): boolean {
  return testFor(schema as unknown as Schema)(value);
}

/** the schema's test, built once per schema */
function testFor(schema: Schema): Test {
  const known = built.get(schema);
  if (known) return known;
  // a schema reached again while its own test is built (none of ours): no quick answer
  built.set(schema, never);
  const test = build(schema._zod.def) ?? never;
  built.set(schema, test);
  return test;
}

function build(def: Def): Test | null {
  const base = typeTest(def);
  const checks = (def.checks ?? []).map((check) => checkTest(check._zod.def));
  if (!base || checks.some((check) => check === null)) return null;
  const all = checks as Test[];
  if (all.length === 0) return base;
  return (value) => {
    if (!base(value)) return false;
    for (const check of all) if (!check(value)) return false;
    return true;
  };
}

function typeTest(def: Def): Test | null {
  if (def.check !== undefined || def.coerce) return null;
  switch (def.type) {
    case 'string':
      return (value) => typeof value === 'string';
    case 'number':
      return (value) => typeof value === 'number' && Number.isFinite(value);
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'unknown':
      return () => true;
    case 'enum': {
      // a TypeScript numeric enum's reverse keys are not its values: only string enums here
      const values = Object.values(def.entries ?? {});
      if (!values.every((entry) => typeof entry === 'string')) return null;
      const allowed = new Set<unknown>(values);
      return (value) => allowed.has(value);
    }
    case 'nullable': {
      const inner = def.innerType && testFor(def.innerType);
      return inner ? (value) => value === null || inner(value) : null;
    }
    case 'array': {
      const element = def.element && testFor(def.element);
      if (!element) return null;
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let at = 0; at < value.length; at++) if (!element(value[at])) return false;
        return true;
      };
    }
    case 'object':
      return objectTest(def);
    default:
      return null;
  }
}

/**
 * a plain object with no key beyond the shape: a strict object refuses one, a stripping one would
 * drop it; either way not "as is"
 */
function objectTest(def: Def): Test | null {
  if (!def.shape || (def.catchall && def.catchall._zod.def.type !== 'never')) return null;
  const keys = Object.keys(def.shape);
  const optional: boolean[] = [];
  const tests: Test[] = [];
  for (const key of keys) {
    const field = def.shape[key] as Schema;
    const isOptional = field._zod.def.type === 'optional';
    const inner = isOptional ? field._zod.def.innerType : field;
    if (!inner) return null;
    optional.push(isOptional);
    tests.push(testFor(inner));
  }
  return (value) => {
    if (typeof value !== 'object' || value === null) return false;
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    const record = value as Record<string, unknown>;
    let present = 0;
    for (let at = 0; at < keys.length; at++) {
      const key = keys[at] as string;
      const field = record[key];
      if (field === undefined) {
        // absent or present as undefined, zod keeps it as it is, for an optional key only
        if (!optional[at]) return false;
        if (Object.hasOwn(record, key)) present++;
        continue;
      }
      if (!Object.hasOwn(record, key) || !(tests[at] as Test)(field)) return false;
      present++;
    }
    // every own key was one of the shape's (the prototype, checked above, has no enumerable key)
    let own = 0;
    for (const _key in record) own++;
    return own === present;
  };
}

const lengthOf = (value: unknown): number | null =>
  typeof value === 'string' || Array.isArray(value) ? value.length : null;

function checkTest(check: CheckDef): Test | null {
  switch (check.check) {
    case 'min_length': {
      const minimum = check.minimum ?? 0;
      return (value) => {
        const length = lengthOf(value);
        if (length === null || length < minimum) return false;
        // two units may be one code point: below twice the minimum, zod counts code points
        return (
          typeof value !== 'string' ||
          length >= minimum * 2 ||
          util.codePointLength(value) >= minimum
        );
      };
    }
    case 'max_length': {
      // a string within the maximum in units is within it in code points too
      const maximum = check.maximum ?? Number.POSITIVE_INFINITY;
      return (value) => {
        const length = lengthOf(value);
        return length !== null && length <= maximum;
      };
    }
    case 'greater_than':
    case 'less_than': {
      const bound = check.value;
      if (typeof bound !== 'number') return null;
      const within: (value: number) => boolean =
        check.check === 'greater_than'
          ? check.inclusive
            ? (value) => value >= bound
            : (value) => value > bound
          : check.inclusive
            ? (value) => value <= bound
            : (value) => value < bound;
      return (value) => typeof value === 'number' && within(value);
    }
    case 'number_format':
      return check.format === 'safeint' ? (value) => Number.isSafeInteger(value) : null;
    case 'string_format': {
      const pattern = check.format === 'regex' ? check.pattern : undefined;
      if (!pattern) return null;
      return (value) => {
        if (typeof value !== 'string') return false;
        pattern.lastIndex = 0;
        return pattern.test(value);
      };
    }
    case 'custom': {
      // a refinement (a superRefine has no fn): only a plain true is a yes, a promise is zod's to await
      const fn = check.fn;
      return fn ? (value) => fn(value) === true : null;
    }
    case 'overwrite': {
      // a trim and the like: as is only when it changes nothing
      const tx = check.tx;
      return tx ? (value) => Object.is(tx(value), value) : null;
    }
    default:
      return null;
  }
}
