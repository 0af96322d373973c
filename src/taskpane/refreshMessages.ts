// Strings of the "analyse again" card on the first screen (issue #18), registered on import.
import { defineMessages } from '../i18n';

export const refreshMessages = defineMessages({
  es: {
    'pane.tableOffer.text': 'Convertir «{address}» en tabla para que crezca sola',
    'pane.tableOffer.button': 'Convertir en tabla',
    'pane.tableOffer.done': '«{address}» es ahora la tabla {name}: los análisis leerán también las filas que añada.',
    'pane.refresh.title': 'Último análisis: datos hasta el {asOf}',
    'pane.refresh.titleNoDate': 'Este libro ya se analizó',
    'pane.refresh.rows': '{name}: {rows} filas ({delta} desde el último análisis)',
    'pane.refresh.rowsSame': '{name}: {rows} filas (sin cambios desde el último análisis)',
    'pane.refresh.rowsUnknown': '{name}: {rows} filas',
    'pane.refresh.headersChanged':
      'Las columnas de {name} cambiaron desde el último análisis: revise qué columna es cada dato antes de volver a analizar.',
    'pane.refresh.checkColumns': 'Revisar las columnas',
    'pane.refresh.run': 'Volver a analizar',
    'pane.refresh.remove': 'Quitar las salidas de Cartera',
    'pane.refresh.removeConfirm':
      'Se borrarán las hojas de Cartera, sus columnas «Cartera: …» junto a la lista de clientes y lo que Cartera recuerda de este libro. Sus datos no se tocan.',
    'pane.refresh.removeYes': 'Sí, quitarlas',
    'pane.refresh.removeNo': 'No',
    'pane.refresh.removed':
      'Se quitaron {sheets} hojas y {columns} columnas de Cartera: el libro está como antes del primer análisis.',
    'pane.refresh.confirmColumns': 'Las columnas de los datos cambiaron: revíselas en «Columnas».',
  },
  pt: {
    'pane.tableOffer.text': 'Converter «{address}» em tabela para que cresça sozinha',
    'pane.tableOffer.button': 'Converter em tabela',
    'pane.tableOffer.done': '«{address}» agora é a tabela {name}: as análises lerão também as linhas que você adicionar.',
    'pane.refresh.title': 'Última análise: dados até {asOf}',
    'pane.refresh.titleNoDate': 'Esta pasta de trabalho já foi analisada',
    'pane.refresh.rows': '{name}: {rows} linhas ({delta} desde a última análise)',
    'pane.refresh.rowsSame': '{name}: {rows} linhas (sem mudanças desde a última análise)',
    'pane.refresh.rowsUnknown': '{name}: {rows} linhas',
    'pane.refresh.headersChanged':
      'As colunas de {name} mudaram desde a última análise: confira qual coluna é cada dado antes de analisar de novo.',
    'pane.refresh.checkColumns': 'Conferir as colunas',
    'pane.refresh.run': 'Analisar de novo',
    'pane.refresh.remove': 'Remover as saídas do Cartera',
    'pane.refresh.removeConfirm':
      'Serão apagadas as planilhas do Cartera, suas colunas «Cartera: …» ao lado da lista de clientes e o que o Cartera lembra desta pasta de trabalho. Seus dados não são tocados.',
    'pane.refresh.removeYes': 'Sim, remover',
    'pane.refresh.removeNo': 'Não',
    'pane.refresh.removed':
      'Foram removidas {sheets} planilhas e {columns} colunas do Cartera: a pasta está como antes da primeira análise.',
    'pane.refresh.confirmColumns': 'As colunas dos dados mudaram: confira-as em «Colunas».',
  },
  en: {
    'pane.tableOffer.text': 'Turn «{address}» into a table so that it grows by itself',
    'pane.tableOffer.button': 'Turn into a table',
    'pane.tableOffer.done': '«{address}» is now the table {name}: analyses will also read the rows you add.',
    'pane.refresh.title': 'Last analysis: data up to {asOf}',
    'pane.refresh.titleNoDate': 'This workbook was analysed before',
    'pane.refresh.rows': '{name}: {rows} rows ({delta} since the last analysis)',
    'pane.refresh.rowsSame': '{name}: {rows} rows (no change since the last analysis)',
    'pane.refresh.rowsUnknown': '{name}: {rows} rows',
    'pane.refresh.headersChanged':
      "{name}'s columns changed since the last analysis: check which column holds what before analysing again.",
    'pane.refresh.checkColumns': 'Check the columns',
    'pane.refresh.run': 'Analyse again',
    'pane.refresh.remove': "Remove Cartera's outputs",
    'pane.refresh.removeConfirm':
      'Cartera\'s sheets, its "Cartera: …" columns beside the client list and what Cartera remembers about this workbook will be deleted. Your data is not touched.',
    'pane.refresh.removeYes': 'Yes, remove them',
    'pane.refresh.removeNo': 'No',
    'pane.refresh.removed':
      "{sheets} sheets and {columns} columns of Cartera's were removed: the workbook is as before the first analysis.",
    'pane.refresh.confirmColumns': 'The data\'s columns changed: check them under "Columns".',
  },
  'pt-PT': {
    'pane.refresh.titleNoDate': 'Este livro já foi analisado',
    'pane.refresh.removeConfirm': 'Serão apagadas as folhas do Cartera, as suas colunas «Cartera: …» ao lado da lista de clientes e o que o Cartera guarda sobre este livro. Os seus dados não são tocados.',
    'pane.refresh.removed': 'Foram removidas {sheets} folhas e {columns} colunas do Cartera: o livro está como antes da primeira análise.',
  },
});

declare module '../i18n' {
  interface MessageCatalogues {
    refresh: typeof refreshMessages;
  }
}
