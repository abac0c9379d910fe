import type { RenderConfigScreenCtx } from 'datocms-plugin-sdk';
import { Button, Form, Section } from 'datocms-react-ui';
import { useMemo, useState } from 'react';
import {
  CONFIG_TEXT,
  cannotSave,
  factoryDefaults,
  SAVE_FAILED_TITLE,
  saveRefusedMessage,
} from '../../core/config/configMessages';
import { parseConfig } from '../../core/config/parseConfig';
import { FACTORY_DEFAULTS, type PluginConfig } from '../../core/config/pluginConfig';
import { parametersBytes, serializeConfig } from '../../core/config/saveConfig';
import { invalidSections, isStored } from '../../core/config/settingsForm';
import { canEditSchema } from '../../core/roles/rolePermissions';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';
import { PluginCanvas } from '../../ui/PluginCanvas';
import { ModelSection, SECTION_HEADER } from './ModelSection';
import { SettingsFields } from './SettingsFields';

const DEFAULTS_KEY = 'defaults';

export default function ConfigScreen({ ctx }: { ctx: RenderConfigScreenCtx }) {
  const stored = ctx.plugin.attributes.parameters;
  const parsed = useMemo(() => parseConfig(stored), [stored]);
  const [config, setConfig] = useState<PluginConfig>(parsed.config);
  /** The lead times as typed, by section ('defaults' or a model id); absent: the saved number. */
  const [leadTexts, setLeadTexts] = useState<Record<string, string>>({});
  const [saving, setSaving] = useState(false);
  /** Why the last save did not happen (it is never reported as saved then). */
  const [saveError, setSaveError] = useState<string | null>(null);
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

  /** Every change: a refusal said earlier no longer applies to what is shown. */
  function update(next: PluginConfig) {
    setConfig(next);
    setSaveError(null);
  }

  async function save() {
    if (invalid.length > 0) return;
    const parameters = serializeConfig(config);
    setSaving(true);
    setSaveError(null);
    try {
      await ctx.updatePluginParameters(parameters);
      void ctx.notice(CONFIG_TEXT.savedNotice);
    } catch (error) {
      // Over DatoCMS's 10 KB the host refuses; the message then says that is the likely reason.
      setSaveError(saveRefusedMessage(error, parametersBytes(parameters)));
    } finally {
      setSaving(false);
    }
  }

  function restoreDefaults(modelId: string) {
    const { [modelId]: _removed, ...rest } = config.models;
    update({ ...config, models: rest });
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
              onChange={(defaults) => update({ ...config, defaults })}
              onLeadText={(text) => setLeadText(DEFAULTS_KEY, text)}
            />
          </div>
        </Section>
        {models.map((model) => (
          <ModelSection
            key={model.id}
            model={model}
            own={config.models[model.id]}
            defaults={config.defaults}
            leadText={leadTextOf(model.id, config.models[model.id]?.minLeadMinutes ?? config.defaults.minLeadMinutes)}
            readOnly={readOnly}
            onChange={(settings) => update({ ...config, models: { ...config.models, [model.id]: settings } })}
            onLeadText={(text) => setLeadText(model.id, text)}
            onUseDefaults={() => restoreDefaults(model.id)}
          />
        ))}
        {saveError && (
          <Callout tone="error" title={SAVE_FAILED_TITLE}>
            {saveError}
          </Callout>
        )}
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
