import { panelSituation } from './panelSituation';
import { sidebarPanelsFor } from './sidebarPanels';

describe('panelSituation', () => {
  const ready = { itemId: 'rec', draftModeActive: true, accessToken: 'tok' };
  it('is ready with a saved record, draft/published and a token', () => {
    expect(panelSituation(ready)).toEqual({ kind: 'ready', itemId: 'rec', token: 'tok' });
  });
  it.each([
    [{ ...ready, draftModeActive: false }, 'Always live'],
    [{ ...ready, itemId: null }, 'Not saved yet'],
    [{ ...ready, accessToken: undefined }, 'Permission needed'],
  ])('explains instead of acting for %j', (facts, title) => {
    const situation = panelSituation(facts);
    expect(situation.kind).toBe('explain');
    expect(situation.kind === 'explain' && situation.title).toBe(title);
  });
  it('tells how to grant the missing token permission', () => {
    const situation = panelSituation({ ...ready, accessToken: undefined });
    expect(situation.kind === 'explain' && situation.message).toContain('Configuration → Plugins');
  });
});

describe('sidebarPanelsFor', () => {
  it('declares the panel only on models with draft/published', () => {
    expect(sidebarPanelsFor({ attributes: { draft_mode_active: true } })).toHaveLength(1);
    expect(sidebarPanelsFor({ attributes: { draft_mode_active: false } })).toEqual([]);
  });
});
