/** One column of a data download: its name, what it means (for the data dictionary), and how a record fills it. */
export interface Column<T> {
  name: string;
  description: string;
  value: (row: T) => string | number | boolean | null;
}
