import { SwitchField } from 'datocms-react-ui';
import type { LocaleNamer } from '../../core/shared/localeNames';
import { PANEL_TEXT } from '../../core/unpublish/panelMessages';
import { NOTHING_PICKED, toggleLocale } from '../../core/unpublish/pick';
import type { PublicationState } from '../../core/unpublish/publicationState';
import type { LocalePick } from '../../core/unpublish/unpublishRequest';
import { LocalePicker } from './LocalePicker';
import type { PanelPolicy } from './panelPolicy';

type Props = {
  state: PublicationState;
  name: LocaleNamer;
  pick: LocalePick;
  /** Live locales the role may unpublish. */
  pickable: readonly string[];
  busy: boolean;
  policy: PanelPolicy;
  onPick: (pick: LocalePick) => void;
};

function wholeRecordHint({ settings, permission }: PanelPolicy): string {
  if (!settings.allowWholeRecord) return PANEL_TEXT.wholeRecordOff;
  if (!permission.wholeRecord) return permission.reason ?? PANEL_TEXT.wholeRecordRoleForbids;
  return PANEL_TEXT.wholeRecordHint;
}

/** The locales to pick, and the whole record. */
export function PickControls({ state, name, pick, pickable, busy, policy, onPick }: Props) {
  const wholeRecordAllowed = policy.settings.allowWholeRecord && policy.permission.wholeRecord;
  return (
    <>
      <LocalePicker
        state={state}
        name={name}
        picked={pick.wholeRecord ? state.liveLocales : pick.locales}
        pickable={pick.wholeRecord ? [] : pickable}
        disabled={busy}
        forbiddenHint={pick.wholeRecord ? undefined : PANEL_TEXT.roleForbidsLocale}
        onToggle={(locale, picked) => onPick(toggleLocale(pick, locale, picked))}
      />
      <SwitchField
        id="whole-record"
        name="whole-record"
        label={PANEL_TEXT.wholeRecordLabel}
        hint={wholeRecordHint(policy)}
        value={pick.wholeRecord}
        onChange={(value) => onPick(value ? { wholeRecord: true } : NOTHING_PICKED)}
        switchInputProps={{
          id: 'whole-record',
          name: 'whole-record',
          value: pick.wholeRecord,
          disabled: busy || !wholeRecordAllowed,
        }}
      />
    </>
  );
}
