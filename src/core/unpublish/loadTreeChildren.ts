/**
 * The tree walk (treeChildren.ts), loaded on demand: by the panel after a PUBLISHED_CHILDREN
 * refusal, by the panel's plan card and by the plans page for a whole-record plan of a tree parent.
 *
 * Measured with Vite 8 (rolldown): when the lazily loaded scheduling chunk itself referred to this
 * dynamic import, the bundler moved React and datocms-react-ui out of the entry into a shared chunk
 * that the first load must also fetch (about 2 KB more gzip). So the panel hands this loader to the
 * scheduling chunk as a prop instead.
 */
export const loadTreeChildren = () => import('./treeChildren');
