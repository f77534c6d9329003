/**
 * Runs once before the e2e project: stops at once, with the command that
 * makes it, when a built site the tests need is missing.
 */
import { missingBuildMessage, resolveTargets } from './targets.ts';

export default function setup(): void {
	const targets = resolveTargets();
	const problems = [targets.root, targets.subpath]
		.map((site) => missingBuildMessage(site))
		.filter((m): m is string => m !== undefined);
	if (problems.length > 0) {
		throw new Error(`The e2e tests check built sites and never build them.\n${problems.join('\n')}`);
	}
}
