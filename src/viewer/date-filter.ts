import { element } from './dom.js';
import { dateSpan, isoDay, type DayRange } from './date-range.js';

export interface DateFilter {
  element: HTMLElement;
  /** The chosen range, or undefined while every date is shown. */
  range(): DayRange | undefined;
  destroy(): void;
}

export interface DateFilterOptions {
  /** The days the dataset's events cover: the inputs' limits and their starting values. */
  bounds: DayRange;
  ids: (name: string) => string;
  /** Called with the new range, undefined when the whole span is shown again. */
  onChange: (range: DayRange | undefined) => void;
}

function dateInput(id: string, label: string, bounds: DayRange, value: number) {
  const wrapper = element('label', 'nm-date-filter__field');
  wrapper.htmlFor = id;
  const input = element('input', 'nm-date-filter__input');
  input.type = 'date';
  input.id = id;
  input.min = isoDay(bounds.first);
  input.max = isoDay(bounds.last);
  input.value = isoDay(value);
  input.required = true;
  wrapper.append(element('span', 'nm-date-filter__label', label), input);
  return { wrapper, input };
}

/**
 * Two dates, "from" and "to", that narrow the map to the places with events between them; a
 * reset shows every place again. The range covering every event counts as no filter, so that
 * places without a date are shown until the reader narrows it.
 */
export function createDateFilter({ bounds, ids, onChange }: DateFilterOptions): DateFilter {
  const root = element('fieldset', 'nm-date-filter');
  root.append(element('legend', 'nm-date-filter__legend', 'Show places with events between'));
  const from = dateInput(ids('date-from'), 'From', bounds, bounds.first);
  const to = dateInput(ids('date-to'), 'To', bounds, bounds.last);
  const reset = element('button', 'nm-button nm-date-filter__reset', 'All dates');
  reset.type = 'button';
  root.append(from.wrapper, to.wrapper, reset);

  let current: DayRange | undefined;
  const read = (input: HTMLInputElement, fallback: number) =>
    /^\d{4}-\d{2}-\d{2}$/.test(input.value) ? dateSpan(input.value).first : fallback;

  const apply = () => {
    let first = read(from.input, bounds.first);
    let last = read(to.input, bounds.last);
    // A reversed range is read the way round that makes sense, rather than as empty.
    if (first > last) [first, last] = [last, first];
    const whole = first <= bounds.first && last >= bounds.last;
    current = whole ? undefined : { first, last };
    reset.disabled = whole;
    onChange(current);
  };
  const onReset = () => {
    from.input.value = isoDay(bounds.first);
    to.input.value = isoDay(bounds.last);
    apply();
    from.input.focus();
  };
  from.input.addEventListener('change', apply);
  to.input.addEventListener('change', apply);
  reset.addEventListener('click', onReset);
  reset.disabled = true;

  return {
    element: root,
    range: () => current,
    destroy() {
      from.input.removeEventListener('change', apply);
      to.input.removeEventListener('change', apply);
      reset.removeEventListener('click', onReset);
      root.remove();
    },
  };
}
