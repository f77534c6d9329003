// The components editors can use in MDX without importing them (see README).
import Body from './Body.astro';
import Cite from './Cite.astro';
import Measure from './Measure.astro';
import Status from './Status.astro';

export const mdxComponents = { Body, Cite, Measure, Status };
