// The Results view's back-test line (SPEC §7 validation: "how good is this model here?").
import { defineMessages } from '../i18n';

export const validationMessages = defineMessages({
  es: {
    'pane.validation':
      'Validación del modelo: en el periodo de prueba final, de {holdout} {unit}, se preveían {predicted} compras repetidas y hubo {actual} ({difference}); error medio por cliente {mae}.',
    'pane.validation.unit.weeks': 'semanas',
    'pane.validation.unit.days': 'días',
  },
  pt: {
    'pane.validation':
      'Validação do modelo: no período de teste final, de {holdout} {unit}, eram previstas {predicted} compras repetidas e houve {actual} ({difference}); erro médio por cliente {mae}.',
    'pane.validation.unit.weeks': 'semanas',
    'pane.validation.unit.days': 'dias',
  },
  en: {
    'pane.validation':
      'Model validation: over the last {holdout} {unit} the model predicted {predicted} repeat purchases and there were {actual} ({difference}); mean error per client {mae}.',
    'pane.validation.unit.weeks': 'weeks',
    'pane.validation.unit.days': 'days',
  },
  'pt-PT': {
    'pane.validation': 'Validação do modelo: no período de teste final, de {holdout} {unit}, previam-se {predicted} compras repetidas e houve {actual} ({difference}); erro médio por cliente {mae}.',
  },
});

declare module '../i18n' {
  interface MessageCatalogues {
    validation: typeof validationMessages;
  }
}
