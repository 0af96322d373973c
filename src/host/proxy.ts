// The Office.js proxy/queue model: proxies queue property writes, method calls and loads; `sync()`
// runs them in order against the model, measures the payloads, fills loaded values, then fires events.
import { HostError, OfficeExtensionError, messageFor } from './errors';
import type { WorkbookModel } from './model';

export interface HostStats {
  syncs: number;
  /** Round trips that carried at least one command (an empty sync sends nothing). */
  requests: number;
  commands: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  cellsRead: number;
  cellsWritten: number;
}

export function emptyStats(): HostStats {
  return { syncs: 0, requests: 0, commands: 0, maxRequestBytes: 0, maxResponseBytes: 0, totalRequestBytes: 0, totalResponseBytes: 0, cellsRead: 0, cellsWritten: 0 };
}

// eslint-disable-next-line no-control-regex
const SPECIAL = /[\u0000-\u001f"\\\u0080-\uffff]/;

/** UTF-8 byte length of JSON.stringify(value), computed without building the string. */
export function jsonSize(value: unknown): number {
  if (value === null || value === undefined) return 4;
  switch (typeof value) {
    case 'number': {
      if (Number.isInteger(value) && value > -1e15 && value < 1e15) {
        let n = value < 0 ? 2 : 1;
        let a = value < 0 ? -value : value;
        while (a >= 10) {
          a /= 10;
          n++;
        }
        return n;
      }
      return Number.isFinite(value) ? String(value).length : 4;
    }
    case 'boolean':
      return value ? 4 : 5;
    case 'string': {
      if (!SPECIAL.test(value)) return value.length + 2;
      let n = value.length + 2;
      for (let i = 0; i < value.length; i++) {
        const ch = value.charCodeAt(i);
        if (ch < 0x20 || ch === 0x22 || ch === 0x5c) n += ch < 0x20 && ch !== 10 && ch !== 13 && ch !== 9 && ch !== 8 && ch !== 12 ? 5 : 1;
        else if (ch < 0x80) continue;
        else if (ch < 0x800) n += 1;
        else if (ch >= 0xd800 && ch <= 0xdbff && i + 1 < value.length && (value.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
          n += 2; // a surrogate pair: 2 UTF-16 units, 4 UTF-8 bytes
          i++;
        } else if (ch >= 0xd800 && ch <= 0xdfff) n += 5; // a lone surrogate is escaped as \udxxx
        else n += 2;
      }
      return n;
    }
    case 'object': {
      if (Array.isArray(value)) {
        const len = value.length;
        let n = 2 + Math.max(0, len - 1);
        for (let i = 0; i < len; i++) n += jsonSize(value[i]);
        return n;
      }
      if (value instanceof ClientObject) return 16;
      let n = 2;
      let first = true;
      for (const [k, v] of Object.entries(value)) {
        if (v === undefined) continue;
        n += (first ? 0 : 1) + jsonSize(k) + 1 + jsonSize(v);
        first = false;
      }
      return n;
    }
    default:
      return 4;
  }
}

/** Internal signal: the action touched a null object; Excel ignores it ([ASSUMPTION]). */
class NullObjectSkip extends Error {}

/**
 * Fault injection for tests (`wb.faults = { failAtSync: 3, mode: 'refuse' }`): the `failAtSync`-th
 * request (1-based, counting syncs that carry commands, from when `faults` was set) fails.
 * - `refuse`: Excel rejects the request; nothing of it is applied (as a payload-size refusal is).
 * - `lostAnswer`: **[ASSUMPTION]** the request is applied in full (and its events fire) but its
 *   answer never reaches the add-in, which sees `ConnectionFailure`: what we assume Excel on the web
 *   does when the connection drops after the request left. No documentation confirms it; modelled
 *   so the write path is safe against it.
 */
export interface HostFaults {
  failAtSync: number;
  mode: 'refuse' | 'lostAnswer';
  /** requests seen since the faults were set (the host counts) */
  seen?: number;
  /** set by the host once the fault has fired */
  fired?: boolean;
}

export interface HostLike {
  model: WorkbookModel;
  stats: HostStats;
  faults?: HostFaults | null;
  eventsEnabled: boolean;
  dispatch(context: SimContext): void;
  registerHandler(key: string, handler: (args: unknown) => unknown): void;
  removeHandler(key: string, handler: (args: unknown) => unknown): void;
}

interface Action {
  location: string;
  payload: unknown;
  run: (batch: BatchState) => void;
}

export interface BatchState {
  responseBytes: number;
  commits: (() => void)[];
  host: HostLike;
}

export class SimContext {
  readonly host: HostLike;
  /** Set by the object layer: the workbook proxy of this context. */
  workbook!: unknown;
  application!: unknown;
  runtime!: unknown;
  _queue: Action[] = [];
  _active = true;
  readonly trackedObjects = { add: (_o: unknown) => undefined, remove: (_o: unknown) => undefined };
  readonly requestHeaders: Record<string, string> = {};
  debugInfo = {};

  constructor(host: HostLike) {
    this.host = host;
  }

  _enqueue(location: string, payload: unknown, run: (batch: BatchState) => void): void {
    this._queue.push({ location, payload, run });
  }

  /** Queues a load; `ClientObject.load` builds it. */
  load(object: ClientObject<unknown>, spec?: unknown): void {
    object.load(spec as never);
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    const host = this.host;
    const stats = host.stats;
    const queue = this._queue;
    this._queue = [];
    stats.syncs++;
    // A sync is a round trip to Excel: its answer always arrives in a later task, so the page (and
    // the pane's Cancel button) gets the event loop between syncs, as with the real host.
    await nextTask();
    if (!this._active) throw new OfficeExtensionError('InvalidObjectPath', messageFor('InvalidObjectPath', 'RequestContext'));
    if (queue.length === 0) return passThroughValue;
    stats.requests++;
    stats.commands += queue.length;
    let requestBytes = 2;
    for (const a of queue) requestBytes += 20 + a.location.length + jsonSize(a.payload);
    stats.totalRequestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    if (requestBytes > host.model.limits.maxRequestBytes)
      throw new OfficeExtensionError('RequestPayloadSizeLimitExceeded', undefined, {
        errorLocation: '',
        message: `The request is ${requestBytes} bytes; the limit is ${host.model.limits.maxRequestBytes}.`,
      });
    const fault = host.faults;
    const injected = fault && !fault.fired && (fault.seen = (fault.seen ?? 0) + 1) === fault.failAtSync ? fault.mode : null;
    if (injected) fault!.fired = true;
    if (injected === 'refuse')
      throw new OfficeExtensionError('GeneralException', undefined, { errorLocation: '', message: 'Injected fault: request refused.' });
    const batch: BatchState = { responseBytes: 2, commits: [], host };
    let failure: OfficeExtensionError | null = null;
    for (const a of queue) {
      try {
        a.run(batch);
      } catch (e) {
        if (e instanceof NullObjectSkip) continue;
        failure = toOfficeError(e, a.location);
        break;
      }
    }
    stats.totalResponseBytes += batch.responseBytes;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, batch.responseBytes);
    if (!failure && batch.responseBytes > host.model.limits.maxResponseBytes)
      failure = new OfficeExtensionError('ResponsePayloadSizeLimitExceeded', undefined, {
        errorLocation: '',
        message: `The response is ${batch.responseBytes} bytes; the limit is ${host.model.limits.maxResponseBytes}.`,
      });
    // Commands before a failure stay applied ([ASSUMPTION] rule 1.10); their events still fire.
    host.dispatch(this);
    // The answer comes back in a task of its own too: the host's work on a batch and the add-in's
    // work on the answer (and on its next batch) never share one task of the page.
    await nextTask();
    if (failure) throw failure;
    if (injected === 'lostAnswer')
      throw new OfficeExtensionError('ConnectionFailure', 'The connection to Excel was lost.', {
        errorLocation: '',
        message: 'Injected fault: request applied, answer lost.',
      });
    for (const c of batch.commits) c();
    return passThroughValue;
  }
}

function toOfficeError(e: unknown, location: string): OfficeExtensionError {
  if (e instanceof OfficeExtensionError) return e;
  if (e instanceof HostError) {
    const generic = messageFor(e.code);
    return new OfficeExtensionError(e.code, generic, { errorLocation: e.location ?? location, message: e.detail ?? generic });
  }
  const msg = e instanceof Error ? e.message : String(e);
  return new OfficeExtensionError('GeneralException', undefined, { errorLocation: location, message: msg });
}

// ---------- load specs ----------

export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  navs: Map<string, LoadTree>;
}

