import { SelectField, SwitchField, TextField } from 'datocms-react-ui';
import { useState } from 'react';
import { NATIVE_BUTTON_TEXT, nativeButtonHint } from '../../core/config/configMessages';
import {
  MAX_LEAD_MINUTES,
  type ModelSettings,
  NATIVE_UNPUBLISH_MODES,
  SIDEBAR_ANCHORS,
  type SidebarAnchor,
} from '../../core/config/pluginConfig';

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

const NATIVE_OPTIONS: Option[] = NATIVE_UNPUBLISH_MODES.map((mode) => ({
  value: mode,
  label: NATIVE_BUTTON_TEXT.modes[mode],
}));

function placementValue(placement: ModelSettings['placement']): string {
  return placement ? `${placement[0]}:${placement[1]}` : 'default';
}

function placementFrom(value: string): ModelSettings['placement'] {
  const [side, anchor] = value.split(':') as ['before' | 'after', SidebarAnchor];
  return value === 'default' ? null : [side, anchor];
}

/** One model's settings (or the defaults), as datocms-react-ui fields. */
export function SettingsFields({
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
  const lead = Number(leadText);
  const leadError =
    Number.isInteger(lead) && lead >= 0 && lead <= MAX_LEAD_MINUTES && leadText.trim() !== ''
      ? null
      : `A whole number of minutes from 0 to ${MAX_LEAD_MINUTES}.`;

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
    key: 'placement' | 'defaultScope' | 'nativeUnpublish',
    label: string,
    options: Option[],
    value: string,
    apply: (v: string) => void,
    hint?: string,
  ) => (
    <SelectField<Option, false, never>
      id={`${idPrefix}-${key}`}
      name={`${idPrefix}-${key}`}
      label={label}
      hint={hint}
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
          const minutes = Number(text);
          if (text.trim() !== '' && Number.isInteger(minutes) && minutes >= 0 && minutes <= MAX_LEAD_MINUTES) {
            set('minLeadMinutes', minutes);
          }
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
      {select(
        'nativeUnpublish',
        NATIVE_BUTTON_TEXT.label,
        NATIVE_OPTIONS,
        settings.nativeUnpublish,
        (v) => set('nativeUnpublish', v as ModelSettings['nativeUnpublish']),
        nativeButtonHint(settings),
      )}
    </>
  );
}
