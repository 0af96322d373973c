// Strings of the Cambios sheet's "since the previous run" section (SPEC §11 run history, issue #18),
// registered on import.
import { defineMessages } from '../i18n';

export const sincePreviousMessages = defineMessages({
  es: {
    'changes.since.title': 'Desde el análisis anterior ({date})',
    'changes.since.classChanged': 'Cambiaron de clase ABC',
    'changes.since.statusChanged': 'Cambiaron de estado',
    'changes.since.newClients': 'Clientes nuevos (no estaban en el análisis anterior)',
    'changes.since.table': 'Clientes que cambiaron de clase o de estado desde el análisis anterior ({date})',
    'changes.since.then': 'Análisis anterior',
    'changes.since.absent': '(no estaba)',
  },
  pt: {
    'changes.since.title': 'Desde a análise anterior ({date})',
    'changes.since.classChanged': 'Mudaram de classe ABC',
    'changes.since.statusChanged': 'Mudaram de status',
    'changes.since.newClients': 'Clientes novos (não estavam na análise anterior)',
    'changes.since.table': 'Clientes que mudaram de classe ou de status desde a análise anterior ({date})',
    'changes.since.then': 'Análise anterior',
    'changes.since.absent': '(não estava)',
  },
  en: {
    'changes.since.title': 'Since the previous analysis ({date})',
    'changes.since.classChanged': 'Changed ABC class',
    'changes.since.statusChanged': 'Changed status',
    'changes.since.newClients': 'New clients (not in the previous analysis)',
    'changes.since.table': 'Clients whose class or status changed since the previous analysis ({date})',
    'changes.since.then': 'Previous analysis',
    'changes.since.absent': '(not there)',
  },
  'pt-PT': {
    'changes.since.statusChanged':
      'Mudaram de estado',
    'changes.since.table':
      'Clientes que mudaram de classe ou de estado desde a análise anterior ({date})',
  },
});

declare module '../i18n' {
  interface MessageCatalogues {
    sincePrevious: typeof sincePreviousMessages;
  }
}
