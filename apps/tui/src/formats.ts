/** The formats `e` offers, with the file extension each gets. */
export const EXPORT_FORMATS = [
  { format: "markdown", label: "Markdown", extension: "md" },
  { format: "csv", label: "CSV", extension: "csv" },
  { format: "atom", label: "Atom feed", extension: "atom" },
] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number]["format"];
