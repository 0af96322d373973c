// Messages of the write path that the report catalogue does not have (registered on import).
import { defineMessages } from '../i18n';

export const writeMessages = defineMessages({
  es: {
    'error.writeIncomplete':
      'No se pudieron escribir los resultados ({detail}) ni deshacer del todo lo empezado: pueden quedar hojas ocultas «Cartera tmp …» o columnas «Cartera: …» a medio escribir. Vuelva a ejecutar el análisis: las limpia.',
  },
  pt: {
    'error.writeIncomplete':
      'Não foi possível escrever os resultados ({detail}) nem desfazer por completo o que foi iniciado: podem restar planilhas ocultas «Cartera tmp …» ou colunas «Cartera: …» incompletas. Execute a análise de novo: ela as limpa.',
  },
  en: {
    'error.writeIncomplete':
      'The results could not be written ({detail}), and what was started could not be fully undone: hidden "Cartera tmp …" sheets or half-written "Cartera: …" columns may remain. Run the analysis again: it cleans them up.',
  },
  'pt-PT': {
    'error.writeIncomplete': 'Não foi possível escrever os resultados ({detail}) nem desfazer por completo o que foi iniciado: podem restar folhas ocultas «Cartera tmp …» ou colunas «Cartera: …» incompletas. Execute a análise de novo: ela as limpa.',
  },
});

declare module '../i18n' {
  interface MessageCatalogues {
    write: typeof writeMessages;
  }
}
