/**
 * Turning user text (body names, acronyms, statements) into Mermaid text that
 * cannot change a chart's structure nor put markup into the SVG.
 *
 * Facts measured on Mermaid 12.3.0 with `htmlLabels: false` (SVG <text> labels,
 * which is how this project renders):
 * - Inside a double-quoted label, `]`, `-->`, `;`, `%%` (not at line start) and
 *   `\` are plain text. Only `"` ends the label, and a newline ends the statement.
 * - Of Mermaid's entity codes only `#lt;`, `#gt;` and `#amp;` come out right in
 *   SVG labels; `#quot;`, `#35;`, `#9650;` and the like are drawn literally as
 *   `&quot;`, `&#35;`… (mermaid-js/mermaid#7015, still open). So a `"` in a
 *   label is replaced by typographic quotes, and `#` is kept from forming an
 *   entity code with an invisible word joiner.
 * - A bare `>` vanishes from SVG labels (e.g. `-->` is drawn `--`), so `<` and
 *   `>` are always encoded; with `#lt;`/`#gt;` they are drawn as text, and
 *   DOMPurify (securityLevel 'strict') never sees a tag.
 * - Text between backticks is dropped in SVG labels (mermaid-js/mermaid#7013):
 *   backticks become U+02CB (ˋ).
 * - `%%{…}%%` directives are recognised anywhere in the source, so `%%` in user
 *   text is split with a word joiner.
 * - In `accTitle`/`accDescr`, all entity codes (numeric too) are decoded, so
 *   those use `#NN;` codes and keep the exact text.
 */

/** U+2060 WORD JOINER: invisible, not a \w character, not whitespace. */
const WJ = '\u2060';

/** Control characters and line/paragraph separators: a label is one line. */
const LINE_BREAKING = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/** Collapse to a single line of text with single spaces. */
export function toSingleLine(text: string): string {
	return text.replace(LINE_BREAKING, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Escape text for use inside a double-quoted Mermaid label (node, edge label or
 * subgraph title). The result contains no `"`, no newline, no raw `<` or `>`,
 * no `%%` and no `#name;` sequence other than the three codes this function
 * writes.
 */
export function escapeLabel(text: string): string {
	let s = toSingleLine(text);
	// Keep `#word;` in user text from being read as an entity code.
	s = s.replace(/#(?=\w+;)/g, `#${WJ}`);
	// No `%%` may reach the parser (comments, directives).
	s = s.replace(/%(?=%)/g, `%${WJ}`);
	// `"` would end the label: alternate opening and closing typographic quotes.
	let open = true;
	s = s.replace(/"/g, () => {
		const q = open ? '“' : '”';
		open = !open;
		return q;
	});
	s = s.replace(/`/g, 'ˋ');
	// Order matters: `&` first so the codes written next are not re-encoded.
	s = s.replace(/&/g, '#amp;').replace(/</g, '#lt;').replace(/>/g, '#gt;');
	return s;
}

/** Line break inside a label. Written by the generators only, never from user text. */
export const LABEL_BREAK = '<br/>';

/** A complete quoted label from one or more lines of user text. Empty lines are dropped. */
export function quoteLabel(...lines: (string | undefined | null | false)[]): string {
	const parts = lines
		.filter((l): l is string => typeof l === 'string')
		.map(escapeLabel)
		.filter((l) => l.length > 0);
	return `"${parts.join(LABEL_BREAK) || ' '}"`;
}

/**
 * Escape text for `accTitle:` / `accDescr:` (one line each). Every character
 * that Mermaid's grammar or entity decoding could act on is written as a
 * numeric entity code, which Mermaid decodes back into the exact text of the
 * SVG <title>/<desc>.
 */
export function escapeAccText(text: string): string {
	return toSingleLine(text).replace(/[&<>"'#;%:{}`\\]/g, (c) => `#${c.charCodeAt(0)};`);
}

/** HTML-escape text for element content or a double-quoted attribute. */
export function escapeHtml(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&#39;');
}

/** Node, edge and subgraph ids are generated, never derived from user text. */
export function nodeId(index: number): string {
	return `n${index}`;
}
export function edgeId(index: number): string {
	return `e${index}`;
}
