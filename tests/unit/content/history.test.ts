// The records of the strategy over time (meetings, decisions, events), fed
// good and bad content: the derived statuses and structure, and each rule's
// error naming the file, the entry and the field.
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/model/check-content.ts';
import { contentFiles } from '../../../src/model/collections.ts';
import { formatIssue } from '../../../src/model/content-set.ts';
import { deriveHistory } from '../../../src/model/history.ts';
import { loadContent } from '../../../src/model/load-content.ts';
import { copyFixture, type FixtureCopy } from './fixture.ts';

let fx: FixtureCopy;
afterEach(() => fx?.cleanup());

const RECORD = `      - record: { fr: "Procès-verbal", en: "Minutes" }`;
const decision = (id: string, outcome: string, meeting = 'meeting-a', measure = 'measure-a') =>
	`- id: ${id}\n  measure: ${measure}\n  meeting: ${meeting}\n  outcome: ${outcome}\n  sources:\n${RECORD}\n  change: major\n`;
const measureEvent = (id: string, date: string, type: string, extra = '') =>
	`- id: ${id}\n  date: ${date}\n  measure: measure-a\n  type: ${type}\n  sources:\n${RECORD}\n  change: major\n${extra}`;
const bodyEvent = (id: string, date: string, body: string, type: string, extra = '') =>
	`- id: ${id}\n  date: ${date}\n  body: ${body}\n  type: ${type}\n  sources:\n${RECORD}\n  change: major\n${extra}`;
const meeting = (id: string, date: string) =>
	`- id: ${id}\n  date: ${date}\n  title: { fr: "Réunion ${date}", en: "Meeting ${date}" }\n  sources:\n    - record: { fr: "Avis", en: "Notice" }\n`;

function check(records: { decisions?: string; events?: string; meetings?: string }): { out: string; ok: boolean } {
	fx = copyFixture();
	if (records.decisions) fx.write('data/decisions.yaml', records.decisions);
	if (records.events) fx.write('data/events.yaml', records.events);
	if (records.meetings) fx.write('data/meetings.yaml', `${fx.read('data/meetings.yaml')}${records.meetings}`);
	const { issues } = checkContent(fx.root, { production: true, files: contentFiles(fx.contentDir) });
	return { out: issues.map(formatIssue).join('\n'), ok: issues.length === 0 };
}

function history(records: Parameters<typeof check>[0]) {
	const r = check(records);
	expect(r.out).toBe('');
	return deriveHistory(loadContent(fx.root, contentFiles(fx.contentDir)).set).history;
}

describe('derived history', () => {
	it('a measure with no decision keeps its deck status, and says no decision is recorded', () => {
		const h = history({});
		expect(h.measure('measure-a')).toMatchObject({ status: 'proposed', decided: false, last: undefined });
		expect(h.measure('measure-a').steps).toMatchObject([{ kind: 'proposed', date: '2020-02-27' }]);
		expect(h.changes).toEqual([]);
	});

	it('one decision entry moves the measure to approved, dated by its meeting', () => {
		const h = history({ decisions: decision('approve-a', 'approved') });
		expect(h.measure('measure-a')).toMatchObject({ status: 'approved', decided: true, last: { kind: 'decision', date: '2020-02-27' } });
		expect(h.majorChanges.map((c) => c.id)).toEqual(['approve-a']);
	});

	it('a deferred measure can be decided at a later meeting; events follow approval; newest change first', () => {
		const h = history({
			meetings: meeting('meeting-b', '2020-06-01'),
			decisions: decision('defer-a', 'deferred') + decision('approve-a', 'approved', 'meeting-b'),
			events: measureEvent('start-a', '2020-07-01', 'in-progress') + measureEvent('done-a', '2021-01-15', 'completed'),
		});
		expect(h.measure('measure-a').steps.map((s) => s.status)).toEqual(['proposed', 'deferred', 'approved', 'in-progress', 'completed']);
		expect(h.changes.map((c) => c.id)).toEqual(['done-a', 'start-a', 'approve-a', 'defer-a']);
	});

	it('a minor change is in the history but not among the major changes', () => {
		const h = history({ decisions: decision('approve-a', 'approved').replace('change: major', 'change: minor') });
		expect(h.changes).toHaveLength(1);
		expect(h.majorChanges).toHaveLength(0);
	});

	it('the structure as of a date applies the body events up to that date', () => {
		const h = history({
			events:
				bodyEvent('b-moves', '2020-05-01', 'group-b', 'reporting-line-changed', '  reportsTo: top\n') +
				bodyEvent('a-dissolved', '2020-09-01', 'group-a', 'dissolved'),
		});
		expect(h.bodiesAsOf('2020-02-27').get('group-b')).toMatchObject({ exists: true, reportsTo: 'group-a' });
		expect(h.bodiesAsOf('2020-06-01').get('group-b')).toMatchObject({ reportsTo: 'top' });
		expect(h.bodiesAsOf('2020-06-01').get('group-a')).toMatchObject({ exists: true });
		expect(h.bodiesAsOf('2021-01-01').get('group-a')).toMatchObject({ exists: false, dissolved: true });
	});
});

