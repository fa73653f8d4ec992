// The page's one SignalR connection. It watches exactly one case-flow view at a time; every (re)connect
// subscribes again and takes the server's snapshot whole, so a gap in the connection can never leave stale or
// doubled points behind. Handlers are registered once, here, so a tab open for days holds the same listeners.
/* global signalR */

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
  #view = null;        // the view the page shows
  #generation = 0;     // bumps on every view change, so a late answer for an old view is dropped
  #starting = false;

  /** @param {{ onSnapshot(snapshot): void, onState(state: string): void, onError(message: string): void }} handlers */
  constructor(handlers) {
    this.handlers = handlers;
    this.#connection = new signalR.HubConnectionBuilder()
      .withUrl('hubs/live')
      .withAutomaticReconnect({ nextRetryDelayInMilliseconds: ({ previousRetryCount }) => backoff(previousRetryCount, reconnectCapMs) })
      .configureLogging(logger)
      .build();
    this.#connection.on('CaseFlowUpdated', snapshot => this.#receive(snapshot));
    this.#connection.onreconnecting(() => handlers.onState('reconnecting'));
    this.#connection.onreconnected(() => {
      handlers.onState('connected');
      this.#subscribe(this.#view, this.#generation);
    });
    this.#connection.onclose(() => {
      handlers.onState('offline');
      this.start();
    });
  }

  get connected() {
    return this.#connection.state === signalR.HubConnectionState.Connected;
  }

  /** Starts the connection, retrying with backoff until it succeeds; then subscribes to the current view. */
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
    await this.#subscribe(this.#view, this.#generation);
  }

  /** Shows a new view: leaves the old view's group and joins the new one. */
  async show(view) {
    const previous = this.#view;
    this.#view = view;
    const generation = ++this.#generation;
    if (!this.connected) return; // start() or onreconnected subscribes when the connection is back
    if (previous) {
      this.#connection.invoke('UnsubscribeCaseFlow', previous.scope, previous.granularity).catch(() => {});
    }
    await this.#subscribe(view, generation);
  }

  async #subscribe(view, generation) {
    if (!view || !this.connected) return;
    try {
      const snapshot = await this.#connection.invoke('SubscribeCaseFlow', view.scope, view.granularity);
      if (generation === this.#generation) this.handlers.onSnapshot(snapshot);
    } catch (error) {
      if (generation === this.#generation && this.connected) this.handlers.onError(hubMessage(error));
    }
  }

  #receive(snapshot) {
    const view = this.#view;
    if (view && snapshot.scope === view.scope && snapshot.granularity === view.granularity) this.handlers.onSnapshot(snapshot);
  }
}
