/**
 * From this many servers on, the canvas draws only the nodes and edges in view (React Flow's
 * onlyRenderVisibleElements): a zoomed-in large design then costs what is on screen (issue 18). Below it, every
 * node stays in the DOM (the built-in templates have at most a few dozen), so find-by-name and export see them all.
 */
export const LARGE_DESIGN_NODES = 200;
