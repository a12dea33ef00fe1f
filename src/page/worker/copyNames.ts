/**
 * The copies' names, as the command line names them in one `--out` folder: the input's name without its
 * extension, then `.checked.xlsx`; `（2）`, `（3）` … for a second file of the same name; never an input's
 * name; `.xlsm` for a workbook with macros (an .xlsx name would not open).
 */
export function stemOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot > 0 ? name.slice(0, dot) : name;
}

export function copyName(name: string, n = 1): string {
  return `${stemOf(name)}${n > 1 ? `（${n}）` : ""}.checked.xlsx`;
}

/** Each input's copy name, in order: distinct from each other and from every input's name. */
export function copyNames(names: readonly string[]): string[] {
  const taken = new Set(names);
  return names.map((name) => {
    let n = 1;
    while (taken.has(copyName(name, n))) n++;
    const chosen = copyName(name, n);
    taken.add(chosen);
    return chosen;
  });
}
