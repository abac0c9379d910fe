import type { LocaleNamer } from '../../core/shared/localeNames';
import { PANEL_TEXT } from '../../core/unpublish/panelMessages';
import { NOTHING_PICKED, toggleLocale } from '../../core/unpublish/pick';
import type { PublicationState } from '../../core/unpublish/publicationState';
import type { LocalePick } from '../../core/unpublish/unpublishRequest';
import { Switch } from '../../ui/Switch';
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

/** Under the whole-record switch: what it does, or why it is off. A role's reason is said once, above the list. */
function wholeRecordHint({ settings, permission }: PanelPolicy): string | undefined {
  if (!settings.allowWholeRecord) return PANEL_TEXT.wholeRecordOff;
  if (!permission.wholeRecord) return undefined;
  return PANEL_TEXT.wholeRecordHint;
}

/** The locales to pick, and the whole record; only the states when nothing can be picked. */
export function PickControls({ state, name, pick, pickable, busy, policy, onPick }: Props) {
  const readOnly = pickable.length === 0;
  const wholeRecordAllowed = policy.settings.allowWholeRecord && policy.permission.wholeRecord;
  return (
    <>
      <LocalePicker
        state={state}
        name={name}
        picked={pick.wholeRecord ? state.liveLocales : pick.locales}
        pickable={pick.wholeRecord ? [] : pickable}
        disabled={busy}
        readOnly={readOnly}
        onToggle={(locale, picked) => onPick(toggleLocale(pick, locale, picked))}
      />
      {!readOnly && (
        <Switch
          id="whole-record"
          label={PANEL_TEXT.wholeRecordLabel}
          hint={wholeRecordHint(policy)}
          value={pick.wholeRecord}
          disabled={busy || !wholeRecordAllowed}
          onChange={(value) => onPick(value ? { wholeRecord: true } : NOTHING_PICKED)}
        />
      )}
    </>
  );
}
