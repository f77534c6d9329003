declare namespace App {
	interface Locals {
		/** Set by src/pages/[lang]/[...slug].astro for the page being rendered. */
		page?: import('./model/page-context.ts').PageContext;
	}
}
