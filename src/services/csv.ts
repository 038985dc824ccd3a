// CSV files from offices (vacancies, course completions): a header row, then
// one record per row. Problems are reported by line (the header is line 1).
import { parse } from "csv-parse/sync";

export interface RowProblem {
  /** Line in the file (the header is line 1). */
  line: number;
  message: string;
}

/** Rows keyed by the header's names in lower case; a BOM is dropped. */
export function readCsv(text: string): { rows: Record<string, string>[] } | { problem: RowProblem } {
  try {
    const rows = parse(text.replace(/^\uFEFF/, ""), { columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), skip_empty_lines: true, trim: true, relax_column_count: true }) as Record<string, string>[];
    return { rows };
  } catch (error) {
    return { problem: { line: (error as { lines?: number }).lines ?? 1, message: `not valid CSV: ${(error as Error).message.split("\n")[0]}` } };
  }
}
