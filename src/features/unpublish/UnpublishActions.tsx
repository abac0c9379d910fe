import { Button } from 'datocms-react-ui';
import type { Checked } from '../../core/shared/checked';
import type { LocaleNamer } from '../../core/shared/localeNames';
import { PANEL_TEXT, unpublishButtonLabel } from '../../core/unpublish/panelMessages';
import { isEmptyPick } from '../../core/unpublish/pick';
import type { LocalePick, UnpublishRequest } from '../../core/unpublish/unpublishRequest';
import styles from '../../ui/common.module.css';

type Props = {
  request: Checked<UnpublishRequest>;
  pick: LocalePick;
  busy: boolean;
  uiLocale: string;
  name: LocaleNamer;
  canSchedule: boolean;
  hasPlan: boolean;
  onUnpublish: (request: UnpublishRequest) => void;
  onSchedule: () => void;
  /** The same pick in other environments (the bulk modal, opened on this record). */
  onOtherEnvironments: () => void;
};

/** Unpublish now, schedule for later, and why neither can be done with this pick. */
export function UnpublishActions({
  request,
  pick,
  busy,
  uiLocale,
  name,
  canSchedule,
  hasPlan,
  onUnpublish,
  onSchedule,
  onOtherEnvironments,
}: Props) {
  const nothingPicked = isEmptyPick(pick);
  const reason = nothingPicked ? PANEL_TEXT.pickSomething : request.ok ? null : request.message;
  const label = busy ? PANEL_TEXT.working : unpublishButtonLabel(request.ok ? request.value : null, uiLocale, name);
  return (
    <div className={styles.actions}>
      <Button
        buttonType="negative"
        buttonSize="s"
        fullWidth
        disabled={busy || !request.ok}
        onClick={() => request.ok && onUnpublish(request.value)}
      >
        {label}
      </Button>
      {canSchedule && (
        <Button buttonSize="s" fullWidth disabled={busy || !request.ok} onClick={onSchedule}>
          {hasPlan ? PANEL_TEXT.scheduleLaterInstead : PANEL_TEXT.scheduleLater}
        </Button>
      )}
      <Button buttonSize="xs" fullWidth disabled={busy || !request.ok} onClick={onOtherEnvironments}>
        {PANEL_TEXT.otherEnvironments}
      </Button>
      {!busy && reason && (
        <span className={styles.reason} role={nothingPicked ? undefined : 'alert'}>
          {reason}
        </span>
      )}
    </div>
  );
}
