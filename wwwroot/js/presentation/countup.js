// Large figures count up from zero once each time their slide appears, as a room's eye is drawn to a number that
// moves, and stop exactly on the figure as it is written (the formatter's own text for the final value, by
// ../locale-rules.js). A live update while counting moves the goal; after the count, figures change at once. Screens
// that ask for less motion (prefers-reduced-motion), and accelerated runs, show the figure at once.
const reduced = matchMedia('(prefers-reduced-motion: reduce)');
const ease = p => 1 - (1 - p) ** 3;

export class CountUp {
  #duration;
  #counting = new Map(); // element → { value, format, start }
  #done = new WeakSet();  // elements that have counted in this appearance
  #frame = 0;

  constructor({ duration = 1200, enabled = true } = {}) {
    this.#duration = enabled ? duration : 0;
  }

  /** A slide appears: each of its figures counts up once from now on, from the moment it first has a value. */
  begin() {
    cancelAnimationFrame(this.#frame);
    this.#frame = 0;
    this.#counting.clear();
    this.#done = new WeakSet();
  }

  /** Shows a value (null: the formatter's dash): counting up if this appearance has not counted it yet, else at once. */
  show(element, value, format) {
    const counting = this.#counting.get(element);
    if (counting && value != null) {
      Object.assign(counting, { value, format });
      return;
    }
    this.#counting.delete(element);
    if (value == null || value === 0 || this.#done.has(element) || this.#duration === 0 || reduced.matches) {
      element.textContent = format(value);
      if (value != null) this.#done.add(element);
      return;
    }
    this.#counting.set(element, { value, format, start: performance.now() });
    element.textContent = format(0);
    if (!this.#frame) this.#frame = requestAnimationFrame(this.#tick);
  }

  #tick = now => {
    for (const [element, { value, format, start }] of this.#counting) {
      // a frame's time may precede the moment the count began
      const progress = Math.min(1, Math.max(0, (now - start) / this.#duration));
      // The last frame writes the final value itself, not an eased approximation of it.
      element.textContent = progress < 1 ? format(value * ease(progress)) : format(value);
      if (progress >= 1) {
        this.#counting.delete(element);
        this.#done.add(element);
      }
    }
    this.#frame = this.#counting.size > 0 ? requestAnimationFrame(this.#tick) : 0;
  };
}
