/** What the settings screen says when saving fails. */
import { PARAMETERS_LIMIT_BYTES } from './saveConfig';

export const SAVE_FAILED_TITLE = 'Settings not saved';

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/** Said before sending: the settings would not fit in what DatoCMS keeps for a plugin. */
export function tooLargeMessage(bytes: number): string {
  return (
    `These settings need ${kilobytes(bytes)}, more than the ${kilobytes(PARAMETERS_LIMIT_BYTES)} DatoCMS keeps for a plugin’s settings, so nothing was saved. ` +
    'Models that use the defaults cost nothing, and models with the same settings are stored together: use the defaults again for some models, or give more of them the same settings.'
  );
}

/** Said when DatoCMS refused the save (the previous settings stay in force). */
export function saveRefusedMessage(error: unknown): string {
  const said = error instanceof Error && error.message.trim() !== '' ? ` It said: “${error.message.trim()}”.` : '';
  return `DatoCMS did not save the settings, so the previous ones stay in force.${said} Try again; if it keeps failing, configure fewer models one by one.`;
}
