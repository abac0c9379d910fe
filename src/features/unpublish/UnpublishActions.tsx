import { Button } from 'datocms-react-ui';
import type { Checked } from '../../core/shared/checked';
import type { LocaleNamer } from '../../core/shared/localeNames';
import { PANEL_TEXT, unpublishButtonLabel } from '../../core/unpublish/panelMessages';
import { isEmptyPick } from '../../core/unpublish/pick';
import type { LocalePick, UnpublishRequest } from '../../core/unpublish/unpublishRequest';
import styles from '../../ui/common.module.css';
import { secondaryButton } from '../../ui/Switch';

type Props = {
  request: Checked<UnpublishRequest>;
  pick: LocalePick;
  /** An action is under way (controls locked). */
  busy: boolean;
  /** A request is in flight (not only a question to the editor): the button says so. */
  working: boolean;
  uiLocale: string;
  name: LocaleNamer;
  canSchedule: boolean;
  /** The whole record can be picked: the hint for an empty pick mentions it. */
  canPickWhole: boolean;
  /** The API refused this very request for the records below it: offering it again would only be refused again. */
  refusedAlready: boolean;
  /** Already said in the panel (the role's reason): not repeated under the buttons. */
  alreadySaid: string | null;
  /** Why DatoCMS would refuse the last attempt (records that link here), or null. */
  linkRefusal: string | null;
  onUnpublish: (request: UnpublishRequest) => void;
  onSchedule: () => void;
  /** The same pick in other environments (the bulk modal, opened on this record). */
  onOtherEnvironments: () => void;
};

/** Unpublish now, schedule for later, and why neither can be done with this pick. */
export function UnpublishActions(props: Props) {
  const { request, pick, busy, working, uiLocale, name } = props;
  const nothingPicked = isEmptyPick(pick);
  const pickHint = props.canPickWhole ? PANEL_TEXT.pickLocalesOrRecord : PANEL_TEXT.pickLocales;
  const refusal = request.ok || request.message === props.alreadySaid ? null : request.message;
  const reason = nothingPicked ? pickHint : (refusal ?? props.linkRefusal);
  const label = working ? PANEL_TEXT.working : unpublishButtonLabel(request.ok ? request.value : null, uiLocale, name);
  return (
    <div className={styles.actions}>
      {!props.refusedAlready && (
        <Button
          buttonType="negative"
          buttonSize="s"
          fullWidth
          disabled={busy || !request.ok}
          onClick={() => request.ok && props.onUnpublish(request.value)}
        >
          {label}
        </Button>
      )}
      {props.canSchedule && (
        <Button
          buttonSize="s"
          fullWidth
          className={secondaryButton}
          disabled={busy || !request.ok}
          onClick={props.onSchedule}
        >
          {PANEL_TEXT.scheduleLater}
        </Button>
      )}
      <Button
        buttonSize="xs"
        fullWidth
        className={secondaryButton}
        disabled={busy || !request.ok}
        onClick={props.onOtherEnvironments}
      >
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
