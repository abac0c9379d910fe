import { Spinner, SwitchField } from 'datocms-react-ui';
import { BULK_TEXT } from '../../core/bulk/bulkMessages';
import common from '../../ui/common.module.css';
import styles from './bulk.module.css';
import type { OtherEnvironments } from './useBulkReading';

type Props = {
  current: string;
  label: (environment: string) => string;
  others: OtherEnvironments;
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  disabled: boolean;
};

/** This environment and the others the role may reach, each one a switch; the ones that cannot be picked say why. */
export function EnvironmentChoice({ current, label, others, selected, onChange, disabled }: Props) {
  const toggle = (environment: string, on: boolean) =>
    onChange(
      on ? [...selected.filter((e) => e !== environment), environment] : selected.filter((e) => e !== environment),
    );
  const options = others.status === 'ready' ? others.options : [];
  return (
    <fieldset className={styles.group} aria-label={BULK_TEXT.otherEnvironmentsTitle}>
      <legend>{BULK_TEXT.otherEnvironmentsTitle}</legend>
      <span className={common.reason}>{BULK_TEXT.otherEnvironmentsHint}</span>
      {[{ id: current, unavailable: null }, ...options].map((option) => (
        <div key={option.id} data-environment={option.id}>
          <SwitchField
            id={`bulk-env-${option.id}`}
            name={`bulk-env-${option.id}`}
            label={label(option.id)}
            hint={option.unavailable ?? undefined}
            value={selected.includes(option.id)}
            onChange={(on) => toggle(option.id, on)}
            switchInputProps={{
              id: `bulk-env-${option.id}`,
              name: `bulk-env-${option.id}`,
              value: selected.includes(option.id),
              disabled: disabled || option.unavailable !== null,
            }}
          />
        </div>
      ))}
      {others.status === 'loading' && <Spinner size={16} />}
      {others.status === 'failed' && <span className={common.reason}>{BULK_TEXT.environmentsFailed}</span>}
      {others.status === 'ready' && options.length === 0 && (
        <span className={common.reason}>{BULK_TEXT.noOtherEnvironments}</span>
      )}
      {others.status === 'unreachable' && <span className={common.reason}>{BULK_TEXT.roleReachesNoOther}</span>}
    </fieldset>
  );
}
