// Messages of the engine's errors (`error.<code>`, src/engine/engineError.ts) and of the quality
// issues' Detail column (`quality.<code>`, QualityDetail in src/engine/types.ts), with the names
// their parameters use (`error.role.*`, `error.period.*`, `quality.order.*`). Parameters are
// formatted for the locale by ./localParams.ts before they are filled in.
import { defineMessages } from './registry';

export const engineMessages = defineMessages({
  es: {
    'error.no_client_column':
      'El rango de ventas de la hoja «{sheet}» no tiene columna de cliente: asigne una de sus columnas a «Cliente».',
    'error.no_date_column':
      'El rango de ventas de la hoja «{sheet}» no tiene columna de fecha: asigne una de sus columnas a «Fecha».',
    'error.no_amount_column':
      'El rango de ventas de la hoja «{sheet}» no tiene columna de importe ni columnas de cantidad y precio unitario: asigne «Importe» (o «Cantidad» y «Precio unitario»).',
    'error.bad_mapping':
      'La columna de «{role}» es la {columnNumber}.ª, fuera del rango de ventas de la hoja «{sheet}». Revise la asignación de columnas.',
    'error.client_list_no_id':
      'La lista de clientes de la hoja «{sheet}» no tiene columna de código de cliente: asigne una de sus columnas a «Cliente».',
    'error.no_sales':
      'El rango de ventas no tiene ninguna fila utilizable, así que no hay fecha desde la que analizar. Revise el rango y sus columnas.',
    'error.no_margin':
      'El ABC por margen necesita una columna de margen (o de coste) en las ventas: asigne una o clasifique por ingresos.',
    'error.bad_input':
      'Error interno del análisis: los datos que recibió no son coherentes. Vuelva a analizar; si se repite, comuníquelo.',
    'error.bad_option_choice':
      'La opción «{option}» = «{value}» no es válida: use una de estas: «{allowed}».',
    'error.bad_option_positive':
      'La opción «{option}» = «{value}» no es válida: debe ser un número mayor que 0.',
    'error.bad_option_months':
      'La opción «{option}» = «{value}» no es válida: debe ser un número entero de meses, 1 o más.',
    'error.bad_option_date': 'La opción «{option}» = «{value}» no es válida: debe ser una fecha.',
    'error.bad_option_thresholds':
      'La opción «{option}» = «{value}» no es válida: se necesita 0 < A ≤ B ≤ 1.',
    'error.bad_option_at_least':
      'La opción «{option}» = «{value}» no es válida: debe ser mayor o igual que «{other}».',
    'error.bad_option_non_negative': 'La opción «{option}» = «{value}» no es válida: debe ser 0 o más.',
    'error.bad_option_fraction': 'La opción «{option}» = «{value}» no es válida: debe estar entre 0 y 1.',
    'error.abc_thresholds':
      'Los umbrales ABC deben cumplir 0 < A ≤ B ≤ 100 % (se indicó A {aShare}, B {bShare}).',
    'error.clv_bad_option': 'Valor de vida del cliente: la opción «{option}» está fuera del rango admitido.',
    'error.clv_failed': 'No se pudo calcular el valor de vida del cliente (error interno del modelo).',
    'error.bad_as_of': 'La fecha de análisis no es una fecha.',
    'error.too_many_periods':
      'Desde la primera venta ({firstDay}) hasta la fecha de análisis ({asOfDay}) hay {periods} periodos de un {granularity}; se pueden analizar {max} como máximo: elija una primera fecha posterior, una fecha de análisis anterior o un periodo más largo.',
    'error.compare_after_as_of':
      'La fecha de comparación {compareDay} es posterior a la fecha de análisis {asOfDay}: elija una fecha anterior.',
    'error.no_product_line':
      'La venta cruzada necesita una columna de línea de producto (o categoría) en las ventas.',
    'error.unknown_attribute': 'Venta cruzada: la lista de clientes no tiene la columna «{attribute}».',
    'error.too_many_groups':
      'Venta cruzada: {segments} segmentos × {lines} líneas de producto es una tabla demasiado grande; elija un segmento o una columna de producto menos detallados.',
    'error.visit_policy_json': 'La política de visitas guardada no se puede leer (no es JSON válido).',
    'error.visit_policy_not_table': 'La política de visitas debe ser una tabla de valores.',
    'error.visit_policy_unknown_entry': 'Política de visitas: la entrada {entry} no existe.',
    'error.visit_policy_bad_number':
      'Política de visitas: {entry} debe ser un número mayor o igual que 0 (se indicó {value}).',
    'error.visit_policy_bad_capacity':
      'Política de visitas: la capacidad de {salesperson} debe ser un número mayor o igual que 0 (se indicó {value}).',
    'error.visit_log_unmapped':
      'Registro de visitas de la hoja «{sheet}»: no se ha asignado la columna de {role}.',
    'error.visit_log_outside':
      'Registro de visitas de la hoja «{sheet}»: la columna de {role} está fuera del rango.',
    'error.segment_json': 'El segmento guardado no se puede leer (no es JSON válido).',
    'error.segment_no_groups': 'Un segmento necesita una lista de grupos de condiciones.',
    'error.segment_group_no_conditions': 'Segmento: el grupo {group} necesita una lista de condiciones.',
    'error.segment_not_condition': 'Segmento (grupo {group}, condición {condition}): no es una condición.',
    'error.segment_no_field': 'Segmento (grupo {group}, condición {condition}): falta el campo.',
    'error.segment_unknown_operator':
      'Segmento (grupo {group}, condición {condition}): operador desconocido.',
    'error.segment_needs_value': 'Segmento (grupo {group}, condición {condition}): falta el valor.',
    'error.segment_needs_values':
      'Segmento (grupo {group}, condición {condition}): falta la lista de valores.',
    'error.segment_needs_range':
      'Segmento (grupo {group}, condición {condition}): indique desde y hasta (uno de los dos puede quedar vacío).',
    'error.segment_unknown_field':
      'Segmento (grupo {group}, condición {condition}): el campo «{field}» no existe en este análisis.',
    'error.segment_contains_text':
      'Segmento (grupo {group}, condición {condition}): «contiene» se aplica a textos, y el campo «{field}» no es de texto.',
    'error.segment_not_text_op':
      'Segmento (grupo {group}, condición {condition}): esta comparación se aplica a números y fechas, no al campo «{field}».',
    'error.segment_not_ordered':
      'Segmento (grupo {group}, condición {condition}): esta comparación se aplica a números, fechas y niveles ordenados (como bajo < medio < alto), no al campo «{field}» con el valor «{value}».',
    'error.segment_not_number':
      'Segmento (grupo {group}, condición {condition}): «{value}» no es un número para el campo «{field}».',
    'error.segment_not_date':
      'Segmento (grupo {group}, condición {condition}): «{value}» no es una fecha (AAAA-MM-DD) para el campo «{field}».',
    'error.role.client': 'cliente',
    'error.role.date': 'fecha',
    'error.role.amount': 'importe',
    'error.role.quantity': 'cantidad',
    'error.role.price': 'precio unitario',
    'error.role.invoice': 'nº de factura o pedido',
    'error.role.margin': 'margen',
    'error.role.cost': 'coste',
    'error.role.product': 'línea de producto',
    'error.role.buyingCentre': 'centro de compra',
    'error.role.channel': 'canal',
    'error.role.salesperson': 'vendedor',
    'error.role.currency': 'moneda',
    'error.period.month': 'mes',
    'error.period.quarter': 'trimestre',
    'error.period.half': 'semestre',
    'error.period.year': 'año',
    'quality.duplicate_client': 'El código ya apareció en la fila {firstRow}; se usa la primera fila.',
    'quality.possible_duplicate':
      'Puede ser el mismo cliente que el de la fila {otherRow} («{otherName}»): los nombres coinciden una vez normalizados. Se mantienen separados.',
    'quality.id_variant':
      'Mismo nombre que el de la fila {otherRow} («{otherName}») y códigos que solo difieren en mayúsculas, espacios, puntuación o ceros a la izquierda: probablemente un cliente dado de alta dos veces. Se mantienen separados.',
    'quality.not_in_list':
      'El cliente (primera venta en la fila {firstRow}) no está en la lista de clientes de la hoja «{listSheet}»; sus ventas se analizan y se marcan «fuera de la lista».',
    'quality.no_purchase':
      'El cliente tiene ventas hasta el {asOfDay} pero ninguna compra (solo devoluciones o abonos); se cuenta como Inactivo.',
    'quality.after_as_of':
      'Se apartaron {count} filas de ventas con fecha posterior a la fecha de análisis ({asOfDay}).',
    'quality.not_a_date': '«{value}» no es una fecha; se deja en blanco.',
    'quality.date_order_doubtful':
      'La columna tiene fechas que se leen de dos maneras (día/mes o mes/día); se han leído como {order}.',
    'quality.decimal_doubtful':
      'La columna tiene números en texto que se leen de dos maneras (como «1.234»); se han leído con «{decimal}» como separador decimal.',
    'quality.decimal_mixed':
      'La columna mezcla formas de escribir números: «{dotText}» (fila {dotRow}) usa «.» como separador decimal y «{commaText}» (fila {commaRow}) usa «,». Cada uno se leyó de la única manera posible.',
    'quality.decimal_mixed_ambiguous':
      'La columna mezcla formas de escribir números: «{dotText}» (fila {dotRow}) usa «.» como separador decimal y «{commaText}» (fila {commaRow}) usa «,». Cada uno se leyó de la única manera posible; {count} valores que se leen de dos maneras se leyeron con «{decimal}» como separador decimal.',
    'quality.decimal_ambiguous':
      'La columna tiene {count} números en texto como «{text}» (fila {textRow}) que se leen de dos maneras; se leyeron con «{decimal}» como separador decimal (configuración regional del libro).',
    'quality.date_mixed':
      'La columna mezcla órdenes de fecha: «{dayFirstText}» (fila {dayFirstRow}) lleva el día primero y «{monthFirstText}» (fila {monthFirstRow}) el mes primero. Cada una se leyó de la única manera posible.',
    'quality.date_mixed_ambiguous':
      'La columna mezcla órdenes de fecha: «{dayFirstText}» (fila {dayFirstRow}) lleva el día primero y «{monthFirstText}» (fila {monthFirstRow}) el mes primero. Cada una se leyó de la única manera posible; {count} fechas que se leen de dos maneras se leyeron como {order}.',
    'quality.date_ambiguous':
      'La columna tiene {count} fechas como «{text}» (fila {textRow}) que se leen de dos maneras y ninguna que decida el orden; se leyeron como {order} (configuración regional del libro).',
    'quality.order.dmy': 'día/mes/año',
    'quality.order.mdy': 'mes/día/año',
  },
  pt: {
    'error.no_client_column':
      'O intervalo de vendas da planilha "{sheet}" não tem coluna de cliente: atribua uma das suas colunas a "Cliente".',
    'error.no_date_column':
      'O intervalo de vendas da planilha "{sheet}" não tem coluna de data: atribua uma das suas colunas a "Data".',
    'error.no_amount_column':
      'O intervalo de vendas da planilha "{sheet}" não tem coluna de valor nem colunas de quantidade e preço unitário: atribua "Valor" (ou "Quantidade" e "Preço unitário").',
    'error.bad_mapping':
      'A coluna de "{role}" é a {columnNumber}ª, fora do intervalo de vendas da planilha "{sheet}". Revise a atribuição de colunas.',
    'error.client_list_no_id':
      'A lista de clientes da planilha "{sheet}" não tem coluna de código de cliente: atribua uma das suas colunas a "Cliente".',
    'error.no_sales':
      'O intervalo de vendas não tem nenhuma linha utilizável, então não há data a partir da qual analisar. Revise o intervalo e as suas colunas.',
    'error.no_margin':
      'O ABC por margem precisa de uma coluna de margem (ou de custo) nas vendas: atribua uma ou classifique por receita.',
    'error.bad_input':
      'Erro interno da análise: os dados recebidos não são coerentes. Analise de novo; se acontecer outra vez, comunique o problema.',
    'error.bad_option_choice': 'A opção "{option}" = "{value}" não é válida: use uma destas: "{allowed}".',
    'error.bad_option_positive':
      'A opção "{option}" = "{value}" não é válida: deve ser um número maior que 0.',
    'error.bad_option_months':
      'A opção "{option}" = "{value}" não é válida: deve ser um número inteiro de meses, 1 ou mais.',
    'error.bad_option_date': 'A opção "{option}" = "{value}" não é válida: deve ser uma data.',
    'error.bad_option_thresholds': 'A opção "{option}" = "{value}" não é válida: é preciso 0 < A ≤ B ≤ 1.',
    'error.bad_option_at_least':
      'A opção "{option}" = "{value}" não é válida: deve ser maior ou igual a "{other}".',
    'error.bad_option_non_negative': 'A opção "{option}" = "{value}" não é válida: deve ser 0 ou mais.',
    'error.bad_option_fraction': 'A opção "{option}" = "{value}" não é válida: deve estar entre 0 e 1.',
    'error.abc_thresholds':
      'Os limites ABC devem cumprir 0 < A ≤ B ≤ 100 % (indicado: A {aShare}, B {bShare}).',
    'error.clv_bad_option':
      'Valor do tempo de vida do cliente: a opção "{option}" está fora do intervalo permitido.',
    'error.clv_failed':
      'Não foi possível calcular o valor do tempo de vida do cliente (erro interno do modelo).',
    'error.bad_as_of': 'A data de análise não é uma data.',
    'error.too_many_periods':
      'Da primeira venda ({firstDay}) até a data de análise ({asOfDay}) há {periods} períodos de um {granularity}; é possível analisar no máximo {max}: escolha uma primeira data posterior, uma data de análise anterior ou um período mais longo.',
    'error.compare_after_as_of':
      'A data de comparação {compareDay} é posterior à data de análise {asOfDay}: escolha uma data anterior.',
    'error.no_product_line':
      'A venda cruzada precisa de uma coluna de linha de produto (ou categoria) nas vendas.',
    'error.unknown_attribute': 'Venda cruzada: a lista de clientes não tem a coluna "{attribute}".',
    'error.too_many_groups':
      'Venda cruzada: {segments} segmentos × {lines} linhas de produto é uma tabela grande demais; escolha um segmento ou uma coluna de produto menos detalhados.',
    'error.visit_policy_json': 'A política de visitas guardada não pode ser lida (não é JSON válido).',
    'error.visit_policy_not_table': 'A política de visitas deve ser uma tabela de valores.',
    'error.visit_policy_unknown_entry': 'Política de visitas: a entrada {entry} não existe.',
    'error.visit_policy_bad_number':
      'Política de visitas: {entry} deve ser um número maior ou igual a 0 (indicado: {value}).',
    'error.visit_policy_bad_capacity':
      'Política de visitas: a capacidade de {salesperson} deve ser um número maior ou igual a 0 (indicado: {value}).',
    'error.visit_log_unmapped':
      'Registro de visitas da planilha "{sheet}": a coluna de {role} não foi atribuída.',
    'error.visit_log_outside':
      'Registro de visitas da planilha "{sheet}": a coluna de {role} está fora do intervalo.',
    'error.segment_json': 'O segmento guardado não pode ser lido (não é JSON válido).',
    'error.segment_no_groups': 'Um segmento precisa de uma lista de grupos de condições.',
    'error.segment_group_no_conditions': 'Segmento: o grupo {group} precisa de uma lista de condições.',
    'error.segment_not_condition': 'Segmento (grupo {group}, condição {condition}): não é uma condição.',
    'error.segment_no_field': 'Segmento (grupo {group}, condição {condition}): falta o campo.',
    'error.segment_unknown_operator':
      'Segmento (grupo {group}, condição {condition}): operador desconhecido.',
    'error.segment_needs_value': 'Segmento (grupo {group}, condição {condition}): falta o valor.',
    'error.segment_needs_values': 'Segmento (grupo {group}, condição {condition}): falta a lista de valores.',
    'error.segment_needs_range':
      'Segmento (grupo {group}, condição {condition}): indique de e até (um dos dois pode ficar vazio).',
    'error.segment_unknown_field':
      'Segmento (grupo {group}, condição {condition}): o campo "{field}" não existe nesta análise.',
    'error.segment_contains_text':
      'Segmento (grupo {group}, condição {condition}): "contém" aplica-se a textos, e o campo "{field}" não é de texto.',
    'error.segment_not_text_op':
      'Segmento (grupo {group}, condição {condition}): esta comparação aplica-se a números e datas, não ao campo "{field}".',
    'error.segment_not_ordered':
      'Segmento (grupo {group}, condição {condition}): esta comparação aplica-se a números, datas e níveis ordenados (como baixo < médio < alto), não ao campo "{field}" com o valor "{value}".',
    'error.segment_not_number':
      'Segmento (grupo {group}, condição {condition}): "{value}" não é um número para o campo "{field}".',
    'error.segment_not_date':
      'Segmento (grupo {group}, condição {condition}): "{value}" não é uma data (AAAA-MM-DD) para o campo "{field}".',
    'error.role.client': 'cliente',
    'error.role.date': 'data',
    'error.role.amount': 'valor',
    'error.role.quantity': 'quantidade',
    'error.role.price': 'preço unitário',
    'error.role.invoice': 'nº de fatura ou pedido',
    'error.role.margin': 'margem',
    'error.role.cost': 'custo',
    'error.role.product': 'linha de produto',
    'error.role.buyingCentre': 'centro de compra',
    'error.role.channel': 'canal',
    'error.role.salesperson': 'vendedor',
    'error.role.currency': 'moeda',
    'error.period.month': 'mês',
    'error.period.quarter': 'trimestre',
    'error.period.half': 'semestre',
    'error.period.year': 'ano',
    'quality.duplicate_client': 'O código já apareceu na linha {firstRow}; a primeira linha é usada.',
    'quality.possible_duplicate':
      'Pode ser o mesmo cliente que o da linha {otherRow} ("{otherName}"): os nomes coincidem depois de normalizados. São mantidos separados.',
    'quality.id_variant':
      'Mesmo nome que o da linha {otherRow} ("{otherName}") e códigos que só diferem em maiúsculas, espaços, pontuação ou zeros à esquerda: provavelmente um cliente cadastrado duas vezes. São mantidos separados.',
    'quality.not_in_list':
      'O cliente (primeira venda na linha {firstRow}) não está na lista de clientes da planilha "{listSheet}"; as suas vendas são analisadas e marcadas "fora da lista".',
    'quality.no_purchase':
      'O cliente tem vendas até {asOfDay} mas nenhuma compra (só devoluções ou notas de crédito); é contado como Inativo.',
    'quality.after_as_of':
      'Foram postas de lado {count} linhas de vendas com data posterior à data de análise ({asOfDay}).',
    'quality.not_a_date': '"{value}" não é uma data; fica em branco.',
    'quality.date_order_doubtful':
      'A coluna tem datas que se leem de duas maneiras (dia/mês ou mês/dia); foram lidas como {order}.',
    'quality.decimal_doubtful':
      'A coluna tem números em texto que se leem de duas maneiras (como "1.234"); foram lidos com "{decimal}" como separador decimal.',
    'quality.decimal_mixed':
      'A coluna mistura formas de escrever números: "{dotText}" (linha {dotRow}) usa "." como separador decimal e "{commaText}" (linha {commaRow}) usa ",". Cada um foi lido da única maneira possível.',
    'quality.decimal_mixed_ambiguous':
      'A coluna mistura formas de escrever números: "{dotText}" (linha {dotRow}) usa "." como separador decimal e "{commaText}" (linha {commaRow}) usa ",". Cada um foi lido da única maneira possível; {count} valores que se leem de duas maneiras foram lidos com "{decimal}" como separador decimal.',
    'quality.decimal_ambiguous':
      'A coluna tem {count} números em texto como "{text}" (linha {textRow}) que se leem de duas maneiras; foram lidos com "{decimal}" como separador decimal (configuração regional da pasta de trabalho).',
    'quality.date_mixed':
      'A coluna mistura ordens de data: "{dayFirstText}" (linha {dayFirstRow}) tem o dia primeiro e "{monthFirstText}" (linha {monthFirstRow}) o mês primeiro. Cada uma foi lida da única maneira possível.',
    'quality.date_mixed_ambiguous':
      'A coluna mistura ordens de data: "{dayFirstText}" (linha {dayFirstRow}) tem o dia primeiro e "{monthFirstText}" (linha {monthFirstRow}) o mês primeiro. Cada uma foi lida da única maneira possível; {count} datas que se leem de duas maneiras foram lidas como {order}.',
    'quality.date_ambiguous':
      'A coluna tem {count} datas como "{text}" (linha {textRow}) que se leem de duas maneiras e nenhuma que decida a ordem; foram lidas como {order} (configuração regional da pasta de trabalho).',
    'quality.order.dmy': 'dia/mês/ano',
    'quality.order.mdy': 'mês/dia/ano',
  },
  en: {
    'error.no_client_column':
      'The sales range on sheet "{sheet}" has no client column: map one of its columns to "Client".',
    'error.no_date_column':
      'The sales range on sheet "{sheet}" has no date column: map one of its columns to "Date".',
    'error.no_amount_column':
      'The sales range on sheet "{sheet}" has no amount column, nor quantity and unit price columns: map "Amount" (or both "Quantity" and "Unit price").',
    'error.bad_mapping':
      'The {role} column is column {columnNumber}, outside the sales range on sheet "{sheet}". Check the column mapping.',
    'error.client_list_no_id':
      'The client list on sheet "{sheet}" has no client id column: map one of its columns to "Client".',
    'error.no_sales':
      'The sales range has no usable rows, so there is no date to analyse from. Check the range and its columns.',
    'error.no_margin':
      'ABC by margin needs a margin (or cost) column in the sales: map one, or classify by revenue.',
    'error.bad_input':
      'Internal error of the analysis: the data it was given is not consistent. Analyse again; if it happens again, report it.',
    'error.bad_option_choice': 'Option "{option}" = "{value}" is not valid: use one of "{allowed}".',
    'error.bad_option_positive': 'Option "{option}" = "{value}" is not valid: it must be a number above 0.',
    'error.bad_option_months':
      'Option "{option}" = "{value}" is not valid: it must be a whole number of months, 1 or more.',
    'error.bad_option_date': 'Option "{option}" = "{value}" is not valid: it must be a date.',
    'error.bad_option_thresholds': 'Option "{option}" = "{value}" is not valid: it needs 0 < A ≤ B ≤ 1.',
    'error.bad_option_at_least': 'Option "{option}" = "{value}" is not valid: it must be at least "{other}".',
    'error.bad_option_non_negative': 'Option "{option}" = "{value}" is not valid: it must be 0 or more.',
    'error.bad_option_fraction': 'Option "{option}" = "{value}" is not valid: it must be between 0 and 1.',
    'error.abc_thresholds': 'ABC thresholds must satisfy 0 < A ≤ B ≤ 100 % (given: A {aShare}, B {bShare}).',
    'error.clv_bad_option': 'Lifetime value: option "{option}" is out of range.',
    'error.clv_failed': 'Lifetime value could not be computed (internal error of the model).',
    'error.bad_as_of': 'The as-of date is not a date.',
    'error.too_many_periods':
      'From the first sale ({firstDay}) to the as-of date ({asOfDay}) there are {periods} periods of one {granularity}; at most {max} can be analysed: choose a later first date, an earlier as-of date or a longer period.',
    'error.compare_after_as_of':
      'The comparison date {compareDay} is after the as-of date {asOfDay}: choose an earlier date.',
    'error.no_product_line': 'Cross-selling needs a product line (or category) column in the sales.',
    'error.unknown_attribute': 'Cross-selling: the client list has no column "{attribute}".',
    'error.too_many_groups':
      'Cross-selling: {segments} segments × {lines} product lines is too large a grid; choose a coarser segment or product column.',
    'error.visit_policy_json': 'The stored visit policy cannot be read (it is not valid JSON).',
    'error.visit_policy_not_table': 'The visit policy must be a table of values.',
    'error.visit_policy_unknown_entry': 'Visit policy: there is no entry {entry}.',
    'error.visit_policy_bad_number': 'Visit policy: {entry} must be a number ≥ 0 (given: {value}).',
    'error.visit_policy_bad_capacity':
      'Visit policy: the capacity of {salesperson} must be a number ≥ 0 (given: {value}).',
    'error.visit_log_unmapped': 'Visits log on sheet "{sheet}": the {role} column is not mapped.',
    'error.visit_log_outside': 'Visits log on sheet "{sheet}": the {role} column is outside the range.',
    'error.segment_json': 'The stored segment cannot be read (it is not valid JSON).',
    'error.segment_no_groups': 'A segment needs a list of groups of conditions.',
    'error.segment_group_no_conditions': 'Segment: group {group} needs a list of conditions.',
    'error.segment_not_condition': 'Segment (group {group}, condition {condition}): it is not a condition.',
    'error.segment_no_field': 'Segment (group {group}, condition {condition}): the field is missing.',
    'error.segment_unknown_operator': 'Segment (group {group}, condition {condition}): unknown operator.',
    'error.segment_needs_value': 'Segment (group {group}, condition {condition}): the value is missing.',
    'error.segment_needs_values':
      'Segment (group {group}, condition {condition}): the list of values is missing.',
    'error.segment_needs_range':
      'Segment (group {group}, condition {condition}): give from and to (one of them may be empty).',
    'error.segment_unknown_field':
      'Segment (group {group}, condition {condition}): there is no field "{field}" in this analysis.',
    'error.segment_contains_text':
      'Segment (group {group}, condition {condition}): "contains" applies to text, and the field "{field}" is not text.',
    'error.segment_not_text_op':
      'Segment (group {group}, condition {condition}): this comparison applies to numbers and dates, not to the field "{field}".',
    'error.segment_not_ordered':
      'Segment (group {group}, condition {condition}): this comparison applies to numbers, dates and ordered levels (such as low < medium < high), not to the field "{field}" with the value "{value}".',
    'error.segment_not_number':
      'Segment (group {group}, condition {condition}): "{value}" is not a number for the field "{field}".',
    'error.segment_not_date':
      'Segment (group {group}, condition {condition}): "{value}" is not a date (YYYY-MM-DD) for the field "{field}".',
    'error.role.client': 'client',
    'error.role.date': 'date',
    'error.role.amount': 'amount',
    'error.role.quantity': 'quantity',
    'error.role.price': 'unit price',
    'error.role.invoice': 'invoice or order',
    'error.role.margin': 'margin',
    'error.role.cost': 'cost',
    'error.role.product': 'product line',
    'error.role.buyingCentre': 'buying centre',
    'error.role.channel': 'channel',
    'error.role.salesperson': 'salesperson',
    'error.role.currency': 'currency',
    'error.period.month': 'month',
    'error.period.quarter': 'quarter',
    'error.period.half': 'half-year',
    'error.period.year': 'year',
    'quality.duplicate_client': 'The id already appeared in row {firstRow}; the first row is used.',
    'quality.possible_duplicate':
      'May be the same client as in row {otherRow} ("{otherName}"): their names match once normalised. They are kept apart.',
    'quality.id_variant':
      'Same name as in row {otherRow} ("{otherName}") and ids that differ only in case, spaces, punctuation or leading zeros: probably one client keyed twice. They are kept apart.',
    'quality.not_in_list':
      'The client (first sale in row {firstRow}) is not in the client list on sheet "{listSheet}"; its sales are analysed and flagged "not in list".',
    'quality.no_purchase':
      'The client has sales rows up to {asOfDay} but no purchase (only returns or credit notes); it is counted as Inactive.',
    'quality.after_as_of': '{count} sales rows dated after the as-of date ({asOfDay}) were set aside.',
    'quality.not_a_date': '"{value}" is not a date; left blank.',
    'quality.date_order_doubtful':
      'The column has dates that read both ways (day/month or month/day); they were read as {order}.',
    'quality.decimal_doubtful':
      'The column has text numbers that read both ways (such as "1.234"); they were read with "{decimal}" as decimal separator.',
    'quality.decimal_mixed':
      'The column mixes number forms: "{dotText}" (row {dotRow}) uses "." as decimal separator, "{commaText}" (row {commaRow}) uses ",". Each was read its only possible way.',
    'quality.decimal_mixed_ambiguous':
      'The column mixes number forms: "{dotText}" (row {dotRow}) uses "." as decimal separator, "{commaText}" (row {commaRow}) uses ",". Each was read its only possible way; {count} values that read both ways were read with "{decimal}" as decimal separator.',
    'quality.decimal_ambiguous':
      'The column has {count} text numbers such as "{text}" (row {textRow}) that read both ways; they were read with "{decimal}" as decimal separator (workbook locale).',
    'quality.date_mixed':
      'The column mixes date orders: "{dayFirstText}" (row {dayFirstRow}) is day-first, "{monthFirstText}" (row {monthFirstRow}) is month-first. Each was read its only possible way.',
    'quality.date_mixed_ambiguous':
      'The column mixes date orders: "{dayFirstText}" (row {dayFirstRow}) is day-first, "{monthFirstText}" (row {monthFirstRow}) is month-first. Each was read its only possible way; {count} dates that read both ways were read as {order}.',
    'quality.date_ambiguous':
      'The column has {count} dates such as "{text}" (row {textRow}) that read both ways and none that settles the order; they were read as {order} (workbook locale).',
    'quality.order.dmy': 'day/month/year',
    'quality.order.mdy': 'month/day/year',
  },
  'pt-PT': {
    'error.no_client_column':
      'O intervalo de vendas da folha "{sheet}" não tem coluna de cliente: atribua uma das suas colunas a "Cliente".',
    'error.no_date_column':
      'O intervalo de vendas da folha "{sheet}" não tem coluna de data: atribua uma das suas colunas a "Data".',
    'error.no_amount_column':
      'O intervalo de vendas da folha "{sheet}" não tem coluna de valor nem colunas de quantidade e preço unitário: atribua "Valor" (ou "Quantidade" e "Preço unitário").',
    'error.bad_mapping':
      'A coluna de "{role}" é a {columnNumber}ª, fora do intervalo de vendas da folha "{sheet}". Reveja a atribuição de colunas.',
    'error.client_list_no_id':
      'A lista de clientes da folha "{sheet}" não tem coluna de código de cliente: atribua uma das suas colunas a "Cliente".',
    'error.visit_log_unmapped':
      'Registo de visitas da folha "{sheet}": a coluna de {role} não foi atribuída.',
    'error.visit_log_outside':
      'Registo de visitas da folha "{sheet}": a coluna de {role} está fora do intervalo.',
    'quality.not_in_list':
      'O cliente (primeira venda na linha {firstRow}) não está na lista de clientes da folha "{listSheet}"; as suas vendas são analisadas e marcadas "fora da lista".',
    'quality.decimal_ambiguous':
      'A coluna tem {count} números em texto como "{text}" (linha {textRow}) que se leem de duas maneiras; foram lidos com "{decimal}" como separador decimal (definições regionais do livro).',
    'quality.date_ambiguous':
      'A coluna tem {count} datas como "{text}" (linha {textRow}) que se leem de duas maneiras e nenhuma que decida a ordem; foram lidas como {order} (definições regionais do livro).',
    'quality.duplicate_client':
      'O código já apareceu na linha {firstRow}; usa-se a primeira linha.',
  },
});
