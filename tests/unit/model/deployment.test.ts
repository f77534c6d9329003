import { describe, expect, it } from 'vitest';
import { normalizeBase, resolveDeployment, resolvePageLinks } from '../../../src/config/deployment.ts';

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

describe('page links from the environment', () => {
	it('hides both links when nothing is configured', () => {
		expect(resolvePageLinks({})).toEqual({});
	});
	it('reads the edit prefix (with a trailing slash) and the report address', () => {
		expect(resolvePageLinks({ EDIT_URL: 'https://git.example.org/r/edit/main', REPORT_PROBLEM_URL: 'mailto:a@b.ca' })).toEqual({
			editUrl: 'https://git.example.org/r/edit/main/',
			reportProblemUrl: 'mailto:a@b.ca',
		});
	});
	it('rejects an address that is not a URL, naming the variable', () => {
		expect(() => resolvePageLinks({ REPORT_PROBLEM_URL: 'someone' })).toThrow(/REPORT_PROBLEM_URL/);
	});
});
