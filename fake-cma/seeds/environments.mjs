// The environments the fake starts with when no seed is given (issue 9). Forked
// environments keep record ids (https://www.datocms.com/product-updates/immutable-ids-during-environment-fork-and-site-duplication);
// each has its own data from then on.
//
//   main               primary, the default seed
//   sandbox-spring     a fork of main that differs: rec-html is missing (created in main after
//                      the fork) and rec-article has only `en` live (main: en, it, es)
//   readonly-archive   a fork in read-only mode: reads work, writes answer ENVIRONMENT_IN_READ_ONLY_MODE
//   sandbox-creating   a fork still being created (status `creating`): every request answers
//                      ENVIRONMENT_NOT_READY

import { defaultSeed } from '../seed.mjs';

/** @typedef {import('../environments.mjs').EnvironmentSeed} EnvironmentSeed */

/** @returns {EnvironmentSeed[]} */
export function defaultEnvironments() {
  const sandbox = defaultSeed();
  sandbox.records = sandbox.records.filter((record) => record.id !== 'rec-html');
  const article = sandbox.records.find((record) => record.id === 'rec-article');
  if (article && typeof article.title !== 'string') article.published = { en: article.title.en ?? '' };
  return [
    { id: 'main', primary: true, seed: defaultSeed() },
    { id: 'sandbox-spring', forkedFrom: 'main', seed: sandbox },
    { id: 'readonly-archive', forkedFrom: 'main', readOnly: true, seed: defaultSeed() },
    {
      id: 'sandbox-creating',
      forkedFrom: 'main',
      status: 'creating',
      forkCompletionPercentage: 40,
      seed: defaultSeed(),
    },
  ];
}
