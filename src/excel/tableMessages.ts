// Messages of convertToTable (issue #18), registered on import.
import { defineMessages } from '../i18n';

export const tableMessages = defineMessages({
  es: {
    'error.tableHeaders':
      'No se puede convertir {address} en tabla sin cambiar sus títulos: cada columna necesita un título de texto distinto. Corrija la fila de títulos y vuelva a intentarlo.',
    'error.tableOverlap': '{address} se cruza con la tabla {table}: elija esa tabla como origen de los datos.',
  },
  pt: {
    'error.tableHeaders':
      'Não é possível converter {address} em tabela sem mudar seus títulos: cada coluna precisa de um título de texto diferente. Corrija a linha de títulos e tente de novo.',
    'error.tableOverlap': '{address} cruza com a tabela {table}: escolha essa tabela como origem dos dados.',
  },
  en: {
    'error.tableHeaders':
      '{address} cannot become a table without changing its titles: each column needs a different text title. Fix the header row and try again.',
    'error.tableOverlap': '{address} overlaps the table {table}: choose that table as the data source.',
  },
  'pt-PT': {
    'error.tableHeaders':
      'Não é possível converter {address} em tabela sem alterar os seus títulos: cada coluna precisa de um título de texto diferente. Corrija a linha de títulos e tente novamente.',
  },
});

declare module '../i18n' {
  interface MessageCatalogues {
    table: typeof tableMessages;
  }
}
