/**
 * CSV writing (RFC 4180: comma-separated, CRLF line ends, a field quoted when it holds a comma, a quote or a
 * line break, quotes doubled inside), and tidy CSVs (of the forced-return report, the assisted-return figures
 * and the Eurostat export): one row per observation, taken cell by cell from the JSON-stat datasets so the
 * two publications cannot disagree.
 */
import type { JsonStatCollection, JsonStatDataset } from './jsonstat.ts';

const NEEDS_QUOTES = /[",\r\n]/;

/** One field; `null` is an empty field. */
export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record with its CRLF line end. */
export function csvLine(fields: readonly (string | number | null)[]): string {
  return fields.map(csvField).join(',') + '\r\n';
}

/**
 * The columns of the tidy CSV: the dataset, one column per dimension any dataset has (empty where a dataset
 * does not have it), and the value. Codes only; the JSON-stat datasets carry the labels.
 */
export const tidyColumns = ['dataset', 'time', 'category', 'citizenship', 'destination', 'minor', 'measure', 'value'] as const;

/** Every observation of a dataset, with its category id in each dimension (row-major, as `value` is). */
export function observations(dataset: JsonStatDataset): { categories: Record<string, string>; value: number | null }[] {
  const categoryIds = dataset.id.map((dimensionId) => {
    const index = dataset.dimension[dimensionId]?.category.index;
    if (!index) throw new Error(`Dataset ${dataset.label}: dimension ${dimensionId} has no category index`);
    return index;
  });
  return dataset.value.map((value, position) => {
    const categories: Record<string, string> = {};
    let rest = position;
    for (let d = dataset.id.length - 1; d >= 0; d--) {
      const ids = categoryIds[d]!;
      categories[dataset.id[d]!] = ids[rest % ids.length]!;
      rest = Math.floor(rest / ids.length);
    }
    return { categories, value };
  });
}

/**
 * A tidy CSV: a header, then one row per observation of each dataset, with one column per name in `columns`
 * (`dataset` is the dataset's `extension.id`, `value` its value, any other a dimension id: empty where a
 * dataset does not have that dimension). Codes only; the JSON-stat carries the labels. Throws when a dataset
 * has a dimension the columns do not name, so that no breakdown is silently dropped. The forced-return
 * report's, the assisted-return figures' and the Eurostat export's CSVs are all written by it.
 */
export function tidyCsvOf(datasets: readonly JsonStatDataset[], columns: readonly string[]): string {
  let out = csvLine(columns);
  for (const dataset of datasets) {
    const unknown = dataset.id.filter((id) => !columns.includes(id));
    if (unknown.length > 0) throw new Error(`Dataset ${dataset.extension.id} has dimensions the CSV has no column for: ${unknown.join(', ')}`);
    for (const { categories, value } of observations(dataset)) {
      out += csvLine(columns.map((column) => (column === 'dataset' ? dataset.extension.id : column === 'value' ? value : (categories[column] ?? null))));
    }
  }
  return out;
}

/** The tidy CSV of the forced-return report's collection, with the columns `tidyColumns`. */
export function tidyCsv(collection: JsonStatCollection): string {
  return tidyCsvOf(collection.link.item, tidyColumns);
}
