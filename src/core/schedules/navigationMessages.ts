/**
 * The Content sidebar's entry for the plans page. Its own module: the hook that declares it is
 * in the panel's first load, and a shared module would bring all of its words there.
 */
export const SCHEDULES_NAVIGATION_LABEL = 'Scheduled unpublishing';
