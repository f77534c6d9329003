// Runs the Astro CLI with telemetry off: the project's commands make no
// network request (Astro's telemetry otherwise reports each run).
// Usage: node scripts/astro.ts <astro command> [options]   (npm run dev, preview, check)
import { spawnSync } from 'node:child_process';

const r = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', ...process.argv.slice(2)], {
	stdio: 'inherit',
	env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
process.exit(r.status ?? 1);
