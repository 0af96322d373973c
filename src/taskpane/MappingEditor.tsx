// The column of each role, as suggested (with its confidence) and as the user corrects it.
import * as React from 'react';
import { Badge, Field, Select, Subtitle2 } from '@fluentui/react-components';
import type { ClientRole, SalesRole } from '../engine/types';
import { formatPercent, translator, type Locale } from '../i18n';

export interface MappingEditorProps {
  id: string;
  locale: Locale;
  title: string;
  roles: readonly (SalesRole | ClientRole)[];
  /** roles marked required in the form */
  required: readonly string[];
  headers: readonly string[];
  mapping: Partial<Record<string, number>>;
  suggested: Partial<Record<string, number>>;
  confidence: Partial<Record<string, number>>;
  onChange: (mapping: Partial<Record<string, number>>) => void;
}

function confidenceColour(c: number): 'success' | 'warning' | 'danger' {
  return c >= 0.8 ? 'success' : c >= 0.5 ? 'warning' : 'danger';
}

export function MappingEditor(props: MappingEditorProps): React.ReactElement {
  const { id, locale, roles, headers, mapping, suggested, confidence } = props;
  const tr = translator(locale);
  const set = (role: string, value: string) => {
    const next = { ...mapping };
    if (value === '') delete next[role];
    else {
      const column = Number(value);
      // A column plays one role: taking it away from another role.
      for (const [r, c] of Object.entries(next)) if (c === column && r !== role) delete next[r];
      next[role] = column;
    }
    props.onChange(next);
  };
  return (
    <section className="cartera-section" aria-labelledby={`${id}-title`}>
      <Subtitle2 as="h2" id={`${id}-title`}>
        {props.title}
      </Subtitle2>
      <div className="cartera-mapping">
        {roles.map((role) => {
          const column = mapping[role];
          const c = confidence[role];
          const asSuggested = column !== undefined && column === suggested[role] && c !== undefined;
          return (
            <div key={role} className="cartera-mapping-row">
              <Field label={tr(`pane.role.${role}`)} required={props.required.includes(role)} className="cartera-grow">
                <Select value={column === undefined ? '' : String(column)} onChange={(_, d) => set(role, d.value)}>
                  <option value="">{tr('pane.columns.unmapped')}</option>
                  {headers.map((h, k) => (
                    <option key={k} value={String(k)}>
                      {h || tr('pane.columns.blankHeader', { n: k + 1 })}
                    </option>
                  ))}
                </Select>
              </Field>
              {asSuggested ? (
                <Badge appearance="tint" color={confidenceColour(c)} className="cartera-badge">
                  {tr('pane.columns.confidence', { value: formatPercent(locale, c, 0) })}
                </Badge>
              ) : column !== undefined ? (
                <Badge appearance="outline" color="informative" className="cartera-badge">
                  {tr('pane.columns.manual')}
                </Badge>
              ) : null}
            </div>
          );
        })}
      </div>
    </section>
  );
}
