import { SwitchField } from 'datocms-react-ui';
import type { ReactNode } from 'react';
import styles from './PluginCanvas.module.css';

type Props = {
  id: string;
  label: string;
  hint?: ReactNode;
  value: boolean;
  disabled: boolean;
  onChange: (value: boolean) => void;
};

/** The library's SwitchField, toggled by a click on its label too; one box, so a layout spaces it as one. */
export function Switch({ id, label, hint, value, disabled, onChange }: Props) {
  return (
    <div>
      <SwitchField
        id={id}
        name={id}
        label={label}
        hint={hint}
        value={value}
        onChange={onChange}
        formLabelProps={{ htmlFor: id, children: label, className: styles.clickable }}
        switchInputProps={{ id, name: id, value, disabled }}
      />
    </div>
  );
}

/** The class of a secondary (muted) button, readable on every theme colour pair the library uses. */
export const secondaryButton = styles.secondary;