function tree(): LoadTree {
  return { all: false, scalars: new Set(), navs: new Map() };
}

function addPath(t: LoadTree, path: string): void {
  const parts = path.split('/').map((p) => p.trim()).filter(Boolean);
  let cur = t;
  for (let i = 0; i < parts.length - 1; i++) {
    let next = cur.navs.get(parts[i]);
    if (!next) cur.navs.set(parts[i], (next = tree()));
    cur = next;
  }
  if (parts.length) cur.scalars.add(parts[parts.length - 1]);
}

function addObject(t: LoadTree, spec: Record<string, unknown>): void {
  if ('select' in spec || 'expand' in spec) {
    const sel = spec.select;
    for (const p of typeof sel === 'string' ? sel.split(',') : Array.isArray(sel) ? sel : []) addPath(t, String(p));
    const exp = spec.expand;
    for (const p of typeof exp === 'string' ? exp.split(',') : Array.isArray(exp) ? exp : []) {
      const name = String(p).trim();
      if (name) {
        const sub = tree();
        sub.all = true;
        t.navs.set(name, sub);
      }
    }
    if (!sel) t.all = true;
    return;
  }
  for (const [k, v] of Object.entries(spec)) {
    if (k === '$all') t.all = v === true;
    else if (k === '$top' || k === '$skip') continue;
    else if (v === true) t.scalars.add(k);
    else if (v && typeof v === 'object') {
      const sub = tree();
      addObject(sub, v as Record<string, unknown>);
      t.navs.set(k, sub);
    }
  }
}

