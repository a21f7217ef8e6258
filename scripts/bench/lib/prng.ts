/**
 * A small seeded pseudo-random generator (mulberry32) for the benchmark's synthetic content: the same seed gives
 * the same site on every machine, so benchmark figures from different runs describe the same work.
 */
export interface Rng {
	/** A float in [0, 1). */
	next(): number;
	/** An integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** One element of a non-empty list. */
	pick<T>(items: readonly T[]): T;
	/** True with probability `p`. */
	chance(p: number): boolean;
	/** One key of `weights`, chosen in proportion to its weight. */
	weighted<K extends string>(weights: Record<K, number>): K;
}

/** A generator seeded with a 32-bit integer. */
export function createRng(seed: number): Rng {
	let state = seed >>> 0;
	const next = () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		pick: (items) => {
			if (items.length === 0) throw new RangeError('pick from an empty list');
			return items[int(0, items.length - 1)];
		},
		chance: (p) => next() < p,
		weighted: (weights) => {
			const entries = Object.entries(weights) as Array<[keyof typeof weights, number]>;
			const total = entries.reduce((s, [, w]) => s + w, 0);
			let r = next() * total;
			for (const [k, w] of entries) {
				r -= w;
				if (r < 0) return k;
			}
			return entries[entries.length - 1][0];
		},
	};
}
