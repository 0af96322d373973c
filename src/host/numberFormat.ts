// Range.text: a small renderer of Excel number formats (General, 0/0.00/#,##0 with literals, %, dates
// and times, "@"). Not a full Excel format engine: sections after ';' use the first for negatives only
// when present; colours and conditions ([Red], [>100]) are dropped. Width-independent (no ####).
import type { CellValue } from './store';

const MS_PER_DAY = 86_400_000;
const UNIX_EPOCH_1900 = 25_569;

function general(v: number): string {
  if (Number.isInteger(v) && Math.abs(v) < 1e11) return String(v);
  const abs = Math.abs(v);
  if (abs !== 0 && (abs >= 1e11 || abs < 1e-9)) return v.toExponential(5).replace(/\.?0+e/, 'E').replace('E+', 'E+').replace(/e/, 'E');
  // Excel's General shows up to 11 significant characters.
  const digitsBefore = Math.max(1, Math.floor(Math.log10(abs)) + 1);
  const decimals = Math.max(0, 10 - digitsBefore);
  return String(+v.toFixed(decimals));
}

function withThousands(intPart: string): string {
  return intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

function dateParts(serial: number, date1904: boolean) {
  const s = date1904 ? serial + 1462 : serial;
  const days = Math.floor(s);
  let frac = Math.round((s - days) * 86_400);
  // Excel's phantom 1900-02-29 (serial 60); serials below 61 are one day off the proleptic calendar.
  const d = new Date((days - UNIX_EPOCH_1900 + (days < 61 && !date1904 ? 1 : 0)) * MS_PER_DAY);
  const hh = Math.floor(frac / 3600);
  frac -= hh * 3600;
  const mi = Math.floor(frac / 60);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), wd: d.getUTCDay(), hh, mi, ss: frac - mi * 60 };
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

function renderDate(v: number, fmt: string, date1904: boolean): string {
  const p = dateParts(v, date1904);
  const hasAmPm = /AM\/PM/i.test(fmt);
  let out = '';
  let i = 0;
  let lastWasHour = false;
  while (i < fmt.length) {
    const rest = fmt.slice(i);
    const lower = rest.toLowerCase();
    let m: RegExpExecArray | null;
    if (rest[0] === '"') {
      const end = fmt.indexOf('"', i + 1);
      out += fmt.slice(i + 1, end < 0 ? undefined : end);
      i = end < 0 ? fmt.length : end + 1;
      continue;
    }
    if (rest[0] === '\\') {
      out += rest[1] ?? '';
      i += 2;
      continue;
    }
    if (lower.startsWith('am/pm')) {
      out += p.hh < 12 ? 'AM' : 'PM';
      i += 5;
      continue;
    }
    if ((m = /^(y+|m+|d+|h+|s+)/.exec(lower))) {
      const tok = m[1];
      const n = tok.length;
      switch (tok[0]) {
        case 'y':
          out += n <= 2 ? pad(p.y % 100) : String(p.y);
          break;
        case 'm': {
          const isMinute = n <= 2 && (lastWasHour || /^[^a-z"]*s/.test(lower.slice(n)));
          if (isMinute) out += n === 2 ? pad(p.mi) : String(p.mi);
          else out += n === 1 ? String(p.m) : n === 2 ? pad(p.m) : n === 3 ? MONTHS[p.m - 1].slice(0, 3) : MONTHS[p.m - 1];
          break;
        }
        case 'd':
          out += n === 1 ? String(p.d) : n === 2 ? pad(p.d) : n === 3 ? DAYS[p.wd].slice(0, 3) : DAYS[p.wd];
          break;
        case 'h': {
          const h = hasAmPm ? ((p.hh + 11) % 12) + 1 : p.hh;
          out += n >= 2 ? pad(h) : String(h);
          break;
        }
        case 's':
          out += n >= 2 ? pad(p.ss) : String(p.ss);
          break;
      }
      lastWasHour = tok[0] === 'h';
      i += n;
      continue;
    }
    if (rest[0] === '[') {
      const end = fmt.indexOf(']', i);
      i = end < 0 ? fmt.length : end + 1;
      continue;
    }
    if (rest[0] !== ':' && rest[0] !== ' ') lastWasHour = false;
    out += rest[0];
    i++;
  }
  return out;
}

function renderNumber(v: number, fmt: string): string {
  let percent = 0;
  let literalPrefix = '';
  let literalSuffix = '';
  // Split literals around the numeric pattern.
  const m = /^(.*?)([#0?,.]*[0#?](?:[.,][0#?]*)?)(.*)$/.exec(fmt);
  if (!m) return general(v);
  const strip = (s: string) =>
    s.replace(/\[\$([^\]-]*)(-[^\]]*)?\]/g, '$1').replace(/"([^"]*)"/g, '$1').replace(/\\(.)/g, '$1').replace(/_./g, ' ').replace(/\*./g, '');
  literalPrefix = strip(m[1]);
  literalSuffix = strip(m[3]);
  const pattern = m[2];
  percent = (m[3].match(/%/g) ?? []).length + (m[1].match(/%/g) ?? []).length;
  let x = v * Math.pow(100, percent);
  const dot = pattern.indexOf('.');
  const decimals = dot < 0 ? 0 : pattern.slice(dot + 1).replace(/[^0#?]/g, '').length;
  const thousands = /[0#?],[0#?]/.test(pattern);
  const negative = x < 0;
  x = Math.abs(x);
  let s = x.toFixed(decimals);
  const parts = s.split('.');
  let ip = parts[0];
  const fp = parts[1];
  const minInt = (dot < 0 ? pattern : pattern.slice(0, dot)).replace(/[^0]/g, '').length;
  if (ip === '0' && minInt === 0) ip = '';
  ip = ip.padStart(minInt, '0');
  if (thousands) ip = withThousands(ip);
  s = fp !== undefined ? `${ip}.${fp}` : ip;
  return (negative ? '-' : '') + literalPrefix + s + literalSuffix;
}

/** Displayed text of a value under a number format, as Range.text shows it. */
export function formatValue(value: CellValue, numberFormat: string, date1904 = false): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const sections = numberFormat.split(';');
  let fmt = sections[0];
  let v = value;
  if (value < 0 && sections.length > 1) {
    fmt = sections[1];
    v = -value;
  } else if (value === 0 && sections.length > 2) fmt = sections[2];
  fmt = fmt.replace(/\[(Red|Black|Blue|Green|White|Yellow|Cyan|Magenta|Color\s*\d+|[<>=][^\]]*)\]/gi, '');
  if (fmt === '' || /^general$/i.test(fmt)) return general(v);
  if (fmt === '@') return general(v);
  const bare = fmt.replace(/"[^"]*"/g, '').replace(/\[[^\]]*\]/g, '');
  if (/[ymdhs]/i.test(bare) && !/[0#?]/.test(bare)) return renderDate(v, fmt, date1904);
  return renderNumber(v, fmt);
}
