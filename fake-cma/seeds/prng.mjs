// A small seeded pseudo-random generator (mulberry32) so generated seeds are the same on
// every run and machine.

/**
 * @param {number} seed
 * @returns {{ next: () => number, int: (min: number, max: number) => number, pick: <T>(list: T[]) => T, chance: (p: number) => boolean }}
 */
export function prng(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (/** @type {number} */ min, /** @type {number} */ max) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick: (list) => /** @type {any} */ (list[int(0, list.length - 1)]),
    chance: (p) => next() < p,
  };
}
