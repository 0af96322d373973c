// The CLI's own lines in Spanish, Portuguese and English (--lang; English by default). Errors from
// the code shared with the add-in are rendered here by their code, without the pane's instructions.
import { registerMessages } from '../i18n';

registerMessages({
  es: {
    'cli.unexpected': 'error inesperado: {message}',
    'cli.warning': '{file}: {message}',
    'cli.workbook.range_too_large': '--out {file}: la tabla {sheet} tiene {columns} columnas; el libro admite como máximo {max}',
    'cli.workbook.failed': '--out {file}: no se pudo preparar el libro ({code})',
  },
  pt: {
    'cli.unexpected': 'erro inesperado: {message}',
    'cli.warning': '{file}: {message}',
    'cli.workbook.range_too_large': '--out {file}: a tabela {sheet} tem {columns} colunas; a pasta de trabalho aceita no máximo {max}',
    'cli.workbook.failed': '--out {file}: não foi possível preparar a pasta de trabalho ({code})',
  },
  en: {
    'cli.unexpected': 'unexpected error: {message}',
    'cli.warning': '{file}: {message}',
    'cli.workbook.range_too_large': '--out {file}: the table {sheet} has {columns} columns; the workbook takes at most {max}',
    'cli.workbook.failed': '--out {file}: the workbook could not be prepared ({code})',
  },
});
