import { checkSync } from 'recheck';

/**
 * recheck's verdict on one pattern: 'polynomial' or 'exponential' when it backtracks super-linearly,
 * else null. The automaton analysis is exact, so its verdict stands as given: replaying its attack on
 * the real engine made the audit depend on the machine's load (a quadratic pattern matched its attack
 * in under two seconds on an idle machine and over two under CI load). Where the automaton analysis
 * gives up (large alternations under \p{..}), recheck fuzzes; under load its fuzzer has taken linear
 * patterns for polynomial, so a fuzzed attack is replayed on the real engine (recall validation) and
 * counts only when matching it takes over two seconds, sized for 1.5e9 backtracking steps.
 */
export function superLinear(source: string, flags: string): string | null {
  const bare = flags.replace(/[gy]/g, '');
  const first = checkSync(source, bare, { timeout: 30_000, randomSeed: 42, recallTimeout: -1 });
  if (first.status !== 'vulnerable') return null;
  if (first.checker === 'automaton') return first.complexity.type;
  const replayed = checkSync(source, bare, { timeout: 30_000, randomSeed: 42, recallTimeout: 2_000 });
  return replayed.status === 'vulnerable' ? replayed.complexity.type : null;
}
