/**
 * mulberry32: a tiny seeded generator of uniform numbers in [0, 1), so a test, the soak or a
 * benchmark writes the same data on every run and a failure replays from its seed. The demo's
 * evidence generator (scripts/generate-demo-evidence.ts) keeps its own copy: the shipped demo
 * file must not change when test code does.
 */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
