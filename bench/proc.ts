// Runs one build and measures it from outside: wall time, CPU time of the whole
// process tree, and peak memory of the whole tree (Chromium and Pagefind included),
// sampled from /proc. Linux only.
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const PAGE_SIZE = 4096; // getconf PAGESIZE on x86-64 Linux
const CLK_TCK = 100; // getconf CLK_TCK: unit of the times in /proc/<pid>/stat
export const SAMPLE_MS = 100;
export const PSS_EVERY = 10;
const REAPER = join(import.meta.dirname, 'reap.py');

/** Whether builds run under reap.py (a child subreaper): without it, orphaned processes' CPU is lost. */
export const HAS_REAPER = spawnSync('python3', ['-c', ''], { stdio: 'ignore' }).status === 0;

interface ProcStat {
	/** The command name (`comm`): node, chromium, pagefind… */
	comm: string;
	ppid: number;
	sid: number;
	/** user + system CPU of the process itself (all its threads), in ms. */
	cpuMs: number;
	rssBytes: number;
}

/** /proc/<pid>/stat: the command name, and the fields after it (the name may hold spaces and parentheses). */
function readProcStat(pid: number | 'self'): { comm: string; fields: string[] } | undefined {
	try {
		const s = readFileSync(`/proc/${pid}/stat`, 'utf8');
		return { comm: s.slice(s.indexOf('(') + 1, s.lastIndexOf(')')), fields: s.slice(s.lastIndexOf(')') + 2).split(' ') };
	} catch {
		return undefined; // the process ended between readdir and read
	}
}
const statFields = (pid: number | 'self') => readProcStat(pid)?.fields;

/** Which program a process belongs to, for the memory split: Chromium (all its processes), Pagefind and the sampler's Python wrapper, and Node (the build). */
export type ProcessKind = 'node' | 'chromium' | 'other';
// Node 24 names its main thread, hence its process, "MainThread"; Astro may set its title: whatever is neither Chromium nor the others is the build.
const kindOf = (comm: string): ProcessKind => (/^(chrom|headless_shell)/i.test(comm) ? 'chromium' : /pagefind|python/i.test(comm) ? 'other' : 'node');

// Indexes below are stat field numbers (man 5 proc) minus 3: the array starts at field 3, "state".
function readStat(pid: number): ProcStat | undefined {
	const stat = readProcStat(pid);
	if (!stat) return undefined;
	const f = stat.fields;
	return {
		comm: stat.comm,
		ppid: Number(f[1]),
		sid: Number(f[3]),
		cpuMs: ((Number(f[11]) + Number(f[12])) * 1000) / CLK_TCK,
		rssBytes: Number(f[21]) * PAGE_SIZE,
	};
}

/**
 * CPU of this process's waited-for children (cutime + cstime). wait4() adds to it a
 * child's own time plus that of every descendant the child waited for, so the
 * difference around one build is the CPU of the build's whole tree, provided nothing
 * in it was orphaned to init: reap.py makes sure of that.
 */
function childrenCpuMs(): { userMs: number; sysMs: number } {
	const f = statFields('self')!;
	return { userMs: (Number(f[13]) * 1000) / CLK_TCK, sysMs: (Number(f[14]) * 1000) / CLK_TCK };
}

/**
 * Proportional set size: each shared page counted once across the processes sharing it
 * (Chromium's many processes share most of their pages, so their RSS sum overstates).
 */
function pss(pid: number): number {
	try {
		const m = /^Pss:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'));
		return m ? Number(m[1]) * 1024 : 0;
	} catch {
		return 0;
	}
}

function cmdline(pid: number): string {
	try {
		return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
	} catch {
		return '';
	}
}

/**
 * The tree under `root` at this instant: its descendants by parent links, plus any
 * process of its session (the build leads its own session, so a process that was
 * reparented outside the tree still counts when reap.py is not there to adopt it).
 */
function tree(root: number): Map<number, ProcStat> {
	const all = new Map<number, ProcStat>();
	for (const name of readdirSync('/proc')) {
		const pid = Number(name);
		if (!Number.isInteger(pid)) continue;
		const st = readStat(pid);
		if (st) all.set(pid, st);
	}
	const children = new Map<number, number[]>();
	for (const [pid, st] of all) {
		const list = children.get(st.ppid);
		if (list) list.push(pid);
		else children.set(st.ppid, [pid]);
	}
	const out = new Map<number, ProcStat>();
	const queue = [root];
	while (queue.length) {
		const pid = queue.pop()!;
		const st = all.get(pid);
		if (!st || out.has(pid)) continue;
		out.set(pid, st);
		queue.push(...(children.get(pid) ?? []));
	}
	for (const [pid, st] of all) if (st.sid === root && !out.has(pid)) out.set(pid, st);
	return out;
}

