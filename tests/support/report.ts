/** Failure messages that list every problem, not just the first. */

export function failIfAny(problems: readonly string[], heading: string): void {
	if (problems.length === 0) return;
	const list = problems.map((p) => `  - ${p}`).join('\n');
	const error = new Error(`${heading}: ${problems.length} problem(s)\n${list}`);
	// Point the report at the test that called, not at this helper.
	Error.captureStackTrace(error, failIfAny);
	throw error;
}

export function formatBytes(bytes: number): string {
	return bytes < 1024 ? `${bytes} B` : `${(bytes / 1024).toFixed(1)} KB`;
}
