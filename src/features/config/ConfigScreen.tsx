import type { RenderConfigScreenCtx } from 'datocms-plugin-sdk';
import { Button, Canvas, Form, Section } from 'datocms-react-ui';
import { useMemo, useState } from 'react';
import { FACTORY_DEFAULTS, type PluginConfig, parseConfig, serializeConfig } from '../../core/config/pluginConfig';
import { notApplicableReason } from '../../core/config/sidebarPanels';
import { canEditSchema } from '../../core/roles/rolePermissions';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';
import { SettingsFields } from './SettingsFields';

export default function ConfigScreen({ ctx }: { ctx: RenderConfigScreenCtx }) {
  const parsed = useMemo(() => parseConfig(ctx.plugin.attributes.parameters), [ctx.plugin.attributes.parameters]);
  const [config, setConfig] = useState<PluginConfig>(parsed.config);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const readOnly = !canEditSchema(ctx.currentRole);
  const models = Object.values(ctx.itemTypes)
    .filter((model): model is NonNullable<typeof model> => Boolean(model) && !model?.attributes.modular_block)
    .sort((a, b) => a.attributes.name.localeCompare(b.attributes.name));

  function update(next: PluginConfig) {
    setConfig(next);
    setSaved(false);
  }

  async function save() {
    setSaving(true);
    try {
      await ctx.updatePluginParameters(serializeConfig(config));
      setSaved(true);
      void ctx.notice('Selective Unpublish settings saved.');
    } finally {
      setSaving(false);
    }
  }

  return (
    <Canvas ctx={ctx}>
      <Form
        onSubmit={(event) => {
          event.preventDefault();
          if (!readOnly) void save();
        }}
      >
        {readOnly && (
          <Callout tone="info" title="Read-only">
            Only roles that can edit the project’s schema can change these settings.
          </Callout>
        )}
        {parsed.repairs.length > 0 && (
          <Callout tone="warning" title="Some saved settings were repaired">
            <ul className={styles.list}>
              {parsed.repairs.map((repair) => (
                <li key={`${repair.path}:${repair.message}`}>
                  <code>{repair.path || 'the settings'}</code> {repair.message}
                </li>
              ))}
            </ul>
            Saving stores the repaired settings.
          </Callout>
        )}
        <Section title="Defaults for models not configured below">
          <p className={styles.summary}>
            Factory defaults: the panel is shown and starts open, after DatoCMS’s own panels; whole-record unpublish and
            scheduling are allowed with a {FACTORY_DEFAULTS.minLeadMinutes}-minute minimum lead time; unpublishing
            published children is not; nothing is picked when the panel opens; DatoCMS’s own Unpublish button works as
            usual.
          </p>
          <div data-model="defaults">
            <SettingsFields
              idPrefix="defaults"
              settings={config.defaults}
              readOnly={readOnly}
              onChange={(defaults) => update({ ...config, defaults })}
            />
          </div>
        </Section>
        {models.map((model) => {
          const reason = notApplicableReason(model);
          const own = config.models[model.id];
          return (
            <Section key={model.id} title={model.attributes.name}>
              <div data-model={model.attributes.api_key}>
                {reason ? (
                  <p className={styles.summary}>Not applicable. {reason}</p>
                ) : own ? (
                  <>
                    <SettingsFields
                      idPrefix={model.attributes.api_key}
                      settings={own}
                      readOnly={readOnly}
                      onChange={(settings) => update({ ...config, models: { ...config.models, [model.id]: settings } })}
                    />
                    <Button
                      buttonSize="xs"
                      disabled={readOnly}
                      onClick={() => {
                        const { [model.id]: _removed, ...rest } = config.models;
                        update({ ...config, models: rest });
                      }}
                    >
                      Use the defaults again
                    </Button>
                  </>
                ) : (
                  <>
                    <p className={styles.summary}>
                      Uses the defaults{config.defaults.enabled ? '' : ' (panel hidden)'}.
                    </p>
                    <Button
                      buttonSize="xs"
                      disabled={readOnly}
                      onClick={() =>
                        update({ ...config, models: { ...config.models, [model.id]: { ...config.defaults } } })
                      }
                    >
                      Configure this model
                    </Button>
                  </>
                )}
              </div>
            </Section>
          );
        })}
        {!readOnly && (
          <Button type="submit" buttonType="primary" disabled={saving}>
            {saving ? 'Saving…' : saved ? 'Saved' : 'Save settings'}
          </Button>
        )}
      </Form>
    </Canvas>
  );
}
