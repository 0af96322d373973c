// Messages of "remove Cartera's outputs" (registered on import).
import { defineMessages } from '../i18n';

export const removeMessages = defineMessages({
  es: {
    'error.removeIncomplete':
      'No se pudieron quitar del todo las salidas de Cartera ({detail}). Lo que queda sigue marcado como de Cartera: vuelva a pulsar «Quitar las salidas de Cartera» para terminar.',
  },
  pt: {
    'error.removeIncomplete':
      'Não foi possível remover por completo as saídas do Cartera ({detail}). O que resta continua marcado como do Cartera: clique de novo em «Remover as saídas do Cartera» para terminar.',
  },
  en: {
    'error.removeIncomplete':
      "Cartera's outputs could not all be removed ({detail}). What remains is still marked as Cartera's: press \"Remove Cartera's outputs\" again to finish.",
  },
});

declare module '../i18n' {
  interface MessageCatalogues {
    remove: typeof removeMessages;
  }
}
