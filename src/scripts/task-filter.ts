/**
 * Instant filtering on /nhiem-vu/: shows the select form, hides the task cards that do not
 * match (on the page shown: a long register is paginated, and the count then says so), and keeps the choice in the query string (?co-quan=…&trang-thai=…&quy=…&van-ban=…) so a
 * filtered view can be shared; document pages link here with ?van-ban=<document id>. Finds
 * everything by data-* attributes. Without JavaScript the page lists every task, grouped.
 */

/** Which data attribute of a card each select matches; `leads` holds several slugs. */
type Field = 'leads' | 'status' | 'quarter' | 'document';

const form = document.querySelector<HTMLFormElement>('[data-task-filter]');
const selects = form ? [...form.querySelectorAll<HTMLSelectElement>('select[data-filter-field]')] : [];
const cards = [...document.querySelectorAll<HTMLElement>('[data-task-id]')];
const groups = [...document.querySelectorAll<HTMLElement>('[data-task-group]')];
const live = document.querySelector<HTMLElement>('[data-task-filter-count]');
const empty = document.querySelector<HTMLElement>('[data-task-filter-empty]');

function matches(card: HTMLElement, field: Field, value: string): boolean {
  const own = card.dataset[field] ?? '';
  return field === 'leads' ? own.split(' ').includes(value) : own === value;
}

/**
 * Shows the cards the selects choose and updates the count. The live region is written only when
 * its sentence changes (the page arrives with it, so a load would have it read again unasked),
 * or when `announce` asks: "Lọc" pressed says the count again even though nothing changed.
 */
function apply(announce = false): void {
  const chosen = selects.filter((s) => s.value !== '').map((s) => [s.dataset.filterField as Field, s.value] as const);
  let shown = 0;
  for (const card of cards) {
    card.hidden = !chosen.every(([field, value]) => matches(card, field, value));
    if (!card.hidden) shown++;
  }
  for (const group of groups) {
    const visible = [...group.querySelectorAll<HTMLElement>('[data-task-id]')].filter((c) => !c.hidden).length;
    group.hidden = visible === 0;
    const count = group.querySelector<HTMLElement>('[data-task-group-count]');
    if (count) count.textContent = String(visible);
  }
  const scope = live?.dataset.taskFilterScope;
  const sentence = `Đang hiện ${shown}/${cards.length} nhiệm vụ${scope ? ` ${scope}` : ''}`;
  if (live && announce) {
    // Emptied first, so the same sentence is a change a screen reader reads.
    live.textContent = '';
    setTimeout(() => (live.textContent = sentence), 100);
  } else if (live && live.textContent !== sentence) live.textContent = sentence;
  if (empty) empty.hidden = shown > 0;
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    if (s.value) params.set(s.name, s.value);
    else params.delete(s.name);
  }
  const query = params.toString();
  history.replaceState(history.state, '', `${location.pathname}${query ? `?${query}` : ''}${location.hash}`);
}

if (form) {
  const params = new URLSearchParams(location.search);
  for (const s of selects) {
    const wanted = params.get(s.name);
    // Links shared before the statuses had Vietnamese slugs (?trang-thai=recurring) still work;
    // an unknown value (a typo, a task gone) is ignored rather than hiding everything.
    const option = [...s.options].find((o) => wanted && (o.value === wanted || o.dataset.former === wanted));
    if (option) s.value = option.value;
  }
  form.hidden = false;
  // The form now filters in place: on a phone the ready-made filter pages below it are folded,
  // so the tasks are not three screens down.
  const pages = document.querySelector<HTMLDetailsElement>('[data-task-filter-pages]');
  if (pages && !matchMedia('(min-width: 48rem)').matches) pages.open = false;
  form.addEventListener('change', () => apply());
  // The reset event fires before the selects are reset.
  form.addEventListener('reset', () => setTimeout(() => apply()));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply(true);
  });
  apply();
}