describe('rules on the records', () => {
	it('refuses a decision on a meeting that does not exist, naming file, entry and field', () => {
		const r = check({ decisions: decision('approve-a', 'approved', 'meeting-z') });
		expect(r.out).toMatch(/data\/decisions\.yaml:1 › approve-a › meeting: refers to meetings "meeting-z", which does not exist/);
	});

	it('refuses a decision on a measure that does not exist', () => {
		const r = check({ decisions: decision('approve-z', 'approved', 'meeting-a', 'measure-z') });
		expect(r.out).toMatch(/decisions\.yaml:1 › approve-z › measure: refers to measures "measure-z", which does not exist/);
	});

	it('refuses an outcome that is not one of the five', () => {
		const r = check({ decisions: decision('approve-a', 'accepted') });
		expect(r.out).toMatch(/decisions\.yaml:\d+ › approve-a › outcome: .*approved.*noted/);
	});

	it('refuses a second decision on a measure already decided', () => {
		const r = check({ meetings: meeting('meeting-b', '2020-06-01'), decisions: decision('approve-a', 'approved') + decision('reject-a', 'rejected', 'meeting-b') });
		expect(r.out).toMatch(/decisions\.yaml:\d+ › reject-a › outcome: "measure-a" is already approved on 2020-06-01/);
	});

	it('refuses a decision at a meeting held before the deck was presented', () => {
		const r = check({ meetings: meeting('meeting-early', '2019-01-10'), decisions: decision('approve-a', 'approved', 'meeting-early') });
		expect(r.out).toMatch(/› approve-a › meeting: the meeting of 2019-01-10 came before the deck proposing "measure-a" was presented \(2020-02-27\)/);
	});

	it('refuses a decision at a meeting that has not taken place', () => {
		const r = check({ meetings: meeting('meeting-future', '2999-01-01'), decisions: decision('approve-a', 'approved', 'meeting-future') });
		expect(r.out).toMatch(/› approve-a › meeting: the meeting "meeting-future" \(2999-01-01\) has not taken place yet/);
	});

	it('refuses an illegal transition (completed before approval)', () => {
		const r = check({ events: measureEvent('done-a', '2020-03-01', 'completed') });
		expect(r.out).toMatch(/data\/events\.yaml:1 › done-a › type: "measure-a" cannot go from proposed to completed on 2020-03-01 \(completed follows approved or in-progress\)/);
	});

	it('refuses a measure event dated before the decision it follows', () => {
		const r = check({
			meetings: meeting('meeting-b', '2020-06-01'),
			decisions: decision('approve-a', 'approved', 'meeting-b'),
			events: measureEvent('start-a', '2020-04-01', 'in-progress', '  decision: approve-a\n'),
		});
		expect(r.out).toMatch(/› start-a › date: 2020-04-01 is before the decision it follows \("approve-a", taken on 2020-06-01\)/);
	});

	it('refuses an event in the future', () => {
		const r = check({ decisions: decision('approve-a', 'approved'), events: measureEvent('start-a', '2999-05-01', 'in-progress') });
		expect(r.out).toMatch(/› start-a › date: 2999-05-01 is in the future/);
	});

	it('refuses events out of date order', () => {
		const r = check({ events: bodyEvent('late', '2020-09-01', 'group-b', 'dissolved') + bodyEvent('early', '2020-05-01', 'group-a', 'converted-to-community-of-practice') });
		expect(r.out).toMatch(/› early › date: 2020-05-01 is before the entry above it \("late", 2020-09-01\): keep events\.yaml in date order/);
	});

	it('refuses an event with neither a source nor a decision', () => {
		const r = check({ events: `- id: bare\n  date: 2020-05-01\n  body: group-b\n  type: dissolved\n  change: major\n` });
		expect(r.out).toMatch(/events\.yaml:1 › bare › sources: an event needs its sources, or the decision that caused it/);
	});

	it('refuses an event without a change weight', () => {
		const r = check({ events: bodyEvent('a', '2020-05-01', 'group-b', 'dissolved').replace('  change: major\n', '') });
		expect(r.out).toMatch(/events\.yaml:\d+ › a › change: must be "major" .* or "minor"/);
	});

	it('refuses anything happening to a dissolved body', () => {
		const r = check({ events: bodyEvent('gone', '2020-05-01', 'group-b', 'dissolved') + bodyEvent('again', '2020-06-01', 'group-b', 'converted-to-community-of-practice') });
		expect(r.out).toMatch(/› again › type: "group-b" was dissolved: nothing can happen to it on 2020-06-01/);
	});

	it('refuses a reporting line that would make a cycle on that date', () => {
		const r = check({ events: bodyEvent('loop', '2020-05-01', 'top', 'reporting-line-changed', '  reportsTo: group-b\n') });
		expect(r.out).toMatch(/events\.yaml:1 › loop › reportsTo: on 2020-05-01 the reporting lines would form a cycle: /);
	});

	it('refuses a reporting line to a body that does not exist', () => {
		const r = check({ events: bodyEvent('to-nowhere', '2020-05-01', 'group-b', 'reporting-line-changed', '  reportsTo: nowhere\n') });
		expect(r.out).toMatch(/› to-nowhere › reportsTo: refers to bodies "nowhere", which does not exist/);
	});

	it('refuses a reporting-line change without its new line', () => {
		const r = check({ events: bodyEvent('no-target', '2020-05-01', 'group-b', 'reporting-line-changed') });
		expect(r.out).toMatch(/events\.yaml:\d+ › no-target › reportsTo: /);
	});

	it('refuses a measure status written in measures.yaml instead of recorded', () => {
		fx = copyFixture();
		fx.edit('data/measures.yaml', 'status: proposed', 'status: approved');
		const { issues } = checkContent(fx.root, { production: true, files: contentFiles(fx.contentDir) });
		expect(issues.map(formatIssue).join('\n')).toMatch(/measures\.yaml:\d+ › measure-a › status: must be "proposed" or "recommended", as the deck puts it: a later status is recorded as a decision/);
	});

	it('refuses a meeting whose cover source gives another date', () => {
		fx = copyFixture();
		fx.edit('data/meetings.yaml', 'date: 2020-02-27', 'date: 2020-03-05');
		const { issues } = checkContent(fx.root, { production: true, files: contentFiles(fx.contentDir) });
		expect(issues.map(formatIssue).join('\n')).toMatch(/meetings\.yaml:1 › meeting-a › sources\[0\]: the cover of "deck-a" is dated 2020-02-27, not the meeting's date \(2020-03-05\)/);
	});
});
