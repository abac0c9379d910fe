import { FieldGroup, SelectField, TextField } from 'datocms-react-ui';
import { CONFIG_TEXT } from '../../core/config/configMessages';
import { NATIVE_BUTTON_TEXT, nativeButtonHint } from '../../core/config/nativeButtonMessages';
import {
  type ModelSettings,
  NATIVE_UNPUBLISH_MODES,
  SIDEBAR_ANCHORS,
  type SidebarAnchor,
} from '../../core/config/pluginConfig';
import { readLeadMinutes } from '../../core/config/settingsForm';
import { Switch } from '../../ui/Switch';

type Option = { value: string; label: string };

const ANCHOR_LABELS: Record<SidebarAnchor, string> = {
  info: 'Info',
  publishedVersion: 'Published version',
  schedule: 'Schedule',
  links: 'Links',
  history: 'History',
};

const PLACEMENT_OPTIONS: Option[] = [
  { value: 'default', label: CONFIG_TEXT.placementDefault },
  ...SIDEBAR_ANCHORS.flatMap((anchor) =>
    (['before', 'after'] as const).map((side) => ({
      value: `${side}:${anchor}`,
      label: `${side === 'before' ? 'Before' : 'After'} “${ANCHOR_LABELS[anchor]}”`,
    })),
  ),
];

const SCOPE_OPTIONS: Option[] = [
  { value: 'none', label: CONFIG_TEXT.pickNothing },
  { value: 'form-locale', label: CONFIG_TEXT.pickFormLocale },
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

type SelectKey = 'placement' | 'defaultScope' | 'nativeUnpublish';

type Props = {
  idPrefix: string;
  settings: ModelSettings;
  /** The minimum lead time as typed: kept as text, so that what is not valid yet stays on screen as typed. */
  leadText: string;
  readOnly: boolean;
  onChange: (next: ModelSettings) => void;
  onLeadText: (text: string) => void;
};

/** One model's settings (or the defaults), as datocms-react-ui fields in a FieldGroup. */
export function SettingsFields({ idPrefix, settings, leadText, readOnly, onChange, onLeadText }: Props) {
  const set = <K extends keyof ModelSettings>(key: K, value: ModelSettings[K]) =>
    onChange({ ...settings, [key]: value });
  const lead = readLeadMinutes(leadText);

  const toggle = (
    key: 'enabled' | 'startOpen' | 'allowWholeRecord' | 'allowScheduling' | 'allowRecursive',
    label: string,
    hint: string,
  ) => (
    <Switch
      id={`${idPrefix}-${key}`}
      label={label}
      hint={hint}
      value={settings[key]}
      disabled={readOnly}
      onChange={(value) => set(key, value)}
    />
  );
  const apply: Record<SelectKey, (value: string) => void> = {
    placement: (value) => set('placement', placementFrom(value)),
    defaultScope: (value) => set('defaultScope', value as ModelSettings['defaultScope']),
    nativeUnpublish: (value) => set('nativeUnpublish', value as ModelSettings['nativeUnpublish']),
  };
  const select = (key: SelectKey, label: string, options: Option[], value: string, hint?: string) => (
    <SelectField<Option, false, never>
      id={`${idPrefix}-${key}`}
      name={`${idPrefix}-${key}`}
      label={label}
      hint={hint}
      value={options.find((o) => o.value === value) ?? null}
      onChange={(option) => option && apply[key](option.value)}
      // react-select's input is not the element the label points at: it gets the label's words itself.
      selectInputProps={{ options, isDisabled: readOnly, 'aria-label': label }}
    />
  );

  return (
    <FieldGroup>
      {toggle('enabled', CONFIG_TEXT.enabled, CONFIG_TEXT.enabledHint)}
      {toggle('startOpen', CONFIG_TEXT.startOpen, CONFIG_TEXT.startOpenHint)}
      {select('placement', CONFIG_TEXT.placement, PLACEMENT_OPTIONS, placementValue(settings.placement))}
      {toggle('allowWholeRecord', CONFIG_TEXT.wholeRecord, CONFIG_TEXT.wholeRecordHint)}
      {toggle('allowScheduling', CONFIG_TEXT.scheduling, CONFIG_TEXT.schedulingHint)}
      <TextField
        id={`${idPrefix}-minLeadMinutes`}
        name={`${idPrefix}-minLeadMinutes`}
        label={CONFIG_TEXT.leadTime}
        value={leadText}
        error={lead.ok ? undefined : lead.message}
        onChange={(text) => {
          onLeadText(text);
          const typed = readLeadMinutes(text);
          if (typed.ok) set('minLeadMinutes', typed.value);
        }}
        textInputProps={{ type: 'number', disabled: readOnly }}
      />
      {toggle('allowRecursive', CONFIG_TEXT.recursive, CONFIG_TEXT.recursiveHint)}
      {select('defaultScope', CONFIG_TEXT.openingPick, SCOPE_OPTIONS, settings.defaultScope)}
      {select(
        'nativeUnpublish',
        NATIVE_BUTTON_TEXT.label,
        NATIVE_OPTIONS,
        settings.nativeUnpublish,
        nativeButtonHint(settings),
      )}
    </FieldGroup>
  );
}
