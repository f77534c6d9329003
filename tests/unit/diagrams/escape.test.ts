import { describe, expect, it } from 'vitest';
import { escapeAccText, escapeHtml, escapeLabel, quoteLabel, toSingleLine } from '../../../src/diagrams/escape.ts';
import { numberChanges, structureChart } from '../../../src/diagrams/structure-chart.ts';
import { HOSTILE_EDGES, HOSTILE_NAMES, hostileBodies, parseSource } from './helpers.ts';

describe('escapeLabel', () => {
	it('never lets a quote, a newline, raw < or >, %% or a #code; through', () => {
		for (const name of [...HOSTILE_NAMES, 'a\nb\r\nc', 'x #quot; y', 'C#12; and #lt;', '%%{init: {"theme":"dark"}}%%', '`code`']) {
			const s = escapeLabel(name);
			expect(s).not.toMatch(/["\n\r<>]/);
			expect(s).not.toContain('%%');
			// The only entity codes left are the three this function writes.
			for (const code of s.match(/#\w+;/g) ?? []) expect(['#lt;', '#gt;', '#amp;']).toContain(code);
		}
	});

	it('writes the codes Mermaid decodes in SVG labels', () => {
		expect(escapeLabel('<script>alert(1)</script>')).toBe('#lt;script#gt;alert(1)#lt;/script#gt;');
		expect(escapeLabel('a & b')).toBe('a #amp; b');
		expect(escapeLabel('-->')).toBe('--#gt;');
	});

	it('replaces straight double quotes with typographic ones, in pairs', () => {
		expect(escapeLabel('"]')).toBe('“]');
		expect(escapeLabel('say "hi" now')).toBe('say “hi” now');
	});

	it('keeps one line, single spaces', () => {
		expect(toSingleLine('  a\n\tb  \u2028 c ')).toBe('a b c');
		expect(quoteLabel('a', undefined, '', 'b')).toBe('"a<br/>b"');
		expect(quoteLabel('')).toBe('" "');
	});
});

describe('escapeAccText', () => {
	it('is one line and encodes everything Mermaid could act on', () => {
		const s = escapeAccText('T "]" --> %% ; <script>\nC#12; {a} x:y');
		expect(s).not.toMatch(/[\n"<>%{}:]/);
		expect(s).not.toMatch(/;(?<!#\d+;)/); // every ; ends a numeric code
		expect(s).toBe('T #34;]#34; --#62; #37;#37; #59; #60;script#62; C#35;12#59; #123;a#125; x#58;y');
	});
});

describe('escapeHtml', () => {
	it('escapes markup and quotes', () => {
		expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
	});
});

describe('hostile body names do not change the chart structure', () => {
	for (const lang of ['fr', 'en'] as const) {
		it(`current chart (${lang}): one node per body, the expected edges, nothing else`, () => {
			const spec = structureChart(hostileBodies(), lang);
			const p = parseSource(spec.source); // throws on any unexpected statement
			expect(p.nodes.size).toBe(HOSTILE_NAMES.length);
			expect(p.edges).toHaveLength(HOSTILE_EDGES);
			expect(p.subgraphs).toHaveLength(0);
			expect([...p.nodes.keys()]).toEqual(HOSTILE_NAMES.map((_, i) => `n${i}`));
			// ids are generated: no user text before the label
			for (const line of spec.source.split('\n')) expect(line).not.toMatch(/^[^n"]*(script|img|alert)/);
		});
	}

	it('with proposed changes overlaid too', () => {
		const bodies = hostileBodies();
		bodies[3]!.proposedChanges = [{ type: 'phase-out', measure: 'm-x' }];
		bodies[1]!.proposedChanges = [{ type: 'move-to', measure: 'm-y', target: 'hostile-2' }];
		const changes = numberChanges(bodies, () => 'deck', ['deck']);
		const p = parseSource(structureChart(bodies, 'fr', { changes, deckName: () => '<b>"deck"</b>' }).source);
		expect(p.nodes.size).toBe(HOSTILE_NAMES.length);
		expect(p.edges).toHaveLength(HOSTILE_EDGES + 1);
	});
});