export function parseLoad(spec: unknown): LoadTree {
  const t = tree();
  if (spec === undefined || spec === null) t.all = true;
  else if (typeof spec === 'string') for (const p of spec.split(',')) addPath(t, p);
  else if (Array.isArray(spec)) for (const p of spec) addPath(t, String(p));
  else if (typeof spec === 'object') addObject(t, spec as Record<string, unknown>);
  return t;
}

// ---------- proxies ----------

export interface PropDef<T> {
  get: (target: T, obj: ClientObject<T>, batch: BatchState) => unknown;
  set?: (target: T, value: unknown, obj: ClientObject<T>) => void;
}

export interface TypeMeta<T> {
  name: string;
  props: Record<string, PropDef<T>>;
  navs: string[];
  /** Collections: the items of the target, and the proxy for one. */
  items?: (target: T, obj: ClientObject<T>) => unknown[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  item?: (obj: ClientObject<T>, item: unknown) => ClientObject<any>;
}

export type Factory<T> = () => T | null;

export class ClientObject<T> {
  readonly context: SimContext;
  /** @internal */ _meta: TypeMeta<T>;
  private _factory: Factory<T>;
  private _cache: T | null | undefined = undefined;
  private readonly _fixed: boolean;
  /** @internal */ _nullable = false;
  /** @internal the method that created this object, for errorLocation */ _origin = '';
  /** @internal */ _loaded = new Map<string, unknown>();
  /** @internal */ _set = new Map<string, unknown>();
  /** @internal */ _isNull: boolean | undefined = undefined;
  /** @internal */ _items: ClientObject<unknown>[] | undefined = undefined;
  private _children = new Map<string, ClientObject<unknown>>();

  constructor(context: SimContext, meta: TypeMeta<T>, factory: Factory<T>, fixed: boolean) {
    this.context = context;
    this._meta = meta;
    this._factory = factory;
    this._fixed = fixed;
  }

  /** The model object, resolved while the batch runs. Fixed objects (from methods) keep the first one. */
  _target(): T {
    let t: T | null;
    if (this._fixed) {
      if (this._cache === undefined) this._cache = this._resolveFactory();
      t = this._cache;
    } else t = this._resolveFactory();
    if (t === null) {
      if (this._nullable) throw new NullObjectSkip();
      throw new HostError('ItemNotFound');
    }
    return t;
  }

  private _resolveFactory(): T | null {
    try {
      return this._factory();
    } catch (e) {
      if (e instanceof HostError && !e.location && this._origin) e.location = this._origin;
      throw e;
    }
  }

  /** Like _target but null for null objects (used by loads and the isNullObject resolution). */
  _tryTarget(): T | null {
    try {
      return this._target();
    } catch (e) {
      if (e instanceof NullObjectSkip) return null;
      throw e;
    }
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw notLoaded('isNullObject');
    return this._isNull;
  }

  /** Child navigation object (format, fill, title…), created once per proxy. */
  _child<C>(name: string, make: () => ClientObject<C>): ClientObject<C> {
    let c = this._children.get(name);
    if (!c) {
      c = make() as ClientObject<unknown>;
      c._nullable = c._nullable || this._nullable;
      this._children.set(name, c);
    }
    return c as ClientObject<C>;
  }

