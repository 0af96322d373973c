// The shown name of a code field's value (ABC class, RFM segment, status…): the builder's choices
// and the list's criteria columns store ids and show these.
import { isMessageKey, t, type Locale } from '../i18n';

const CODE_LABEL_KEY: Record<string, (id: string) => string> = {
  abc: (id) => (id === 'N' ? 'abc.N' : ''),
  rfmSegment: (id) => `seg.${id}`,
  status: (id) => `status.${id}`,
  behaviour: (id) => `behaviour.${id}`,
  trend: (id) => `trend.${id}`,
  special: (id) => id,
};

export function codeValueLabel(locale: Locale, fieldKey: string, id: string): string {
  const key = CODE_LABEL_KEY[fieldKey]?.(id);
  return key && isMessageKey(key) ? t(locale, key) : id;
}
