import { t, type Locale, type MessageKey, type MessageParams } from '../i18n';
import { printable } from '../files/printable';
import './cliMessages';

/**
 * A problem with the command line or an input file: one line on stderr, exit code 2. A message key
 * (cliMessages.ts) with parameters, rendered in the CLI's language; the message is the English text.
 */
export class CliError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super('');
    this.name = 'CliError';
    this.message = this.render('en');
  }

  render(locale: Locale): string {
    const params: MessageParams = {};
    for (const [k, v] of Object.entries(this.params))
      params[k] = typeof v === 'number' ? v : printable(v, 300);
    return t(locale, this.key, params);
  }
}
