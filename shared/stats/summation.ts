/**
 * `np.sum` of a contiguous float64 array, reproduced step for step so that sums over hundreds of
 * thousands of terms round the way scipy's results do: numpy reduces in buffers of 8192 values,
 * adding each buffer's pairwise sum (blocks of 128, eight accumulators) to a running total.
 */
const BLOCK = 128;
const BUFFER = 8192;

export function pairwiseSum(values: ArrayLike<number>): number {
  let total = 0;
  for (let start = 0; start < values.length; start += BUFFER) {
    total += pairwise(values, start, Math.min(values.length, start + BUFFER));
  }
  return total;
}

function pairwise(values: ArrayLike<number>, start: number, end: number): number {
  const n = end - start;
  if (n < 8) {
    let res = 0;
    for (let i = start; i < end; i++) res += values[i] as number;
    return res;
  }
  if (n <= BLOCK) {
    let r0 = values[start] as number;
    let r1 = values[start + 1] as number;
    let r2 = values[start + 2] as number;
    let r3 = values[start + 3] as number;
    let r4 = values[start + 4] as number;
    let r5 = values[start + 5] as number;
    let r6 = values[start + 6] as number;
    let r7 = values[start + 7] as number;
    let i = start + 8;
    const unrolledEnd = start + (n - (n % 8));
    for (; i < unrolledEnd; i += 8) {
      r0 += values[i] as number;
      r1 += values[i + 1] as number;
      r2 += values[i + 2] as number;
      r3 += values[i + 3] as number;
      r4 += values[i + 4] as number;
      r5 += values[i + 5] as number;
      r6 += values[i + 6] as number;
      r7 += values[i + 7] as number;
    }
    let res = r0 + r1 + (r2 + r3) + (r4 + r5 + (r6 + r7));
    for (; i < end; i++) res += values[i] as number;
    return res;
  }
  let half = Math.floor(n / 2);
  half -= half % 8;
  return pairwise(values, start, start + half) + pairwise(values, start + half, end);
}
