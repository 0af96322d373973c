// Strings of the pane's "Analizar un archivo" (issue #20), registered on import.
import { defineMessages } from '../i18n';

export const paneFileMessages = defineMessages({
  es: {
    'pane.file.choose': 'Analizar un archivo (CSV, también .csv.gz)',
    'pane.file.pick': 'Elegir archivo…',
    'pane.file.hint':
      'Para ventas que no caben en una hoja. El archivo se lee en este equipo y no se copia al libro; los resultados se escriben en el libro como siempre.',
    'pane.file.chosen': 'Archivo: {name} · {size} · {columns} columnas',
    'pane.file.unsupported': 'Este Excel no permite leer archivos desde el panel: abra el archivo en una hoja o use la línea de comandos.',
  },
  pt: {
    'pane.file.choose': 'Analisar um arquivo (CSV, também .csv.gz)',
    'pane.file.pick': 'Escolher arquivo…',
    'pane.file.hint':
      'Para vendas que não cabem numa planilha. O arquivo é lido neste computador e não é copiado para a pasta de trabalho; os resultados são escritos na pasta de trabalho como sempre.',
    'pane.file.chosen': 'Arquivo: {name} · {size} · {columns} colunas',
    'pane.file.unsupported':
      'Este Excel não permite ler arquivos a partir do painel: abra o arquivo numa planilha ou use a linha de comando.',
  },
  en: {
    'pane.file.choose': 'Analyse a file (CSV, also .csv.gz)',
    'pane.file.pick': 'Choose a file…',
    'pane.file.hint':
      'For sales that do not fit in a sheet. The file is read on this computer and not copied into the workbook; the results are written to the workbook as usual.',
    'pane.file.chosen': 'File: {name} · {size} · {columns} columns',
    'pane.file.unsupported': 'This Excel cannot read files from the pane: open the file in a sheet or use the command line.',
  },
  'pt-PT': {
    'pane.file.choose':
      'Analisar um ficheiro (CSV, também .csv.gz)',
    'pane.file.pick':
      'Escolher ficheiro…',
    'pane.file.hint':
      'Para vendas que não cabem numa folha. O ficheiro é lido neste computador e não é copiado para o livro; os resultados são escritos no livro como sempre.',
    'pane.file.chosen':
      'Ficheiro: {name} · {size} · {columns} colunas',
    'pane.file.unsupported':
      'Este Excel não permite ler ficheiros a partir do painel: abra o ficheiro numa folha ou use a linha de comandos.',
  },
});

declare module '../i18n' {
  interface MessageCatalogues {
    paneFile: typeof paneFileMessages;
  }
}