/** A phase of a build: the part of the run during which a child of the build with this command line is alive. */
export interface PhaseRule {
	name: string;
	match: RegExp;
}

export interface PhaseResult {
	name: string;
	/** From when its process was first seen to when the next phase started (± one sample). */
	wallMs: number;
	peakRssBytes: number;
}

export interface Measurement {
	ok: boolean;
	exitCode: number | null;
	wallMs: number;
	userMs: number;
	sysMs: number;
	/** Largest sum of RSS over every process of the build's tree at one sample. */
	peakRssBytes: number;
	/**
	 * The same with PSS (shared pages divided among their processes), closer to the RAM the
	 * build really needs; sampled every PSS_EVERY × SAMPLE_MS, so it may miss a short peak.
	 */
	peakPssBytes: number;
	/** Time the harness spent per sample (its own load on the machine), mean ms. */
	sampleCostMs: number;
	/** Most processes alive at once in the tree. */
	peakProcesses: number;
	/** The RSS sum at the tree's peak, by program (node, chromium, other). */
	peakByKind: Record<ProcessKind, number>;
	/** Each program's own peak RSS sum over the build (not at the same instant). */
	ownPeakByKind: Record<ProcessKind, number>;
	/**
	 * Cross-check of userMs + sysMs: each process's own CPU as last sampled, summed. A lower
	 * bound (the last < SAMPLE_MS of each process is missed); well above userMs + sysMs
	 * means processes escaped their parents' wait and the rusage total is short.
	 */
	sampledCpuMs: number;
	/** Whether reap.py adopted orphans (else CPU may miss orphaned processes). */
	reaper: boolean;
	/** Processes that outlived the build (by 2 s under reap.py, which then ended them). */
	leftovers: number;
	samples: number;
	phases: PhaseResult[];
}

/**
 * Runs `cmd args` in `cwd` with its output to `logFile`, sampling its process tree
 * every SAMPLE_MS. `phases` names the build's child processes to time separately; the
 * time before the first one is `firstPhase`, the time between and after them `idlePhase`.
 */
