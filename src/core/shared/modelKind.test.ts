import { notApplicableReason, sidebarPanelsFor } from '../config/sidebarPanels';
import { panelSituation } from '../unpublish/panelSituation';
import { isAlwaysLive, isBlockModel } from './modelKind';

const model = (draft_mode_active: boolean, modular_block?: boolean) => ({
  id: 'm',
  attributes: { draft_mode_active, ...(modular_block === undefined ? {} : { modular_block }) },
});

describe('modelKind', () => {
  it.each([
    [model(true), false, false],
    [model(false), true, false],
    [model(true, true), false, true],
    [model(false, false), true, false],
  ])('%j: always live %s, block %s', (facts, alwaysLive, block) => {
    expect(isAlwaysLive(facts)).toBe(alwaysLive);
    expect(isBlockModel(facts)).toBe(block);
  });

  it('is the one rule the settings screen, the panel declaration and the panel itself follow', () => {
    for (const facts of [model(true), model(false), model(true, false), model(false, false)]) {
      const offered = sidebarPanelsFor(facts, {}).length > 0;
      const situation = panelSituation({ itemId: 'rec', model: facts, accessToken: 'tok' });
      expect(offered).toBe(!isAlwaysLive(facts));
      expect(notApplicableReason(facts) === null).toBe(!isAlwaysLive(facts));
      expect(situation.kind === 'ready').toBe(!isAlwaysLive(facts));
    }
  });
});
