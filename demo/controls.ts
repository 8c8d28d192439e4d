/**
 * The form fields of a gallery section, one per attribute: a `<select>` for
 * values from a list, a text field, or a checkbox. Every field has a visible
 * `<label>`. Labels and option texts are (re)written by `relabel()` when the
 * gallery's language changes.
 */
import { formatNumber } from '../src/core/i18n.js';
import { partnerStrings } from '../src/core/partners.js';
import type { Dataset, Lang } from '../src/core/types.js';
import { ui } from './strings.js';
import type { Param, Settings, WidgetName } from './widgets.js';

export interface Field {
  param: Param;
  /** The wrapper (label and control). */
  element: HTMLElement;
  label: HTMLLabelElement;
  control: HTMLSelectElement | HTMLInputElement;
  /** Shows a value in the control. */
  set(value: string): void;
  /** The value the control holds. */
  get(): string;
  /** The values a menu offers (none for a text field or a checkbox). */
  values(): string[];
  /** Replaces a menu's values (the ids of another dataset); `relabel` writes their texts. */
  setValues(values: readonly string[]): void;
}

/** The values a select offers for a parameter. */
function optionValues(param: Param): readonly string[] {
  if (param.kind === 'enum' || param.kind === 'pattern') return param.values;
  if (param.kind === 'int') return Array.from({ length: param.max - param.min + 1 }, (_, i) => String(param.min + i));
  return [];
}

/** The visible text of one option. */
export function optionLabel(param: Param, value: string, data: Dataset, lang: Lang): string {
  const s = ui[lang];
  switch (param.name) {
    case 'lang':
      return value === 'en' ? s.lang_en : s.lang_id;
    case 'theme':
      return s[`theme_${value as 'light' | 'dark' | 'auto'}`];
    case 'metric': {
      const metric = data.metrics.find((m) => m.id === value);
      return metric ? `${formatNumber(metric.value, lang)} ${metric.label[lang]}` : value;
    }
    case 'program':
      return data.programs.find((p) => p.id === value)?.title[lang] ?? value;
    case 'region':
      return partnerStrings[lang][`region_${value as 'all'}`] ?? value;
    case 'selected': {
      if (!value) return s.opt_noSelection;
      const partner = data.partners.find((p) => p.id === value);
      return partner ? `${partner.name[lang]} (${partner.country.name[lang]})` : value;
    }
    case 'heading-level':
      return s.headingLevel(Number(value));
    case 'height':
    case 'aspect-ratio':
      return value || s.opt_auto;
    default: {
      const key = `opt_${value}` as keyof typeof s;
      const text = s[key];
      return typeof text === 'string' ? text : value;
    }
  }
}

/** Builds the field for one parameter of `widget`. */
export function createField(widget: WidgetName, param: Param, onChange: () => void): Field {
  const id = `${widget}--${param.name}`;
  const element = document.createElement('div');
  element.className = `field field--${param.kind}`;
  const label = document.createElement('label');
  label.htmlFor = id;
  let control: HTMLSelectElement | HTMLInputElement;
  if (param.kind === 'text') {
    const input = document.createElement('input');
    input.type = 'text';
    input.maxLength = param.maxLength;
    input.autocomplete = 'off';
    input.spellcheck = !param.url;
    if (param.url) input.inputMode = 'url';
    input.addEventListener('input', onChange);
    control = input;
  } else if (param.kind === 'bool') {
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.addEventListener('change', onChange);
    control = input;
  } else {
    const select = document.createElement('select');
    for (const value of optionValues(param)) select.add(new Option(value, value));
    select.addEventListener('change', onChange);
    control = select;
  }
  control.id = id;
  control.name = param.name;
  if (param.kind === 'bool') element.append(control, label);
  else element.append(label, control);
  return {
    param,
    element,
    label,
    control,
    set(value: string) {
      if (control instanceof HTMLInputElement && control.type === 'checkbox') control.checked = value === 'true';
      else control.value = value;
    },
    get() {
      if (control instanceof HTMLInputElement && control.type === 'checkbox') return String(control.checked);
      return control.value;
    },
    values() {
      return control instanceof HTMLSelectElement ? [...control.options].map((o) => o.value) : [];
    },
    setValues(values: readonly string[]) {
      if (control instanceof HTMLSelectElement) control.replaceChildren(...values.map((value) => new Option(value, value)));
    },
  };
}

/** Writes a field's label and option texts in `lang`. */
export function relabel(field: Field, data: Dataset, lang: Lang): void {
  const s = ui[lang];
  field.label.textContent = s[`param_${field.param.name}` as keyof typeof s] as string;
  if (field.control instanceof HTMLSelectElement) {
    for (const option of field.control.options) {
      option.text = optionLabel(field.param, option.value, data, lang);
      // Language names are written in their own language.
      if (field.param.name === 'lang') option.lang = option.value;
    }
  }
}

/**
 * Shows `message` under `control` as its error (`aria-invalid`, and the error first among what
 * describes it, then `describedBy`), or clears it with `message` empty.
 */
export function showFieldError(control: HTMLElement, error: HTMLElement, message: string, describedBy = ''): void {
  error.textContent = message;
  error.hidden = !message;
  if (message) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
  const ids = [message ? error.id : '', describedBy].filter(Boolean).join(' ');
  if (ids) control.setAttribute('aria-describedby', ids);
  else control.removeAttribute('aria-describedby');
}

/** Reads every field into settings. */
export function readFields(fields: readonly Field[]): Settings {
  return Object.fromEntries(fields.map((f) => [f.param.name, f.get()]));
}
