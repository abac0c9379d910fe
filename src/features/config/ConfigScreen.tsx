import type { RenderConfigScreenCtx } from 'datocms-plugin-sdk';
import { Button, Form, Section } from 'datocms-react-ui';
import { useMemo, useState } from 'react';
import { CONFIG_TEXT, cannotSave, factoryDefaults } from '../../core/config/configMessages';
import { FACTORY_DEFAULTS, type PluginConfig, parseConfig, serializeConfig } from '../../core/config/pluginConfig';
import { invalidSections, isStored } from '../../core/config/settingsForm';
import { notApplicableReason } from '../../core/config/sidebarPanels';
import { canEditSchema } from '../../core/roles/rolePermissions';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';
import { PluginCanvas } from '../../ui/PluginCanvas';
import { secondaryButton } from '../../ui/Switch';
import { SettingsFields } from './SettingsFields';

const DEFAULTS_KEY = 'defaults';
// Sections keep the library's rhythm, with its smaller gap under the title (as the official plugins set it).
const SECTION_HEADER = { marginBottom: 'var(--spacing-m)' };

export default function ConfigScreen({ ctx }: { ctx: RenderConfigScreenCtx }) {
  const stored = ctx.plugin.attributes.parameters;
  const parsed = useMemo(() => parseConfig(stored), [stored]);
  const [config, setConfig] = useState<PluginConfig>(parsed.config);
  /** The lead times as typed, by section ('defaults' or a model id); absent: the saved number. */
  const [leadTexts, setLeadTexts] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  const readOnly = !canEditSchema(ctx.currentRole);
  const models = Object.values(ctx.itemTypes)
    .filter((model): model is NonNullable<typeof model> => Boolean(model) && !model?.attributes.modular_block)
    .sort((a, b) => a.attributes.name.localeCompare(b.attributes.name));

  const sections = [
    { key: DEFAULTS_KEY, name: CONFIG_TEXT.defaultsSection },
    ...models.filter((m) => config.models[m.id]).map((m) => ({ key: m.id, name: m.attributes.name })),
  ];
  const invalid = invalidSections(leadTexts, sections);
  // "Saved" only when the stored parameters hold exactly what is on screen.
  const upToDate = invalid.length === 0 && isStored(config, stored);

  const leadTextOf = (key: string, minutes: number) => leadTexts[key] ?? String(minutes);
  const setLeadText = (key: string, text: string) => setLeadTexts((current) => ({ ...current, [key]: text }));

  async function save() {
    if (invalid.length > 0) return;
    setSaving(true);
    try {
      await ctx.updatePluginParameters(serializeConfig(config));
      void ctx.notice(CONFIG_TEXT.savedNotice);
    } finally {
      setSaving(false);
    }
  }

  function restoreDefaults(modelId: string) {
    const { [modelId]: _removed, ...rest } = config.models;
    setConfig({ ...config, models: rest });
    setLeadTexts(({ [modelId]: _typed, ...others }) => others);
  }

  let saveLabel: string = CONFIG_TEXT.save;
  if (saving) saveLabel = CONFIG_TEXT.saving;
  else if (upToDate) saveLabel = CONFIG_TEXT.saved;

  return (
    <PluginCanvas ctx={ctx}>
      <Form onSubmit={() => !readOnly && void save()}>
        {readOnly && (
          <Callout tone="info" title={CONFIG_TEXT.readOnlyTitle}>
            {CONFIG_TEXT.readOnly}
          </Callout>
        )}
        {parsed.repairs.length > 0 && (
          <Callout tone="warning" title={CONFIG_TEXT.repairedTitle}>
            <ul className={styles.list}>
              {parsed.repairs.map((repair) => (
                <li key={`${repair.path}:${repair.message}`}>
                  <code>{repair.path || 'the settings'}</code> {repair.message}
                </li>
              ))}
            </ul>
            {CONFIG_TEXT.repairedSave}
          </Callout>
        )}
        <Section title={CONFIG_TEXT.defaultsTitle} headerStyle={SECTION_HEADER}>
          <div data-model="defaults" className={styles.stack}>
            <p className={styles.reason}>{factoryDefaults(FACTORY_DEFAULTS.minLeadMinutes)}</p>
            <SettingsFields
              idPrefix="defaults"
              settings={config.defaults}
              leadText={leadTextOf(DEFAULTS_KEY, config.defaults.minLeadMinutes)}
              readOnly={readOnly}
              onChange={(defaults) => setConfig({ ...config, defaults })}
              onLeadText={(text) => setLeadText(DEFAULTS_KEY, text)}
            />
          </div>
        </Section>
        {models.map((model) => {
          const reason = notApplicableReason(model);
          const own = config.models[model.id];
          return (
            <Section key={model.id} title={model.attributes.name} headerStyle={SECTION_HEADER}>
              <div data-model={model.attributes.api_key} className={styles.stack}>
                {reason && <p className={styles.summary}>{`${CONFIG_TEXT.notApplicable} ${reason}`}</p>}
                {!reason && own && (
                  <>
                    <SettingsFields
                      idPrefix={model.attributes.api_key}
                      settings={own}
                      leadText={leadTextOf(model.id, own.minLeadMinutes)}
                      readOnly={readOnly}
                      onChange={(settings) =>
                        setConfig({ ...config, models: { ...config.models, [model.id]: settings } })
                      }
                      onLeadText={(text) => setLeadText(model.id, text)}
                    />
                    <div>
                      <Button
                        buttonSize="xs"
                        className={secondaryButton}
                        disabled={readOnly}
                        onClick={() => restoreDefaults(model.id)}
                      >
                        {CONFIG_TEXT.useDefaults}
                      </Button>
                    </div>
                  </>
                )}
                {!reason && !own && (
                  <>
                    <p className={styles.summary}>
                      {config.defaults.enabled ? CONFIG_TEXT.usesDefaults : CONFIG_TEXT.usesDefaultsHidden}
                    </p>
                    <div>
                      <Button
                        buttonSize="xs"
                        className={secondaryButton}
                        disabled={readOnly}
                        onClick={() =>
                          setConfig({ ...config, models: { ...config.models, [model.id]: { ...config.defaults } } })
                        }
                      >
                        {CONFIG_TEXT.configure}
                      </Button>
                    </div>
                  </>
                )}
              </div>
            </Section>
          );
        })}
        {!readOnly && (
          <div className={styles.actions}>
            <div>
              <Button type="submit" buttonType="primary" disabled={saving || upToDate || invalid.length > 0}>
                {saveLabel}
              </Button>
            </div>
            {invalid.length > 0 && (
              <p className={styles.reason} role="alert">
                {cannotSave(invalid)}
              </p>
            )}
          </div>
        )}
      </Form>
    </PluginCanvas>
  );
}
