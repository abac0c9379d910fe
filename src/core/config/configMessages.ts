/** What the settings screen says when saving fails. */
import { PARAMETERS_LIMIT_BYTES } from './saveConfig';

export const SAVE_FAILED_TITLE = 'Settings not saved';

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(1)} KB`;

/**
 * Said when DatoCMS refused the save (the previous settings stay in force). `bytes` is the size of
 * what was sent: over the 10 KB DatoCMS keeps for a plugin's settings, that is the likely reason.
 */
export function saveRefusedMessage(error: unknown, bytes: number): string {
  if (bytes > PARAMETERS_LIMIT_BYTES) {
    return (
      `These settings need ${kilobytes(bytes)}, more than the ${kilobytes(PARAMETERS_LIMIT_BYTES)} DatoCMS keeps for a plugin’s settings, so nothing was saved. ` +
      'Models that use the defaults cost nothing, and models with the same settings are stored together: use the defaults again for some models, or give more of them the same settings.'
    );
  }
  const said = error instanceof Error && error.message.trim() !== '' ? ` It said: “${error.message.trim()}”.` : '';
  return `DatoCMS did not save the settings, so the previous ones stay in force.${said} Try again; if it keeps failing, configure fewer models one by one.`;
}
