import { Button, Section } from 'datocms-react-ui';
import { CONFIG_TEXT } from '../../core/config/configMessages';
import type { ModelSettings } from '../../core/config/pluginConfig';
import { notApplicableReason } from '../../core/config/sidebarPanels';
import type { ModelFacts } from '../../core/shared/modelKind';
import styles from '../../ui/common.module.css';
import { secondaryButton } from '../../ui/Switch';
import { SettingsFields } from './SettingsFields';

// Sections keep the library's rhythm, with its smaller gap under the title (as the official plugins set it).
export const SECTION_HEADER = { marginBottom: 'var(--spacing-m)' };

type Props = {
  model: ModelFacts & { attributes: { name: string; api_key: string } };
  /** The model's own settings, or undefined when it uses the defaults. */
  own: ModelSettings | undefined;
  defaults: ModelSettings;
  leadText: string;
  readOnly: boolean;
  /** New settings of the model: configuring it starts from the defaults. */
  onChange: (settings: ModelSettings) => void;
  onLeadText: (text: string) => void;
  onUseDefaults: () => void;
};

/** One model on the settings screen: not applicable (and why), using the defaults, or its own settings. */
export function ModelSection({ model, own, defaults, leadText, readOnly, onChange, onLeadText, onUseDefaults }: Props) {
  const reason = notApplicableReason(model);
  const action = (label: string, onClick: () => void) => (
    <div>
      <Button buttonSize="xs" className={secondaryButton} disabled={readOnly} onClick={onClick}>
        {label}
      </Button>
    </div>
  );
  return (
    <Section title={model.attributes.name} headerStyle={SECTION_HEADER}>
      <div data-model={model.attributes.api_key} className={styles.stack}>
        {reason && <p className={styles.summary}>{`${CONFIG_TEXT.notApplicable} ${reason}`}</p>}
        {!reason && own && (
          <>
            <SettingsFields
              idPrefix={model.attributes.api_key}
              settings={own}
              leadText={leadText}
              readOnly={readOnly}
              onChange={onChange}
              onLeadText={onLeadText}
            />
            {action(CONFIG_TEXT.useDefaults, onUseDefaults)}
          </>
        )}
        {!reason && !own && (
          <>
            <p className={styles.summary}>
              {defaults.enabled ? CONFIG_TEXT.usesDefaults : CONFIG_TEXT.usesDefaultsHidden}
            </p>
            {action(CONFIG_TEXT.configure, () => onChange({ ...defaults }))}
          </>
        )}
      </div>
    </Section>
  );
}