  _checkContext(other: unknown): void {
    if (other instanceof ClientObject && other.context !== this.context)
      throw new OfficeExtensionError('InvalidRequestContext');
  }

  /** Queues a command on this object. */
  _queue(location: string, payload: unknown, run: (target: T, batch: BatchState) => void): void {
    this.context._enqueue(`${this._meta.name}.${location}`, payload, (batch) => run(this._target(), batch));
  }

  _read(name: string): unknown {
    if (this._loaded.has(name)) return this._loaded.get(name);
    if (this._set.has(name)) return this._set.get(name);
    throw notLoaded(name);
  }

  _write(name: string, value: unknown): void {
    const def = this._meta.props[name];
    if (!def?.set) throw new OfficeExtensionError('InvalidArgument', `The property '${name}' is read-only.`);
    this._set.set(name, value);
    this._loaded.delete(name);
    this._queue(name, { [name]: value }, (t) => def.set!(t, value, this));
  }

  load(spec?: unknown): this {
    const t = parseLoad(spec);
    this.context._enqueue(`${this._meta.name}.load`, spec ?? null, (batch) => execLoad(this, t, batch));
    return this;
  }

  set(values: unknown, options?: { throwOnReadOnly?: boolean }): void {
    const src = values instanceof ClientObject ? values.toJSON() : values;
    if (!src || typeof src !== 'object') throw new OfficeExtensionError('InvalidArgument');
    const throwOnReadOnly = options?.throwOnReadOnly ?? true;
    for (const [k, v] of Object.entries(src as Record<string, unknown>)) {
      if (this._meta.navs.includes(k)) {
        if (v && typeof v === 'object') ((this as unknown as Record<string, ClientObject<unknown>>)[k]).set(v, options);
        continue;
      }
      const def = this._meta.props[k];
      if (!def?.set) {
        if (throwOnReadOnly) throw new OfficeExtensionError('InvalidArgument', `The property '${k}' is read-only or unknown.`);
        continue;
      }
      this._write(k, v);
    }
  }

  toJSON(): Record<string, unknown> {
    if (this._meta.items) return { items: (this._items ?? []).map((i) => i.toJSON()) };
    const out: Record<string, unknown> = {};
    for (const [k, v] of this._loaded) out[k] = Array.isArray(v) ? v.map((r) => (Array.isArray(r) ? [...r] : r)) : v;
    for (const [k, c] of this._children) {
      const j = c.toJSON();
      if (Object.keys(j).length > 0 && !(c._meta.items && !c._items)) out[k] = j;
    }
    return out;
  }

