import type { Compilable, CompiledQuery, DialectAdapter, KyselyPlugin } from 'kysely';
import { withoutRowMapping } from './camel-case-rows.js';
import type { Executor } from './database.js';
import { preferNamedStatement } from './named-statements.js';

export interface PreparedQueryOptions {
  /**
   * `false` skips the plugins' result mapping (the camel-case plugin converts every key of every row): only for a
   * selection already aliased to camelCase names in SQL (`camelCaseColumns`).
   */
  mapRows?: boolean;
  /** Array lengths compiled and kept per database (8); other lengths are compiled per call. */
  maxShapes?: number;
}

type Args = Record<string, unknown>;

const placeholderOf = Symbol('placeholder');

interface Placeholder {
  readonly [placeholderOf]: { name: string; index: number | null };
}

type Slot = { name: string; index: number | null } | { constant: unknown };

interface Prepared {
  /** The compiled SQL depends on the dialect (the adapter identifies the database handle) and on the plugins. */
  plugins: readonly KyselyPlugin[];
  compiled: CompiledQuery;
  slots: Slot[];
}

function isPlaceholder(value: unknown): value is Placeholder {
  return typeof value === 'object' && value !== null && placeholderOf in value;
}

/** `""` for scalar arguments only; else the lengths of the array arguments, which change the SQL. */
function shapeOf(args: Args): string {
  let shape = '';
  for (const name in args) {
    const value = args[name];
    if (Array.isArray(value)) shape += `${name}:${value.length};`;
  }
  return shape;
}

function samePlugins(a: readonly KyselyPlugin[], b: readonly KyselyPlugin[]): boolean {
  return a.length === b.length && a.every((plugin, i) => plugin === b[i]);
}

/**
 * A query of a hot read path, built and compiled once per database and then run with new values. Building a Kysely
 * query, passing it through the camel-case plugin and compiling it costs several times what SQLite takes to answer
 * a lookup by key (bench/README.md, api-read), and gives the same SQL every time.
 *
 * `build` receives the executor and a placeholder for each argument, and is written as any query is (`tenant()`,
 * repo helpers), with the placeholders where the values go. A placeholder only stands for its value as a parameter
 * of the query: one that is transformed, formatted or compared in code instead never reaches the parameters, and
 * the first compile throws. `build` must not branch on its arguments (a placeholder is an object, always truthy).
 * An array argument stands for a list of its length (`in (…)`), so the query is compiled once per length.
 * Runs on the database or on a transaction, like any query.
 */
export function preparedQuery<A extends Args, O>(
  build: (db: Executor, params: A) => Compilable<O>,
  options: PreparedQueryOptions = {},
): (db: Executor, args: A) => Promise<O[]> {
  const mapRows = options.mapRows ?? true;
  const maxShapes = options.maxShapes ?? 8;
  const byAdapter = new WeakMap<DialectAdapter, Map<string, Prepared>>();

  function prepare(db: Executor, args: A): Prepared {
    const params: Args = {};
    for (const name in args) {
      const value = args[name];
      params[name] = Array.isArray(value)
        ? value.map((_, index) => ({ [placeholderOf]: { name, index } }))
        : { [placeholderOf]: { name, index: null } };
    }
    const compiled = build(db, params as A).compile() as CompiledQuery;
    const slots: Slot[] = compiled.parameters.map((p) => (isPlaceholder(p) ? p[placeholderOf] : { constant: p }));
    const used = new Set(slots.map((s) => ('name' in s ? `${s.name}[${s.index}]` : '')));
    for (const name in params) {
      const value = params[name];
      for (const p of (Array.isArray(value) ? value : [value]) as Placeholder[]) {
        const { index } = p[placeholderOf];
        if (!used.has(`${name}[${index}]`)) {
          throw new Error(`preparedQuery: argument "${name}" must be used as a query parameter only (${compiled.sql})`);
        }
      }
    }
    preferNamedStatement(compiled.sql);
    return { plugins: db.getExecutor().plugins, compiled, slots };
  }

  return async function runPrepared(db: Executor, args: A): Promise<O[]> {
    const executor = db.getExecutor();
    let shapes = byAdapter.get(executor.adapter);
    if (!shapes) {
      shapes = new Map();
      byAdapter.set(executor.adapter, shapes);
    }
    const shape = shapeOf(args);
    let prepared = shapes.get(shape);
    if (!prepared || !samePlugins(prepared.plugins, executor.plugins)) {
      prepared = prepare(db, args);
      if (shapes.size < maxShapes || shapes.has(shape)) shapes.set(shape, prepared);
    }
    const parameters = prepared.slots.map((slot) => {
      if ('constant' in slot) return slot.constant;
      const value = args[slot.name];
      return slot.index === null ? value : (value as unknown[])[slot.index];
    });
    const query: CompiledQuery<O> = { ...prepared.compiled, parameters } as CompiledQuery<O>;
    const result = await (mapRows ? db : withoutRowMapping(db)).executeQuery(query);
    return result.rows;
  };
}
