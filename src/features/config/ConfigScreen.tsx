import type { RenderConfigScreenCtx } from 'datocms-plugin-sdk';
import { Button, Canvas, Form, Section, SelectField, SwitchField, TextField } from 'datocms-react-ui';
import { useMemo, useState } from 'react';
import { SAVE_FAILED_TITLE, saveRefusedMessage } from '../../core/config/configMessages';
import {
  FACTORY_DEFAULTS,
  type ModelSettings,
  type PluginConfig,
  parseConfig,
  SIDEBAR_ANCHORS,
  type SidebarAnchor,
} from '../../core/config/pluginConfig';
import { parametersBytes, serializeConfig } from '../../core/config/saveConfig';
import { notApplicableReason } from '../../core/config/sidebarPanels';
import { canEditSchema } from '../../core/roles/rolePermissions';
import { leadMinutesFromText, MAX_LEAD_MINUTES, MIN_LEAD_MINUTES } from '../../core/schedule/leadTime';
import { Callout } from '../../ui/Callout';
import styles from '../../ui/common.module.css';

type Option = { value: string; label: string };

const ANCHOR_LABELS: Record<SidebarAnchor, string> = {
  info: 'Info',
  publishedVersion: 'Published version',
  schedule: 'Schedule',
  links: 'Links',
  history: 'History',
};

const PLACEMENT_OPTIONS: Option[] = [
  { value: 'default', label: 'After DatoCMS’s own panels (default)' },
  ...SIDEBAR_ANCHORS.flatMap((anchor) =>
    (['before', 'after'] as const).map((side) => ({
      value: `${side}:${anchor}`,
      label: `${side === 'before' ? 'Before' : 'After'} “${ANCHOR_LABELS[anchor]}”`,
    })),
  ),
];

const SCOPE_OPTIONS: Option[] = [
  { value: 'none', label: 'Nothing: the editor picks' },
  { value: 'form-locale', label: 'The locale open in the form' },
];

function placementValue(placement: ModelSettings['placement']): string {
  return placement ? `${placement[0]}:${placement[1]}` : 'default';
}

function placementFrom(value: string): ModelSettings['placement'] {
  const [side, anchor] = value.split(':') as ['before' | 'after', SidebarAnchor];
  return value === 'default' ? null : [side, anchor];
}

/** One model's settings (or the defaults), as datocms-react-ui fields. */
function SettingsFields({
  idPrefix,
  settings,
  readOnly,
  onChange,
}: {
  idPrefix: string;
  settings: ModelSettings;
  readOnly: boolean;
  onChange: (next: ModelSettings) => void;
}) {
  const set = <K extends keyof ModelSettings>(key: K, value: ModelSettings[K]) =>
    onChange({ ...settings, [key]: value });
  const [leadText, setLeadText] = useState(String(settings.minLeadMinutes));
  const leadError =
    leadMinutesFromText(leadText) !== null
      ? null
      : `A whole number of minutes from ${MIN_LEAD_MINUTES} to ${MAX_LEAD_MINUTES}.`;

  const toggle = (
    key: 'enabled' | 'startOpen' | 'allowWholeRecord' | 'allowScheduling' | 'allowRecursive',
    label: string,
    hint: string,
  ) => (
    <SwitchField
      id={`${idPrefix}-${key}`}
      name={`${idPrefix}-${key}`}
      label={label}
      hint={hint}
      value={settings[key]}
      onChange={(value) => set(key, value)}
      switchInputProps={{
        id: `${idPrefix}-${key}`,
        name: `${idPrefix}-${key}`,
        value: settings[key],
        disabled: readOnly,
      }}
    />
  );
  const select = (
    key: 'placement' | 'defaultScope',
    label: string,
    options: Option[],
    value: string,
    apply: (v: string) => void,
  ) => (
    <SelectField<Option, false, never>
      id={`${idPrefix}-${key}`}
      name={`${idPrefix}-${key}`}
      label={label}
      value={options.find((o) => o.value === value) ?? null}
      onChange={(option) => option && apply(option.value)}
      selectInputProps={{ options, isDisabled: readOnly }}
    />
  );

  return (
    <>
      {toggle('enabled', 'Show the panel', 'On the records of this model')}
      {toggle('startOpen', 'Panel starts open', 'Otherwise it starts collapsed')}
      {select('placement', 'Place in the sidebar', PLACEMENT_OPTIONS, placementValue(settings.placement), (v) =>
        set('placement', placementFrom(v)),
      )}
      {toggle('allowWholeRecord', 'Allow unpublishing the whole record', 'Otherwise at least one locale stays live')}
      {toggle('allowScheduling', 'Allow scheduling', 'Planning an unpublishing for later')}
      <TextField
        id={`${idPrefix}-minLeadMinutes`}
        name={`${idPrefix}-minLeadMinutes`}
        label="Minimum lead time of a schedule (minutes)"
        value={leadText}
        error={leadError ?? undefined}
        onChange={(text) => {
          setLeadText(text);
          const minutes = leadMinutesFromText(text);
          if (minutes !== null) set('minLeadMinutes', minutes);
        }}
        textInputProps={{ type: 'number', disabled: readOnly }}
      />
      {toggle(
        'allowRecursive',
        'Allow unpublishing published children too',
        'Tree models: the record with its published child records',
      )}
      {select('defaultScope', 'Picked when the panel opens', SCOPE_OPTIONS, settings.defaultScope, (v) =>
        set('defaultScope', v as ModelSettings['defaultScope']),
      )}
    </>
  );
}

export default function ConfigScreen({ ctx }: { ctx: RenderConfigScreenCtx }) {
  const parsed = useMemo(() => parseConfig(ctx.plugin.attributes.parameters), [ctx.plugin.attributes.parameters]);
  const [config, setConfig] = useState<PluginConfig>(parsed.config);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  /** Why the last save did not happen (it is never reported as saved then). */
  const [saveError, setSaveError] = useState<string | null>(null);
  const readOnly = !canEditSchema(ctx.currentRole);
  const models = Object.values(ctx.itemTypes)
    .filter((model): model is NonNullable<typeof model> => Boolean(model) && !model?.attributes.modular_block)
    .sort((a, b) => a.attributes.name.localeCompare(b.attributes.name));

  function update(next: PluginConfig) {
    setConfig(next);
    setSaved(false);
    setSaveError(null);
  }

  async function save() {
    const parameters = serializeConfig(config);
    setSaving(true);
    setSaveError(null);
    try {
      await ctx.updatePluginParameters(parameters);
      setSaved(true);
      void ctx.notice('Selective Unpublish settings saved.');
    } catch (error) {
      setSaved(false);
      setSaveError(saveRefusedMessage(error, parametersBytes(parameters)));
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
            published children is not; nothing is picked when the panel opens.
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
        {saveError && (
          <Callout tone="error" title={SAVE_FAILED_TITLE}>
            {saveError}
          </Callout>
        )}
        {!readOnly && (
          <Button type="submit" buttonType="primary" disabled={saving}>
            {saving ? 'Saving…' : saved ? 'Saved' : 'Save settings'}
          </Button>
        )}
      </Form>
    </Canvas>
  );
}
