// A GET form of labelled filter fields: it works as a plain form, and the app turns its submit into navigation.

import { h } from '../dom.js';

export interface Field {
  name: string;
  label: string;
  kind: 'search' | 'text' | 'date' | 'select';
  hint?: string;
  options?: readonly { value: string; label: string }[];
}

const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';

/** A form whose fields start from `values`; each field has a visible label and, if given, a hint. */
export function filterForm(
  action: string,
  fields: readonly Field[],
  values: URLSearchParams,
): HTMLFormElement {
  return h(
    'form',
    { class: 'filters', attrs: { action, method: 'get', role: 'search' } },
    fields.map((field) => {
      const id = `filter-${field.name}`;
      const hintId = field.hint ? `${id}-hint` : null;
      const value = values.get(field.name) ?? '';
      const control =
        field.kind === 'select'
          ? h(
              'select',
              { attrs: { id, name: field.name } },
              (field.options ?? []).map((option) =>
                h(
                  'option',
                  { attrs: { value: option.value, selected: option.value === value } },
                  option.label,
                ),
              ),
            )
          : h('input', {
              attrs: {
                id,
                name: field.name,
                type: field.kind === 'search' ? 'search' : 'text',
                value,
                pattern: field.kind === 'date' ? DATE_PATTERN : null,
                inputmode: field.kind === 'date' ? 'numeric' : null,
                placeholder: field.kind === 'date' ? 'YYYY-MM-DD' : null,
                'aria-describedby': hintId,
                autocomplete: 'off',
              },
            });
      return h(
        'div',
        { class: `field field-${field.kind}` },
        h('label', { attrs: { for: id } }, field.label),
        control,
        field.hint ? h('small', { attrs: { id: hintId } }, field.hint) : null,
      );
    }),
    h('div', { class: 'field field-submit' }, h('button', { attrs: { type: 'submit' } }, 'Apply')),
  );
}
