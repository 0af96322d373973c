// Strings of the "Historial" sheet (registered on import).
import { defineMessages } from '../i18n';

export const historyMessages = defineMessages({
  es: {
    'history.sheet': 'Cartera - Historial',
    'history.heading': 'Historial de análisis',
    'history.subtitle': '{runs} análisis guardados en este libro (uno por fecha de corte)',
    'history.asOf': 'Fecha de corte',
    'history.clients': 'Clientes',
    'history.class': 'Clase {label}',
    'history.revenue12': 'Ventas 12 meses',
    'history.portfolioValue': 'Valor de la cartera',
    'history.chart': 'Clientes por clase ABC en cada análisis',
  },
  pt: {
    'history.sheet': 'Cartera - Histórico',
    'history.heading': 'Histórico de análises',
    'history.subtitle': '{runs} análises salvas nesta pasta de trabalho (uma por data de corte)',
    'history.asOf': 'Data de corte',
    'history.clients': 'Clientes',
    'history.class': 'Classe {label}',
    'history.revenue12': 'Vendas 12 meses',
    'history.portfolioValue': 'Valor da carteira',
    'history.chart': 'Clientes por classe ABC em cada análise',
  },
  en: {
    'history.sheet': 'Cartera - History',
    'history.heading': 'Analysis history',
    'history.subtitle': '{runs} analyses kept in this workbook (one per as-of date)',
    'history.asOf': 'As-of date',
    'history.clients': 'Clients',
    'history.class': 'Class {label}',
    'history.revenue12': 'Revenue 12 months',
    'history.portfolioValue': 'Portfolio value',
    'history.chart': 'Clients by ABC class in each analysis',
  },
  'pt-PT': {
    'history.subtitle': '{runs} análises guardadas neste livro (uma por data de corte)',
  },
});

declare module '../i18n' {
  interface MessageCatalogues {
    history: typeof historyMessages;
  }
}
