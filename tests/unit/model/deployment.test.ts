import { describe, expect, it } from 'vitest';
import { normalizeBase, resolveDeployment } from '../../../src/config/deployment.ts';

describe('deployment from the environment', () => {
	it('normalizes BASE_PATH to /x/ form', () => {
		expect(normalizeBase(undefined)).toBe('/');
		expect(normalizeBase('cm')).toBe('/cm/');
		expect(normalizeBase('/cm')).toBe('/cm/');
		expect(normalizeBase('/a/b/')).toBe('/a/b/');
	});
	it('reads SITE_URL as an origin', () => {
		expect(resolveDeployment({ SITE_URL: 'https://example.ca/' }).site).toBe('https://example.ca');
	});
	it('rejects a SITE_URL with a path or that is not a URL, saying what to do', () => {
		expect(() => resolveDeployment({ SITE_URL: 'https://example.ca/cm/' })).toThrow(/BASE_PATH/);
		expect(() => resolveDeployment({ SITE_URL: 'example' })).toThrow(/absolute URL/);
	});
});
