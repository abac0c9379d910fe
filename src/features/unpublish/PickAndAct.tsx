import type { ReactNode } from 'react';
import type { Checked } from '../../core/shared/checked';
import type { LocaleNamer } from '../../core/shared/localeNames';
import { PANEL_TEXT } from '../../core/unpublish/panelMessages';
import type { PublicationState } from '../../core/unpublish/publicationState';
import type { LocalePick, UnpublishRequest } from '../../core/unpublish/unpublishRequest';
import { Callout } from '../../ui/Callout';
import { PickControls } from './PickControls';
import type { PanelPolicy } from './panelPolicy';
import { UnpublishActions } from './UnpublishActions';

type Props = {
  state: PublicationState;
  policy: PanelPolicy;
  name: LocaleNamer;
  pick: LocalePick;
  onPick: (pick: LocalePick) => void;
  /** Live locales the role may unpublish. */
  pickable: readonly string[];
  request: Checked<UnpublishRequest>;
  busy: boolean;
  working: boolean;
  uiLocale: string;
  refusedAlready: boolean;
  /** Why DatoCMS would refuse the last attempt (records that link here), or null. */
  linkRefusal: string | null;
  onUnpublish: (request: UnpublishRequest) => void;
  /** The open schedule form, which takes the place of the actions; null when closed. */
  scheduleForm: ReactNode;
  onSchedule: () => void;
  /** The same pick in other environments (the bulk modal, opened on this record). */
  onOtherEnvironments: () => void;
};

/** The role's reason, said once above the locales; null when the role allows everything. */
function roleNote({ permission }: PanelPolicy, pickable: readonly string[]): string | null {
  if (pickable.length === 0) return permission.reason ?? PANEL_TEXT.roleMayNotUnpublish;
  return permission.reason;
}

/** A record with something live: the role's word, the pick, then what to do with it (or the open form). */
export function PickAndAct(props: Props) {
  const { policy, pickable } = props;
  const note = roleNote(policy, pickable);
  return (
    <>
      {note && <Callout tone="info">{note}</Callout>}
      <PickControls
        state={props.state}
        name={props.name}
        pick={props.pick}
        pickable={pickable}
        busy={props.busy}
        policy={policy}
        onPick={props.onPick}
      />
      {props.scheduleForm}
      {!props.scheduleForm && pickable.length > 0 && (
        <UnpublishActions
          request={props.request}
          pick={props.pick}
          busy={props.busy}
          working={props.working}
          uiLocale={props.uiLocale}
          name={props.name}
          canSchedule={policy.settings.allowScheduling}
          canPickWhole={policy.settings.allowWholeRecord && policy.permission.wholeRecord}
          refusedAlready={props.refusedAlready}
          linkRefusal={props.linkRefusal}
          alreadySaid={note}
          onUnpublish={props.onUnpublish}
          onSchedule={props.onSchedule}
          onOtherEnvironments={props.onOtherEnvironments}
        />
      )}
    </>
  );
}
