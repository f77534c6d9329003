import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';

/**
 * Last commit date (YYYY-MM-DD) of every tracked file, from one `git log`
 * call per build. Files with uncommitted changes count as changed today,
 * and outside a git checkout the file's mtime is used.
 */
export function readGitDates(cwd: string = process.cwd()): Map<string, string> {
	const dates = new Map<string, string>();
	let log: string;
	try {
		log = execFileSync('git', ['log', '--format=%x00%cs', '--name-only', '--no-renames', '--', 'content', 'src'], {
			cwd,
			encoding: 'utf8',
			maxBuffer: 64 * 1024 * 1024,
			stdio: ['ignore', 'pipe', 'ignore'],
		});
	} catch {
		return dates;
	}
	// Newest commit first: the first date seen for a file is its last change.
	for (const block of log.split('\0').slice(1)) {
		const [date, ...files] = block.split('\n');
		for (const f of files) if (f && !dates.has(f)) dates.set(f, date!.trim());
	}
	try {
		const status = execFileSync('git', ['status', '--porcelain', '--', 'content'], { cwd, encoding: 'utf8' });
		const today = new Date().toISOString().slice(0, 10);
		for (const line of status.split('\n')) {
			const f = line.slice(3).trim();
			if (f) dates.set(f, today);
		}
	} catch {
		/* not a checkout: mtimes below */
	}
	return dates;
}

/** Latest date among `files` (project-relative paths). */
export function lastModified(files: string[], dates: Map<string, string>): string {
	let best = '';
	for (const f of files) {
		const norm = f.replace(/^\.\//, '');
		let d = dates.get(norm);
		if (!d) {
			try {
				d = statSync(norm).mtime.toISOString().slice(0, 10);
			} catch {
				continue;
			}
		}
		if (d > best) best = d;
	}
	return best || new Date().toISOString().slice(0, 10);
}
