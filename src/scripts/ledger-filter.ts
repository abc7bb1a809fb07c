// Ledger filter: narrows /checks/ to one rating, source and topic, chosen in three selects, and
// keeps the choice in the address (?rating=&source=&topic=) so a filtered ledger can be shared.
// Without this script the form stays hidden and every check shows, grouped by rating and source.
// Markup contract with src/pages/checks.astro: [data-ledger-filter] holds selects named rating,
// source and topic, and a [data-ledger-all] button that clears them; rows carry data-rating, data-source and data-topic; [data-ledger-group]
// sections hide when no row in them shows; [data-ledger-count] says how many show.
const form = document.querySelector<HTMLFieldSetElement>('[data-ledger-filter]');
if (form) {
  const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
  const rows = [...document.querySelectorAll<HTMLElement>('[data-ledger-row]')];
  const count = form.querySelector<HTMLElement>('[data-ledger-count]');
  const apply = (save: boolean) => {
    const wanted = selects.filter((select) => select.value).map((select) => [select.name, select.value] as const);
    let shown = 0;
    for (const row of rows) {
      row.hidden = !wanted.every(([name, value]) => row.dataset[name] === value);
      if (!row.hidden) shown += 1;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-ledger-group]')) {
      group.hidden = !group.querySelector('[data-ledger-row]:not([hidden])');
    }
    if (count) count.textContent = `Showing ${shown} of ${rows.length} fact-checks.`;
    if (save) {
      const url = new URL(location.href);
      for (const select of selects) {
        if (select.value) url.searchParams.set(select.name, select.value);
        else url.searchParams.delete(select.name);
      }
      history.replaceState(null, '', url.href);
    }
  };
  const params = new URLSearchParams(location.search);
  for (const select of selects) {
    const value = params.get(select.name);
    if (value !== null && [...select.options].some((option) => option.value === value)) select.value = value;
  }
  form.addEventListener('change', () => apply(true));
  form.querySelector('[data-ledger-all]')?.addEventListener('click', () => {
    for (const select of selects) select.value = '';
    apply(true);
  });
  form.hidden = false;
  apply(false);
}
