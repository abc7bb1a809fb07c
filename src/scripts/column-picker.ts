// Column picker: shows only the sources chosen in ?sources=a,b (every source when it is absent,
// none when it is empty), and carries the choice on every link to a topic page, so it follows the
// reader from topic to topic. Without this script the picker stays hidden and every column shows.
// Kept tiny: budget 2 KB.
const picker = document.querySelector<HTMLElement>('[data-column-picker]');
if (picker) {
  const boxes = [...picker.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const empty = picker.querySelector<HTMLElement>('[data-picker-empty]');
  // The line that says how many sources show, and how to show the rest (its words are on the page).
  const shown = document.querySelector<HTMLElement>('[data-picker-shown]');
  const apply = (save: boolean) => {
    const list = boxes.filter((box) => box.checked).map((box) => box.value);
    const all = list.length === boxes.length;
    for (const el of document.querySelectorAll<HTMLElement>('[data-source]'))
      el.hidden = !all && !list.includes(el.dataset.source!);
    if (empty) empty.hidden = list.length > 0;
    if (shown) {
      const words = (all ? shown.dataset.wordsAll : shown.dataset.wordsSome) ?? '';
      shown.textContent = words.replace('{shown}', String(list.length)).replace('{total}', String(boxes.length));
    }
    const carry = (url: URL) => {
      if (all) url.searchParams.delete('sources');
      else url.searchParams.set('sources', list.join(','));
      return url.href;
    };
    if (save) history.replaceState(null, '', carry(new URL(location.href)));
    for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href*="/topics/"]'))
      link.href = carry(new URL(link.href));
  };
  const wanted = new URLSearchParams(location.search).get('sources');
  if (wanted !== null) for (const box of boxes) box.checked = wanted.split(',').includes(box.value);
  picker.addEventListener('change', () => apply(true));
  picker.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button');
    if (!button) return;
    const only = button.dataset.pickerOnly;
    for (const box of boxes) box.checked = !only || box.value === only;
    apply(true);
  });
  picker.hidden = false;
  apply(false);
}
