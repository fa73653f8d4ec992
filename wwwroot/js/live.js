// The page's one SignalR connection. It watches the measure series the current view shows; every (re)connect
// subscribes again and takes each series whole, so a gap in the connection can never leave stale or doubled
// points behind. Handlers are registered once, here, so a tab open for days holds the same listeners.
/* global signalR */
import { requestKey } from './state.js';

const reconnectCapMs = 5000;   // automatic reconnect: quick retries, forever
const restartCapMs = 30000;    // after the connection closed for good: back off further, still forever

const backoff = (attempt, cap) => Math.min(cap, 500 * 2 ** attempt) * (0.8 + Math.random() * 0.4);
const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

/** Warnings and errors of the client library go to the console as warnings: a lost connection is expected. */
const logger = {
  log(level, message) {
    if (level >= signalR.LogLevel.Warning) console.warn(`[live] ${message}`);
  },
};

/** The server's HubException text without the transport's preamble. */
export const hubMessage = error => String(error?.message ?? error).replace(/^.*HubException: /s, '');

export class LiveFeed {
  #connection;
  #watched = new Map();   // key → request, the series the view shows (the view's own key of its request)
  #latest = new Map();    // key → the newest update of a watched series, handed to a new view that keeps it
  #routes = new Map();    // the server's key of a subscription (as its updates carry it) → the view's key
  #starting = false;

  /**
   * @param {{ onUpdate(update): void, onState(state: string): void, onError(message: string): void,
   *           onAlerts(alerts): void, onTargets(): void, onAnnotations(scope: string): void }} handlers
   */
  constructor(handlers) {
    this.handlers = handlers;
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl('hubs/live')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ({ previousRetryCount }) => backoff(previousRetryCount, reconnectCapMs) })
      .configureLogging(logger)
      .build();
    this.#connection.on('MeasuresUpdated', update => this.#deliver(update));
    this.#connection.on('AlertsRaised', alerts => handlers.onAlerts(alerts));
    this.#connection.on('TargetsChanged', () => handlers.onTargets());
    this.#connection.on('AnnotationsChanged', scope => handlers.onAnnotations(scope));
    this.#connection.on('DataChanged', (version, asOf) => handlers.onDataChanged?.(version, asOf));
    this.#connection.onreconnecting(() => handlers.onState('reconnecting'));
    this.#connection.onreconnected(() => {
      handlers.onState('connected');
      this.#subscribeAll();
    });
    this.#connection.onclose(() => {
      handlers.onState('offline');
      this.start();
    });
  }

  get connected() {
    return this.#connection.state === signalR.HubConnectionState.Connected;
  }

  /** Starts the connection, retrying with backoff until it succeeds; then subscribes to what the view shows. */
  async start() {
    if (this.#starting) return;
    this.#starting = true;
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          await this.#connection.start();
          break;
        } catch {
          this.handlers.onState('offline');
          await sleep(backoff(attempt, restartCapMs));
        }
      }
    } finally {
      this.#starting = false;
    }
    this.handlers.onState('connected');
    await this.#subscribeAll();
  }

  /** Shows a new set of series: leaves those no longer shown, joins the new ones (each answers at once). */
  watch(requests) {
    const next = new Map(requests.map(r => [requestKey(r), r]));
    const left = [...this.#watched].filter(([key]) => !next.has(key));
    const joined = [...next].filter(([key]) => !this.#watched.has(key));
    this.#watched = next;
    for (const [key] of left) this.#latest.delete(key);
    for (const [route, key] of this.#routes) if (!next.has(key)) this.#routes.delete(route);
    // Series the previous view also showed stay subscribed: the new view gets their newest numbers at once.
    const kept = [...next.keys()].filter(key => this.#latest.has(key)).map(key => this.#latest.get(key));
    queueMicrotask(() => kept.filter(update => this.#watched.has(update.key)).forEach(update => this.handlers.onUpdate(update)));
    if (!this.connected) return; // start() or onreconnected subscribes when the connection is back
    for (const [, request] of left) this.#connection.invoke('UnsubscribeMeasures', request).catch(() => {});
    for (const [key, request] of joined) this.#subscribe(key, request);
  }

  #subscribeAll() {
    return Promise.all([...this.#watched].map(([key, request]) => this.#subscribe(key, request)));
  }

  /** Pushes are routed by the key the server gave the subscription, then handed on under the view's own key. */
  #deliver(update) {
    const key = this.#routes.get(update.key);
    if (key === undefined || !this.#watched.has(key)) return;
    const shown = { ...update, key };
    this.#latest.set(key, shown);
    this.handlers.onUpdate(shown);
  }

  async #subscribe(key, request) {
    if (!this.connected) return;
    try {
      const update = await this.#connection.invoke('SubscribeMeasures', request);
      this.#routes.set(update.key, key);
      this.#deliver(update);
    } catch (error) {
      if (this.#watched.has(key) && this.connected) this.handlers.onError(hubMessage(error));
    }
  }
}
