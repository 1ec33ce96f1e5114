import { checkSync } from 'recheck';

/**
 * recheck's verdict on one pattern: 'polynomial' or 'exponential' when it backtracks super-linearly,
 * else null. Where the automaton analysis gives up (large alternations under \p{..}), recheck fuzzes;
 * under load its fuzzer has taken linear patterns for polynomial, so every attack it finds is replayed
 * on the real engine (recall validation) and counts only when matching it takes over two seconds. A
 * truly super-linear pattern takes far longer on those strings, sized for 1.5e9 backtracking steps.
 */
export function superLinear(source: string, flags: string): string | null {
  const r = checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 30_000, randomSeed: 42, recallTimeout: 2_000 });
  return r.status === 'vulnerable' ? r.complexity.type : null;
}