export function measure(
	cmd: string,
	args: string[],
	opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; phases?: PhaseRule[]; firstPhase?: string; idlePhase?: string },
): Promise<Measurement> {
	return new Promise((resolvePromise, reject) => {
		const log = openSync(opts.logFile, 'w');
		const infoFile = `${opts.logFile}.reap`;
		const argv = HAS_REAPER ? ['python3', REAPER, infoFile, cmd, ...args] : [cmd, ...args];
		const before = childrenCpuMs();
		const t0 = process.hrtime.bigint(); // CLOCK_MONOTONIC, as reap.py's exit time
		const now = () => Number(process.hrtime.bigint() - t0) / 1e6;
		// detached: the build leads its own session (see tree()) and process group (killed on ^C).
		const child = spawn(argv[0]!, argv.slice(1), { cwd: opts.cwd, env: opts.env, stdio: ['ignore', log, log], detached: true });
		const root = child.pid;
		if (root === undefined) {
			closeSync(log);
			reject(new Error(`could not start ${argv[0]}`));
			return;
		}
		const stop = () => {
			try {
				process.kill(-root, 'SIGTERM');
			} catch {
				/* already gone */
			}
		};
		process.once('SIGINT', stop);

		const info = (): Map<string, string[]> => {
			const lines = existsSync(infoFile) ? readFileSync(infoFile, 'utf8').split('\n') : [];
			return new Map(lines.filter(Boolean).map((l) => [l.split(' ')[0]!, l.split(' ').slice(1)]));
		};
		// The build itself: the reaper's child, whose children are the phases.
		let main: number | undefined = HAS_REAPER ? undefined : root;

		let peak = 0;
		let peakPss = 0;
		let cost = 0;
		let peakProcesses = 0;
		const zero = (): Record<ProcessKind, number> => ({ node: 0, chromium: 0, other: 0 });
		let peakByKind = zero();
		const ownPeakByKind = zero();
		let samples = 0;
		const cpuSeen = new Map<number, number>(); // pid → own CPU ms when last sampled
		const kinds = new Map<number, string>(); // phase process pid → its phase
		const marks: { name: string; at: number; peak: number }[] = [{ name: opts.firstPhase ?? 'build', at: 0, peak: 0 }];
		const sample = () => {
			const start = now();
			main ??= Number(info().get('pid')?.[0]) || undefined;
			const procs = tree(root);
			if (HAS_REAPER) procs.delete(root); // the instrument, not the build
			// smaps_rollup costs ~1–3 ms a process (page-table walk) against ~0.03 ms for stat:
			// PSS is read every PSS_EVERY samples only, so the sampler stays a few % of one core.
			const withPss = samples % PSS_EVERY === 0;
			let rss = 0;
			let pssSum = 0;
			const byKind = zero();
			for (const [p, st] of procs) {
				rss += st.rssBytes;
				byKind[kindOf(st.comm)] += st.rssBytes;
				cpuSeen.set(p, st.cpuMs);
				if (withPss) pssSum += pss(p);
				if (opts.phases && main !== undefined && st.ppid === main && !kinds.has(p)) {
					const line = cmdline(p);
					const rule = opts.phases.find((r) => r.match.test(line));
					// No match is not cached: between fork and exec a child still shows its parent's command line.
					if (!rule) continue;
					kinds.set(p, rule.name);
					// A new phase starts when its process is first seen.
					if (marks.at(-1)!.name !== rule.name) marks.push({ name: rule.name, at: now(), peak: 0 });
				}
			}
			// Between and after the phase processes (e.g. the output swap): the idle phase.
			const alive = [...kinds.keys()].some((p) => procs.has(p));
			if (opts.idlePhase && !alive && marks.length > 1 && marks.at(-1)!.name !== opts.idlePhase)
				marks.push({ name: opts.idlePhase, at: now(), peak: 0 });
			samples++;
			if (rss > peak) peakByKind = byKind;
			for (const k of Object.keys(byKind) as ProcessKind[]) ownPeakByKind[k] = Math.max(ownPeakByKind[k], byKind[k]);
			peak = Math.max(peak, rss);
			peakPss = Math.max(peakPss, pssSum);
			peakProcesses = Math.max(peakProcesses, procs.size);
			const current = marks.at(-1)!;
			current.peak = Math.max(current.peak, rss);
			cost += now() - start;
		};
		sample();
		const timer = setInterval(sample, SAMPLE_MS);

		child.on('error', (e) => {
			clearInterval(timer);
			closeSync(log);
			reject(e);
		});
		child.on('exit', (code) => {
			const exitAt = now();
			clearInterval(timer);
			process.removeListener('SIGINT', stop);
			closeSync(log);
			// 'exit' fires after libuv reaped the child, so its tree's CPU is in cutime/cstime now.
			const after = childrenCpuMs();
			const facts = info();
			rmSync(infoFile, { force: true });
			// Under reap.py the build ended when its own process did, not after the orphans' grace time.
			const endNs = facts.get('exit')?.[0];
			const wallMs = endNs ? Number(BigInt(endNs) - t0) / 1e6 : exitAt;
			// One entry per phase name, in order of first appearance.
			const byName = new Map<string, PhaseResult>();
			marks.forEach((m, i) => {
				const p = byName.get(m.name) ?? { name: m.name, wallMs: 0, peakRssBytes: 0 };
				p.wallMs += Math.max(0, Math.min(marks[i + 1]?.at ?? wallMs, wallMs) - m.at);
				p.peakRssBytes = Math.max(p.peakRssBytes, m.peak);
				byName.set(m.name, p);
			});
			const finish = (leftovers: number) =>
				resolvePromise({
					ok: code === 0,
					exitCode: code,
					wallMs,
					userMs: after.userMs - before.userMs,
					sysMs: after.sysMs - before.sysMs,
					peakRssBytes: peak,
					peakPssBytes: peakPss,
					sampleCostMs: cost / Math.max(1, samples),
					peakProcesses,
					peakByKind,
					ownPeakByKind,
					sampledCpuMs: [...cpuSeen.values()].reduce((a, b) => a + b, 0),
					reaper: HAS_REAPER,
					leftovers,
					samples,
					phases: [...byName.values()],
				});
			if (HAS_REAPER) {
				finish(Number(facts.get('killed')?.[0] ?? 0));
				return;
			}
			// Without reap.py: session orphans (e.g. esbuild's service, which exits once its pipe
			// closes) get up to 2 s to end; only those still alive then count as leftovers.
			const settle = (tries: number) => {
				const left = [...tree(root).keys()].filter((p) => p !== root);
				if (left.length && tries > 0) setTimeout(() => settle(tries - 1), 50);
				else finish(left.length);
			};
			settle(40);
		});
	});
}
