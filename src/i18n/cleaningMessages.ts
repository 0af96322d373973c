// Messages of the cleaning rules (SPEC §2): reasons of rejected rows, and the errors that stop a
// run, by code (`error.<code>`, filled with the CarteraError's `where`).
import { defineMessages } from './registry';

export const cleaningMessages = defineMessages({
  es: {
    'reason.too_large': 'Valor demasiado grande (10^15 o más)',
    'reason.implausible_date': 'Fecha improbable (más de 366 días después de las demás ventas)',
    'reason.imprecise_id':
      'Código de cliente numérico de más de 15 cifras (ya no es exacto; guárdelo como texto)',
    'error.mixed_currency':
      'La columna {column} de la hoja «{sheet}» mezcla monedas: {currency} (fila {currencyRow}) y {other} (fila {row}). Analice una moneda cada vez o convierta antes los importes a una sola moneda.',
    'error.currency_mismatch':
      'La columna {column} de la hoja «{sheet}» tiene un importe en {mark} (fila {row}), pero la columna de moneda {currencyColumn} dice {currency} (fila {currencyRow}). Analice una moneda cada vez o corrija la columna de moneda.',
    'error.as_of_too_late':
      'La fecha de análisis {asOfDay} es más de {years} años posterior a la última venta ({lastSaleDay}). Elija una fecha hasta el {latestDay}.',
    'warn.metrics.too_many_periods':
      'Las métricas por periodo no se calcularon: entre la primera venta y la fecha de análisis hay más de 2.400 periodos. Revise las fechas de las ventas o elija un periodo más largo.',
  },
  pt: {
    'reason.too_large': 'Valor grande demais (10^15 ou mais)',
    'reason.implausible_date': 'Data improvável (mais de 366 dias depois das demais vendas)',
    'reason.imprecise_id':
      'Código de cliente numérico com mais de 15 dígitos (já não é exato; guarde-o como texto)',
    'error.mixed_currency':
      'A coluna {column} da planilha "{sheet}" mistura moedas: {currency} (linha {currencyRow}) e {other} (linha {row}). Analise uma moeda de cada vez ou converta antes os valores para uma só moeda.',
    'error.currency_mismatch':
      'A coluna {column} da planilha "{sheet}" tem um valor em {mark} (linha {row}), mas a coluna de moeda {currencyColumn} diz {currency} (linha {currencyRow}). Analise uma moeda de cada vez ou corrija a coluna de moeda.',
    'error.as_of_too_late':
      'A data de análise {asOfDay} é mais de {years} anos posterior à última venda ({lastSaleDay}). Escolha uma data até {latestDay}.',
    'warn.metrics.too_many_periods':
      'As métricas por período não foram calculadas: entre a primeira venda e a data de análise há mais de 2.400 períodos. Revise as datas das vendas ou escolha um período mais longo.',
  },
  en: {
    'reason.too_large': 'Value too large (10^15 or more)',
    'reason.implausible_date': 'Implausible date (more than 366 days after the other sales)',
    'reason.imprecise_id': 'Numeric client id of more than 15 digits (no longer exact; store it as text)',
    'error.mixed_currency':
      'Column {column} on sheet "{sheet}" mixes currencies: {currency} (row {currencyRow}) and {other} (row {row}). Analyse one currency at a time, or convert the amounts to one currency first.',
    'error.currency_mismatch':
      'Column {column} on sheet "{sheet}" has an amount marked {mark} (row {row}), but the currency column {currencyColumn} says {currency} (row {currencyRow}). Analyse one currency at a time, or correct the currency column.',
    'error.as_of_too_late':
      'The as-of date {asOfDay} is more than {years} years after the last sale ({lastSaleDay}). Choose a date up to {latestDay}.',
    'warn.metrics.too_many_periods':
      'The metrics by period were not computed: there are more than 2,400 periods between the first sale and the as-of date. Check the sales dates or choose a longer period.',
  },
  'pt-PT': {
    'error.mixed_currency': 'A coluna {column} da folha "{sheet}" mistura moedas: {currency} (linha {currencyRow}) e {other} (linha {row}). Analise uma moeda de cada vez ou converta antes os valores para uma só moeda.',
    'error.currency_mismatch': 'A coluna {column} da folha "{sheet}" tem um valor em {mark} (linha {row}), mas a coluna de moeda {currencyColumn} diz {currency} (linha {currencyRow}). Analise uma moeda de cada vez ou corrija a coluna de moeda.',
  },
});
