// Strings of the ribbon's "analyse again" command (issue #18), registered on import.
import { defineMessages } from '../i18n';

export const commandMessages = defineMessages({
  es: {
    'command.done': 'Cartera: análisis actualizado con datos hasta el {asOf}: {clients} clientes, {rows} filas de ventas.',
    'command.doneRows':
      'Cartera: análisis actualizado con datos hasta el {asOf}: {clients} clientes, {rows} filas de ventas ({delta} desde el último análisis).',
    'command.nothingStored':
      'Cartera aún no analizó este libro: abra «Cartera de clientes» en la pestaña Inicio, elija sus ventas y pulse Analizar. Después este botón repite el análisis.',
    'command.headersChanged':
      'Las columnas de {name} cambiaron desde el último análisis: abra «Cartera de clientes» y revise qué columna es cada dato. No se cambió nada.',
    'command.failed': 'Cartera no pudo volver a analizar: {message}',
    'command.close': 'Cerrar',
  },
  pt: {
    'command.done': 'Cartera: análise atualizada com dados até {asOf}: {clients} clientes, {rows} linhas de vendas.',
    'command.doneRows':
      'Cartera: análise atualizada com dados até {asOf}: {clients} clientes, {rows} linhas de vendas ({delta} desde a última análise).',
    'command.nothingStored':
      'O Cartera ainda não analisou esta pasta de trabalho: abra «Carteira de clientes» na guia Página Inicial, escolha suas vendas e clique em Analisar. Depois este botão repete a análise.',
    'command.headersChanged':
      'As colunas de {name} mudaram desde a última análise: abra «Carteira de clientes» e confira qual coluna é cada dado. Nada foi alterado.',
    'command.failed': 'O Cartera não conseguiu analisar de novo: {message}',
    'command.close': 'Fechar',
  },
  en: {
    'command.done': 'Cartera: analysis updated with data up to {asOf}: {clients} clients, {rows} sales rows.',
    'command.doneRows':
      'Cartera: analysis updated with data up to {asOf}: {clients} clients, {rows} sales rows ({delta} since the last analysis).',
    'command.nothingStored':
      'Cartera has not analysed this workbook yet: open "Client portfolio" on the Home tab, choose your sales and press Analyse. Then this button repeats the analysis.',
    'command.headersChanged':
      "{name}'s columns changed since the last analysis: open \"Client portfolio\" and check which column holds what. Nothing was changed.",
    'command.failed': 'Cartera could not analyse again: {message}',
    'command.close': 'Close',
  },
  'pt-PT': {
    'command.nothingStored':
      'O Cartera ainda não analisou este livro: abra «Carteira de clientes» no separador Base, escolha as suas vendas e clique em Analisar. Depois, este botão repete a análise.',
    'command.headersChanged':
      'As colunas de {name} mudaram desde a última análise: abra «Carteira de clientes» e verifique que coluna corresponde a cada dado. Nada foi alterado.',
  },
});

declare module '../i18n' {
  interface MessageCatalogues {
    command: typeof commandMessages;
  }
}
