// What MDX prose uses and points to, checked on the syntax tree the loader
// parsed (so with the file's line numbers) before anything renders:
// components exist and get valid props, the entries they name exist, every
// internal link and image resolves to a published page or file (citation
// anchors included), and Mermaid fences cannot change the renderer's settings.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { z } from 'astro/zod';
import { MDX_COMPONENT_PROPS, MDX_COMPONENT_REFERENCES, type MdxComponentName } from '../components/mdx/props.ts';
import type { DataCollection } from './collections.ts';
import type { ContentIssue, ContentSet } from './content-set.ts';
import { slideAnchor } from './anchors.ts';
import type { Route } from './routes.ts';

interface Node {
	type: string;
	name?: string | null;
	url?: string;
	lang?: string | null;
	value?: unknown;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
	position?: { start: { line: number; column: number } };
}

export interface ProseContext {
	set: ContentSet;
	/** Every route, drafts included, and the published ones. */
	routes: Route[];
	published: Set<string>;
	production: boolean;
	/** Project root, for files under public/. */
	root: string;
	ref(from: { file: string; line?: number; id: string; draft: boolean }, field: string, collection: DataCollection, id: string): void;
}

function walk(node: Node, visit: (n: Node) => void): void {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

/** Props as MDX gives them: strings, `true` for a bare attribute, or an expression (refused). */
export function propsOf(node: Node): { props: Record<string, unknown>; expression?: string } {
	const props: Record<string, unknown> = {};
	for (const a of node.attributes ?? []) {
		if (a.type !== 'mdxJsxAttribute' || !a.name) return { props, expression: '{…}' };
		if (a.value === null || a.value === undefined) props[a.name] = true;
		else if (typeof a.value === 'string') props[a.name] = a.value;
		else return { props, expression: a.name };
	}
	return { props };
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;
/** Mermaid directives that could change the security level, HTML labels or theme CSS. */
const MERMAID_DIRECTIVE = /%%\s*\{/;

/** Anchors a generated page is known to have, by route kind and view: others are not checked. */
function anchorsOf(ctx: ProseContext, route: Route): Set<string> | undefined {
	if (route.kind === 'document') return new Set(route.entry.slides.map((s) => slideAnchor(s.id)));
	if (route.kind !== 'page') return undefined;
	const view = route.page.data.view;
	if (view === 'measures') return new Set(ctx.set.measures.map((m) => m.data.id));
	if (view === 'glossary') return new Set(ctx.set.glossary.map((g) => g.data.id));
	return undefined;
}

export function proseIssues(ctx: ProseContext): ContentIssue[] {
	const issues: ContentIssue[] = [];
	const byPath = new Map(ctx.routes.map((r) => [`/${r.path}`, r]));
	const pageRoutes = new Map(ctx.routes.flatMap((r) => (r.kind === 'page' ? [[r.page.file, r] as const] : [])));
	const slidesOf = new Map(ctx.set.documents.map((d) => [d.data.id, new Set(d.data.slides.map((s) => s.id))]));

	for (const page of ctx.set.pages) {
		// Drafts are not built in production: what they say is checked in dev.
		if (ctx.production && page.data.draft) continue;
		const key = page.data.translationKey;
		const at = (node: Node) => node.position?.start;
		const push = (node: Node, field: string, message: string) =>
			issues.push({ file: page.file, line: at(node)?.line, column: at(node)?.column, field: `${key} › ${field}`, message });
		const self = pageRoutes.get(page.file);
		const base = new URL(`/${self?.path ?? `${page.lang}/`}`, 'http://site.invalid');

		const checkTarget = (node: Node, field: string, url: string) => {
			if (!url || url.startsWith('#') || EXTERNAL.test(url)) return;
			const target = new URL(url, base);
			let path = decodeURI(target.pathname);
			if (/\.[a-z0-9]+$/i.test(path)) {
				if (!existsSync(resolve(ctx.root, 'public', `.${path}`)))
					push(node, field, `links to ${path}, which is neither a page of the site nor a file in public/`);
				return;
			}
			if (!path.endsWith('/')) path += '/';
			const route = byPath.get(path);
			if (!route) {
				// `/` is the language-choice page, which is not a route of any language.
				if (path !== '/') push(node, field, `links to ${path}, which is not a page of the site`);
				return;
			}
			if (ctx.production && !ctx.published.has(path)) {
				push(node, field, `published page links to ${path}, which is a draft (${route.file}); publish both or remove the link`);
				return;
			}
			const fragment = decodeURIComponent(target.hash.slice(1));
			const anchors = fragment ? anchorsOf(ctx, route) : undefined;
			if (anchors && !anchors.has(fragment)) push(node, field, `links to ${path}#${fragment}, but that page has no anchor "${fragment}"`);
		};

		walk(page.tree as Node, (node) => {
			switch (node.type) {
				case 'link':
				case 'definition':
					checkTarget(node, 'link', node.url ?? '');
					break;
				case 'image':
					checkTarget(node, 'image', node.url ?? '');
					break;
				case 'code':
					if (node.lang === 'mermaid' && typeof node.value === 'string' && MERMAID_DIRECTIVE.test(node.value))
						push(node, 'mermaid', 'Mermaid %%{init}%% directives are not allowed: the site sets the diagrams’ configuration');
					break;
				case 'mdxJsxFlowElement':
				case 'mdxJsxTextElement':
					checkElement(node);
					break;
				case 'mdxjsEsm':
					push(node, '(MDX)', 'import and export statements are not allowed in content: use the components the site provides');
					break;
			}
		});

		function checkElement(node: Node): void {
			const name = node.name ?? '';
			if (!name) return; // a fragment <>…</>
			const { props, expression } = propsOf(node);
			if (/^[a-z]/.test(name)) {
				// Plain HTML: only its links are the site's business.
				for (const attr of ['href', 'src'] as const) if (typeof props[attr] === 'string') checkTarget(node, `<${name} ${attr}>`, props[attr] as string);
				return;
			}
			if (!(name in MDX_COMPONENT_PROPS)) {
				push(node, `<${name}>`, `unknown component <${name}>: the components are ${Object.keys(MDX_COMPONENT_PROPS).join(', ')}`);
				return;
			}
			const component = name as MdxComponentName;
			if (expression) {
				push(node, `<${name} ${expression}>`, 'props must be plain text in quotes, not {expressions}');
				return;
			}
			const parsed = (MDX_COMPONENT_PROPS[component] as z.ZodType).safeParse(props);
			if (!parsed.success) {
				for (const i of parsed.error.issues) push(node, `<${name} ${i.path.join('.') || ''}>`.replace(' >', '>'), i.message);
				return;
			}
			const reference = MDX_COMPONENT_REFERENCES[component];
			const from = { file: page.file, line: at(node)?.line, id: key, draft: page.data.draft };
			if (reference) ctx.ref(from, `<${name} ${reference.prop}>`, reference.collection, props[reference.prop] as string);
			if (component === 'Cite') {
				const slides = slidesOf.get(props.document as string);
				if (slides && !slides.has(props.slide as string))
					push(node, `<Cite slide>`, `document "${String(props.document)}" has no slide "${String(props.slide)}"`);
			}
		}
	}
	return issues;
}