  get items(): unknown[] {
    if (!this._meta.items) return undefined as never;
    if (this._items === undefined) throw notLoaded('items');
    return this._items;
  }
}

export function notLoaded(name: string): OfficeExtensionError {
  return new OfficeExtensionError('PropertyNotLoaded', messageFor('PropertyNotLoaded', name), { errorLocation: name });
}

function execLoad<T>(obj: ClientObject<T>, t: LoadTree, batch: BatchState): void {
  const target = obj._tryTarget();
  if (target === null) {
    batch.commits.push(() => {
      obj._isNull = true;
    });
    return;
  }
  batch.commits.push(() => {
    obj._isNull = false;
  });
  const meta = obj._meta;
  if (meta.items) {
    const list = meta.items(target, obj);
    const itemTree: LoadTree = t.navs.get('items') ?? tree();
    if (t.all) itemTree.all = true;
    for (const s of t.scalars) {
      if (meta.props[s]) loadScalar(obj, target, s, batch);
      else if (s !== 'items') itemTree.scalars.add(s);
      else itemTree.all = true;
    }
    for (const [k, v] of t.navs) if (k !== 'items') itemTree.navs.set(k, v);
    if (itemTree.scalars.size === 0 && itemTree.navs.size === 0) itemTree.all = true;
    const proxies = list.map((it) => meta.item!(obj, it));
    for (const p of proxies) execLoad(p, itemTree, batch);
    batch.responseBytes += 12;
    batch.commits.push(() => {
      obj._items = proxies;
    });
    return;
  }
  const names = t.all ? Object.keys(meta.props) : [...t.scalars];
  for (const name of names) {
    if (meta.navs.includes(name)) {
      execLoad((obj as unknown as Record<string, ClientObject<unknown>>)[name], { all: true, scalars: new Set(), navs: new Map() }, batch);
      continue;
    }
    if (!meta.props[name]) throw new HostError('InvalidArgument', `Cannot load '${name}': ${meta.name} has no such property.`);
    loadScalar(obj, target, name, batch);
  }
  for (const [nav, sub] of t.navs) {
    if (!meta.navs.includes(nav)) throw new HostError('InvalidArgument', `Cannot load '${nav}': ${meta.name} has no such navigation property.`);
    execLoad((obj as unknown as Record<string, ClientObject<unknown>>)[nav], sub, batch);
  }
}

function loadScalar<T>(obj: ClientObject<T>, target: T, name: string, batch: BatchState): void {
  const value = obj._meta.props[name].get(target, obj, batch);
  batch.responseBytes += jsonSize(name) + 1 + jsonSize(value);
  batch.commits.push(() => {
    obj._loaded.set(name, value);
    obj._set.delete(name);
  });
}

/** Installs getters/setters for the meta's scalar properties on a class prototype. */
export function defineProps(cls: { prototype: object }, meta: TypeMeta<never>): void {
  for (const [name, def] of Object.entries(meta.props)) {
    if (Object.getOwnPropertyDescriptor(cls.prototype, name)) continue;
    Object.defineProperty(cls.prototype, name, {
      configurable: true,
      enumerable: false,
      get(this: ClientObject<unknown>) {
        return this._read(name);
      },
      set: def.set
        ? function (this: ClientObject<unknown>, v: unknown) {
            this._write(name, v);
          }
        : function () {
            throw new OfficeExtensionError('InvalidArgument', `The property '${name}' is read-only.`);
          },
    });
  }
}

/** ClientResult: `value` readable after the sync that carries it. */
export class ClientResult<V> {
  private _value: V | undefined;
  private _ready = false;
  _resolve(v: V): void {
    this._value = v;
    this._ready = true;
  }
  get value(): V {
    if (!this._ready) throw new OfficeExtensionError('ValueNotLoaded');
    return this._value as V;
  }
  toJSON(): unknown {
    return this._ready ? this._value : undefined;
  }
}

/** Queues a method whose result comes back at sync. */
export function resultOf<T, V>(obj: ClientObject<T>, location: string, payload: unknown, compute: (t: T, batch: BatchState) => V): ClientResult<V> {
  const r = new ClientResult<V>();
  obj._queue(location, payload, (t, batch) => {
    const v = compute(t, batch);
    batch.responseBytes += jsonSize(v);
    batch.commits.push(() => r._resolve(v));
  });
  return r;
}

export class EventHandlerResult {
  constructor(
    readonly context: SimContext,
    private readonly onRemove: () => void,
  ) {}
  remove(): void {
    this.context._enqueue('EventHandlerResult.remove', null, () => this.onRemove());
  }
}

/** `onX` objects: add/remove take effect at sync (rule 10.1, 10.3). */
export class EventHandlers {
  constructor(
    private readonly context: SimContext,
    private readonly key: () => string,
    private readonly name: string,
  ) {}

  add(handler: (args: unknown) => Promise<unknown>): EventHandlerResult {
    if (typeof handler !== 'function') throw new OfficeExtensionError('InvalidArgument');
    let key = '';
    this.context._enqueue(`${this.name}.add`, null, () => {
      key = this.key();
      this.context.host.registerHandler(key, handler);
    });
    return new EventHandlerResult(this.context, () => this.context.host.removeHandler(key || this.key(), handler));
  }

  remove(handler: (args: unknown) => Promise<unknown>): void {
    this.context._enqueue(`${this.name}.remove`, null, () => this.context.host.removeHandler(this.key(), handler));
  }
}

const waiting: (() => void)[] = [];
let channel: MessageChannel | null = null;

/**
 * Resolves in a later macrotask: setImmediate in node; in the browser a MessageChannel message (a
 * chain of zero-delay timers is clamped to 4 ms each), else a zero-delay timer.
 */
function nextTask(): Promise<void> {
  if (typeof setImmediate === 'function') return new Promise<void>((resolve) => setImmediate(resolve));
  if (typeof MessageChannel === 'function') {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
      (channel.port1 as { unref?: () => void }).unref?.();
    }
    const port = channel.port2;
    return new Promise<void>((resolve) => {
      waiting.push(resolve);
      port.postMessage(null);
    });
  }
  return new Promise<void>((resolve) => setTimeout(resolve, 0));
}
