import { mdxToMdast, type MdastNode } from 'satteri';

/** One use of a component in an MDX page, e.g. `<Fact {...props} k="tier:1:price" />`. */
export interface ComponentUse {
	/** The component's name as written, e.g. `Fact`. */
	component: string;
	/** Its attributes written as text (`k="…"`); attributes given as `{expressions}` are in `expressions`. */
	attributes: Record<string, string>;
	/** Names of the attributes given as expressions (their value is only known when the page renders). */
	expressions: string[];
	/** The line in the file (1-based), where the parser reports it. */
	line?: number;
}

/**
 * The uses of `components` in an MDX file, read from its syntax tree with the MDX parser Astro's MDX integration
 * uses (satteri), so what is checked is exactly what renders: a tag inside a code span, a code block or a
 * `{/* comment *\/}` is not a use, and attributes are read whatever their order or line breaks.
 * Throws the parser's error when the file is not valid MDX.
 */
export function componentUses(source: string, components: readonly string[]): ComponentUse[] {
	const uses: ComponentUse[] = [];
	const visit = (node: MdastNode) => {
		if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name && components.includes(node.name)) {
			const attributes: Record<string, string> = {};
			const expressions: string[] = [];
			for (const a of node.attributes) {
				if (a.type !== 'mdxJsxAttribute') continue;
				if (typeof a.value === 'string') attributes[a.name] = a.value;
				else if (a.value !== null && a.value !== undefined) expressions.push(a.name);
			}
			uses.push({ component: node.name, attributes, expressions, line: node.position?.start.line });
		}
		if ('children' in node && Array.isArray(node.children)) for (const child of node.children as MdastNode[]) visit(child);
	};
	visit(mdxToMdast(source));
	return uses;
}
