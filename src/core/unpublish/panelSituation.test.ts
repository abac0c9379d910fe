import { FACTORY_DEFAULTS } from '../config/pluginConfig';
import { notApplicableReason, sidebarPanelsFor } from '../config/sidebarPanels';
import { panelSituation } from './panelSituation';

describe('panelSituation', () => {
  const ready = { itemId: 'rec', model: { attributes: { draft_mode_active: true } }, accessToken: 'tok' };
  it('is ready with a saved record, draft/published and a token', () => {
    expect(panelSituation(ready)).toEqual({ kind: 'ready', itemId: 'rec', token: 'tok' });
  });
  it.each([
    [{ ...ready, model: { attributes: { draft_mode_active: false } } }, 'alwaysLive'],
    [{ ...ready, itemId: null }, 'notSaved'],
    [{ ...ready, accessToken: undefined }, 'noToken'],
  ])('explains instead of acting for %j', (facts, reason) => {
    const situation = panelSituation(facts);
    expect(situation.kind).toBe('explain');
    expect(situation.kind === 'explain' && situation.reason).toBe(reason);
  });
  it('tells how to grant the missing token permission', () => {
    const situation = panelSituation({ ...ready, accessToken: undefined });
    expect(situation.kind === 'explain' && situation.message).toContain('Configuration → Plugins');
  });
});

describe('sidebarPanelsFor', () => {
  const article = { id: 'model-article', attributes: { draft_mode_active: true } };
  it('declares the panel on models with draft/published, with the default settings', () => {
    expect(sidebarPanelsFor(article, {})).toEqual([
      { id: 'selective-unpublish', label: 'Unpublish locales', startOpen: true },
    ]);
  });
  it('says on the settings screen why a model without draft/published gets no panel', () => {
    expect(notApplicableReason({ id: 'a', attributes: { draft_mode_active: false } })).toBe(
      'Draft/published is off for this model: its records are live as soon as they are saved, so there is nothing to unpublish and the panel does not appear on them.',
    );
    expect(notApplicableReason({ id: 'a', attributes: { draft_mode_active: true } })).toBeNull();
  });
  it('never declares it on models without draft/published or on blocks', () => {
    expect(sidebarPanelsFor({ id: 'a', attributes: { draft_mode_active: false } }, {})).toEqual([]);
    expect(sidebarPanelsFor({ id: 'b', attributes: { draft_mode_active: true, modular_block: true } }, {})).toEqual([]);
  });
  it("follows the model's configuration: disabled, start closed, placement", () => {
    const models = (settings: object) => ({
      version: 1,
      defaults: FACTORY_DEFAULTS,
      models: { 'model-article': { ...FACTORY_DEFAULTS, ...settings } },
    });
    expect(sidebarPanelsFor(article, models({ enabled: false }))).toEqual([]);
    expect(sidebarPanelsFor(article, models({ startOpen: false, placement: ['before', 'info'] }))).toEqual([
      { id: 'selective-unpublish', label: 'Unpublish locales', startOpen: false, placement: ['before', 'info'] },
    ]);
    // Another model keeps the defaults.
    expect(
      sidebarPanelsFor({ id: 'model-page', attributes: { draft_mode_active: true } }, models({ enabled: false })),
    ).toHaveLength(1);
  });
  it('falls back to the defaults on malformed parameters', () => {
    expect(sidebarPanelsFor(article, 'garbage')).toHaveLength(1);
  });
});
