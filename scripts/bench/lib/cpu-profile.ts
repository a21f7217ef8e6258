/**
 * Reads a V8 CPU profile (`node --cpu-prof`) and says where the time went: the functions with the most self time,
 * and the project's own source files (src/, scripts/) with their inclusive time — time spent in them or in
 * anything they call — so a hot page, component or feed generator stands out by name.
 */

interface ProfileNode {
	id: number;
	callFrame: { functionName: string; url: string; lineNumber: number };
	children?: number[];
}
/** The parts of a `.cpuprofile` this reads. */
export interface CpuProfile {
	nodes: ProfileNode[];
	samples: number[];
	timeDeltas: number[];
	startTime: number;
	endTime: number;
}

/** One line of a summary: a name and milliseconds. */
export interface Hot {
	name: string;
	ms: number;
}

const shortUrl = (url: string, root: string) =>
	url
		.replace(/^file:\/\//, '')
		.replace(root, '')
		.replace(/\?.*$/, '');

/** The top `limit` functions by self time and project files by inclusive time. */
export function summarizeProfile(
	profile: CpuProfile,
	root: string,
	limit = 25,
): { totalMs: number; self: Hot[]; files: Hot[]; functions: Hot[] } {
	const byId = new Map(profile.nodes.map((n) => [n.id, n]));
	const parent = new Map<number, number>();
	for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
	const label = (n: ProfileNode) =>
		`${n.callFrame.functionName || '(anonymous)'} ${shortUrl(n.callFrame.url, root) || '(native)'}:${n.callFrame.lineNumber + 1}`;
	const own = (url: string) => {
		const u = shortUrl(url, root);
		return /^\/?(src|scripts)\//.test(u) ? u.replace(/^\//, '') : undefined;
	};
	const self = new Map<string, number>();
	const files = new Map<string, number>();
	const functions = new Map<string, number>();
	profile.samples.forEach((id, i) => {
		const dt = (profile.timeDeltas[i] ?? 0) / 1000;
		const leaf = byId.get(id);
		if (!leaf) return;
		self.set(label(leaf), (self.get(label(leaf)) ?? 0) + dt);
		// Inclusive: count each project file and function once per sample, however deep the recursion.
		const seenFiles = new Set<string>();
		const seenFns = new Set<string>();
		for (let n: ProfileNode | undefined = leaf; n; n = byId.get(parent.get(n.id) ?? -1)) {
			const f = own(n.callFrame.url);
			if (!f) continue;
			seenFiles.add(f);
			seenFns.add(label(n));
		}
		for (const f of seenFiles) files.set(f, (files.get(f) ?? 0) + dt);
		for (const f of seenFns) functions.set(f, (functions.get(f) ?? 0) + dt);
	});
	const top = (m: Map<string, number>) =>
		[...m]
			.map(([name, ms]) => ({ name, ms }))
			.sort((a, b) => b.ms - a.ms)
			.slice(0, limit);
	return {
		totalMs: (profile.endTime - profile.startTime) / 1000,
		self: top(self),
		files: top(files),
		functions: top(functions),
	};
}
