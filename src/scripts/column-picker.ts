// Column picker: shows only the sources chosen in ?sources=a,b (every source when it is absent).
// Without this script the picker stays hidden and every column shows. Kept tiny: budget 2 KB.
const picker = document.querySelector<HTMLElement>('[data-column-picker]');
if (picker) {
  const boxes = [...picker.querySelectorAll<HTMLInputElement>('input')];
  const chosen = () => boxes.filter((box) => box.checked).map((box) => box.value);
  const apply = () => {
    const keep = new Set(chosen());
    const all = keep.size === 0 || keep.size === boxes.length;
    for (const el of document.querySelectorAll<HTMLElement>('[data-source]')) el.hidden = !all && !keep.has(el.dataset.source!);
  };
  const wanted = new URLSearchParams(location.search).get('sources')?.split(',');
  if (wanted) for (const box of boxes) box.checked = wanted.includes(box.value);
  picker.addEventListener('change', () => {
    const url = new URL(location.href);
    const list = chosen();
    if (list.length && list.length < boxes.length) url.searchParams.set('sources', list.join(','));
    else url.searchParams.delete('sources');
    history.replaceState(null, '', url);
    apply();
  });
  picker.hidden = false;
  apply();
}
