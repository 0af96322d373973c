// The CLI's own lines in Spanish, Portuguese and English (--lang; English by default). Errors from
// the code shared with the add-in are rendered here by their code, without the pane's instructions.
import { defineMessages } from '../i18n';

export const cliMessages = defineMessages({
  es: {
    'cli.unexpected': 'error inesperado: {message}',
    'cli.warning': '{file}: {message}',
    'cli.wrote': 'escrito {file}',
    'cli.progress.reading': 'leyendo {file}',
    'cli.progress.rows': '{read} filas: {used} usadas, {rejected} rechazadas, {blank} vacías',
    'cli.progress.analysing': 'analizando',
    'cli.progress.asOf': 'fecha de análisis {asOf}: {clients} clientes',
    'cli.progress.writing': 'escribiendo las hojas del análisis',
    'cli.progress.saving': 'guardando {file}',
    'cli.progress.clientList': 'lista de clientes: {clients} clientes en {rows} filas',
    'cli.progress.salesColumns': 'columnas de ventas: {roles}',
    'cli.progress.readRows': 'leídas {done} de {total} filas de ventas',
    'cli.workbook.range_too_large':
      '--out {file}: la tabla {sheet} tiene {columns} columnas; el libro admite como máximo {max}',
    'cli.workbook.failed': '--out {file}: no se pudo preparar el libro ({code})',
    'cli.arg.noCommand': 'falta la orden (pruebe: cartera analyze --sales ARCHIVO, o cartera --help)',
    'cli.arg.unknownCommand': 'orden desconocida "{command}" (la orden es: analyze; vea cartera --help)',
    'cli.arg.needsValue': '{option} necesita un valor',
    'cli.arg.takesNoValue': '{option} no lleva valor',
    'cli.arg.twice': '{option} aparece dos veces',
    'cli.arg.asOf': '--as-of: "{value}" no es una fecha de la forma AAAA-MM-DD',
    'cli.arg.compare': '--compare: "{value}" no es una fecha de la forma AAAA-MM-DD',
    'cli.arg.compareAfterAsOf':
      '--compare: la fecha de comparación {compare} es posterior a la fecha de análisis {asOf}',
    'cli.arg.timeUnit': '--time-unit: "{value}" no es «days» ni «weeks»',
    'cli.arg.period': '--period: "{value}" no es uno de {allowed}',
    'cli.arg.outXlsx': '--out: "{value}" debe ser un archivo .xlsx',
    'cli.arg.locale': '--locale: "{value}" no es una etiqueta regional (p. ej. es-ES, pt-BR, en-US)',
    'cli.arg.lang': '--lang: "{value}" debe ser es, pt (pt-BR), pt-PT o en',
    'cli.arg.salesRequired': 'falta --sales ARCHIVO',
    'cli.arg.unknownOption': 'opción desconocida {value} (vea cartera --help)',
    'cli.arg.unexpected': 'argumento inesperado "{value}" (vea cartera --help)',
    'cli.arg.notRolePair': '{option}: "{value}" no es rol=Encabezado',
    'cli.arg.unknownRole': '{option}: rol desconocido "{role}" (roles: {roles})',
    'cli.arg.rateAmbiguous': '{option}: "{value}" es ambiguo: escriba {percent}% o {fraction}',
    'cli.arg.rate': '{option}: "{value}" no es una tasa como 0.10 o 10%',
    'cli.arg.horizon': '--horizon: "{value}" no es un número entero de meses entre 1 y 600',
    'cli.arg.discountZero': '--discount: la tasa de descuento debe ser mayor que 0',
    'cli.arg.holdout': '--holdout: "{value}" no es un número mayor que 0',
    'cli.data.noSuchColumn': '{file}: no hay columna "{header}" para el rol {role} (columnas: {columns})',
    'cli.data.noHeader':
      '{file}: no se encontró una fila de títulos en las primeras {rows} filas (nombres de columna como Cliente, Fecha, Importe)',
    'cli.data.noListClient':
      '{file}: no se encontró la columna de código de cliente (columnas: {columns}); indíquela con --client-map client=ENCABEZADO',
    'cli.data.noClient':
      '{file}: no se encontró la columna de código de cliente (columnas: {columns}); indíquela con --map client=ENCABEZADO',
    'cli.data.noDate':
      '{file}: no se encontró la columna de fecha (columnas: {columns}); indíquela con --map date=ENCABEZADO',
    'cli.data.noAmount':
      '{file}: no hay columna de importe, ni de cantidad y precio unitario (columnas: {columns}); indíquelas con --map amount=ENCABEZADO',
  },
  pt: {
    'cli.unexpected': 'erro inesperado: {message}',
    'cli.warning': '{file}: {message}',
    'cli.wrote': 'gravado {file}',
    'cli.progress.reading': 'lendo {file}',
    'cli.progress.rows': '{read} linhas: {used} usadas, {rejected} rejeitadas, {blank} vazias',
    'cli.progress.analysing': 'analisando',
    'cli.progress.asOf': 'data de análise {asOf}: {clients} clientes',
    'cli.progress.writing': 'escrevendo as planilhas da análise',
    'cli.progress.saving': 'salvando {file}',
    'cli.progress.clientList': 'lista de clientes: {clients} clientes em {rows} linhas',
    'cli.progress.salesColumns': 'colunas de vendas: {roles}',
    'cli.progress.readRows': 'lidas {done} de {total} linhas de vendas',
    'cli.workbook.range_too_large':
      '--out {file}: a tabela {sheet} tem {columns} colunas; a pasta de trabalho aceita no máximo {max}',
    'cli.workbook.failed': '--out {file}: não foi possível preparar a pasta de trabalho ({code})',
    'cli.arg.noCommand': 'falta o comando (tente: cartera analyze --sales ARQUIVO, ou cartera --help)',
    'cli.arg.unknownCommand': 'comando desconhecido "{command}" (o comando é: analyze; veja cartera --help)',
    'cli.arg.needsValue': '{option} precisa de um valor',
    'cli.arg.takesNoValue': '{option} não leva valor',
    'cli.arg.twice': '{option} aparece duas vezes',
    'cli.arg.asOf': '--as-of: "{value}" não é uma data no formato AAAA-MM-DD',
    'cli.arg.compare': '--compare: "{value}" não é uma data no formato AAAA-MM-DD',
    'cli.arg.compareAfterAsOf':
      '--compare: a data de comparação {compare} é posterior à data de análise {asOf}',
    'cli.arg.timeUnit': '--time-unit: "{value}" não é "days" nem "weeks"',
    'cli.arg.period': '--period: "{value}" não é um de {allowed}',
    'cli.arg.outXlsx': '--out: "{value}" deve ser um arquivo .xlsx',
    'cli.arg.locale': '--locale: "{value}" não é uma etiqueta regional (ex.: es-ES, pt-BR, en-US)',
    'cli.arg.lang': '--lang: "{value}" deve ser es, pt (pt-BR), pt-PT ou en',
    'cli.arg.salesRequired': 'falta --sales ARQUIVO',
    'cli.arg.unknownOption': 'opção desconhecida {value} (veja cartera --help)',
    'cli.arg.unexpected': 'argumento inesperado "{value}" (veja cartera --help)',
    'cli.arg.notRolePair': '{option}: "{value}" não é papel=Cabeçalho',
    'cli.arg.unknownRole': '{option}: papel desconhecido "{role}" (papéis: {roles})',
    'cli.arg.rateAmbiguous': '{option}: "{value}" é ambíguo: escreva {percent}% ou {fraction}',
    'cli.arg.rate': '{option}: "{value}" não é uma taxa como 0.10 ou 10%',
    'cli.arg.horizon': '--horizon: "{value}" não é um número inteiro de meses entre 1 e 600',
    'cli.arg.discountZero': '--discount: a taxa de desconto deve ser maior que 0',
    'cli.arg.holdout': '--holdout: "{value}" não é um número maior que 0',
    'cli.data.noSuchColumn': '{file}: não há coluna "{header}" para o papel {role} (colunas: {columns})',
    'cli.data.noHeader':
      '{file}: não foi encontrada uma linha de títulos nas primeiras {rows} linhas (nomes de coluna como Cliente, Data, Valor)',
    'cli.data.noListClient':
      '{file}: a coluna de código do cliente não foi encontrada (colunas: {columns}); indique-a com --client-map client=CABEÇALHO',
    'cli.data.noClient':
      '{file}: a coluna de código do cliente não foi encontrada (colunas: {columns}); indique-a com --map client=CABEÇALHO',
    'cli.data.noDate':
      '{file}: a coluna de data não foi encontrada (colunas: {columns}); indique-a com --map date=CABEÇALHO',
    'cli.data.noAmount':
      '{file}: não há coluna de valor, nem de quantidade e preço unitário (colunas: {columns}); indique-as com --map amount=CABEÇALHO',
  },
  en: {
    'cli.unexpected': 'unexpected error: {message}',
    'cli.warning': '{file}: {message}',
    'cli.wrote': 'wrote {file}',
    'cli.progress.reading': 'reading {file}',
    'cli.progress.rows': '{read} rows: {used} used, {rejected} rejected, {blank} blank',
    'cli.progress.analysing': 'analysing',
    'cli.progress.asOf': 'as of {asOf}: {clients} clients',
    'cli.progress.writing': 'writing the analysis sheets',
    'cli.progress.saving': 'saving {file}',
    'cli.progress.clientList': 'client list: {clients} clients from {rows} rows',
    'cli.progress.salesColumns': 'sales columns: {roles}',
    'cli.progress.readRows': 'read {done} of {total} sales rows',
    'cli.workbook.range_too_large':
      '--out {file}: the table {sheet} has {columns} columns; the workbook takes at most {max}',
    'cli.workbook.failed': '--out {file}: the workbook could not be prepared ({code})',
    'cli.arg.noCommand': 'no command given (try: cartera analyze --sales FILE, or cartera --help)',
    'cli.arg.unknownCommand': 'unknown command "{command}" (the command is: analyze; see cartera --help)',
    'cli.arg.needsValue': '{option} needs a value',
    'cli.arg.takesNoValue': '{option} takes no value',
    'cli.arg.twice': '{option} is given twice',
    'cli.arg.asOf': '--as-of: "{value}" is not a date in the form YYYY-MM-DD',
    'cli.arg.compare': '--compare: "{value}" is not a date in the form YYYY-MM-DD',
    'cli.arg.compareAfterAsOf': '--compare: the comparison date {compare} is after the as-of date {asOf}',
    'cli.arg.timeUnit': '--time-unit: "{value}" is not days or weeks',
    'cli.arg.period': '--period: "{value}" is not one of {allowed}',
    'cli.arg.outXlsx': '--out: "{value}" must be an .xlsx file',
    'cli.arg.locale': '--locale: "{value}" is not a locale tag (e.g. es-ES, pt-BR, en-US)',
    'cli.arg.lang': '--lang: "{value}" must be es, pt (pt-BR), pt-PT or en',
    'cli.arg.salesRequired': '--sales FILE is required',
    'cli.arg.unknownOption': 'unknown option {value} (see cartera --help)',
    'cli.arg.unexpected': 'unexpected argument "{value}" (see cartera --help)',
    'cli.arg.notRolePair': '{option}: "{value}" is not role=Header',
    'cli.arg.unknownRole': '{option}: unknown role "{role}" (roles: {roles})',
    'cli.arg.rateAmbiguous': '{option}: "{value}" is ambiguous: write {percent}% or {fraction}',
    'cli.arg.rate': '{option}: "{value}" is not a rate such as 0.10 or 10%',
    'cli.arg.horizon': '--horizon: "{value}" is not a whole number of months from 1 to 600',
    'cli.arg.discountZero': '--discount: the discount rate must be above 0',
    'cli.arg.holdout': '--holdout: "{value}" is not a number above 0',
    'cli.data.noSuchColumn': '{file}: no column "{header}" for role {role} (columns: {columns})',
    'cli.data.noHeader':
      '{file}: no header row in the first {rows} rows (column names such as Client, Date, Amount)',
    'cli.data.noListClient':
      '{file}: no client id column found (columns: {columns}); name it with --client-map client=HEADER',
    'cli.data.noClient':
      '{file}: no client id column found (columns: {columns}); name it with --map client=HEADER',
    'cli.data.noDate': '{file}: no date column found (columns: {columns}); name it with --map date=HEADER',
    'cli.data.noAmount':
      '{file}: no amount column, nor quantity and unit price columns (columns: {columns}); name them with --map amount=HEADER',
  },
  'pt-PT': {
    'cli.workbook.range_too_large':
      '--out {file}: a tabela {sheet} tem {columns} colunas; o livro aceita no máximo {max}',
    'cli.workbook.failed': '--out {file}: não foi possível preparar o livro ({code})',
    'cli.arg.noCommand': 'falta o comando (tente: cartera analyze --sales FICHEIRO, ou cartera --help)',
    'cli.arg.outXlsx': '--out: "{value}" deve ser um ficheiro .xlsx',
    'cli.arg.salesRequired': 'falta --sales FICHEIRO',
    'cli.progress.reading': 'a ler {file}',
    'cli.progress.analysing': 'a analisar',
    'cli.progress.writing': 'a escrever as folhas da análise',
    'cli.progress.saving': 'a guardar {file}',
  },
});

declare module '../i18n' {
  interface MessageCatalogues {
    cli: typeof cliMessages;
  }
}
