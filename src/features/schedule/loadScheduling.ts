/** Scheduling (with the Temporal polyfill), loaded on demand: the one loader of the record panel and the plans page. */
export const loadScheduling = () => import('./Scheduling');
