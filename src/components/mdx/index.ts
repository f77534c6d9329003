// The components editors can use in MDX without importing them (see README);
// their props are declared in props.ts, and the two lists must agree.
import Body from './Body.astro';
import Cite from './Cite.astro';
import Measure from './Measure.astro';
import Status from './Status.astro';
import type { MdxComponentName } from './props.ts';

export const mdxComponents = { Body, Cite, Measure, Status } satisfies Record<MdxComponentName, unknown>;
