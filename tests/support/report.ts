/** Failure messages that list every problem, not just the first. */

export function failIfAny(problems: readonly string[], heading: string): void {
	if (problems.length === 0) return;
	const list = problems.map((p) => `  - ${p}`).join('\n');
	throw new Error(`${heading}: ${problems.length} problem(s)\n${list}`);
}

export function formatBytes(bytes: number): string {
	return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
