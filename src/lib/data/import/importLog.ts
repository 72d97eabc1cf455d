import type { ImportProblem, RejectedRow } from './types';

export interface Issue {
  /** The file's column (CSV) or path (JSON). */
  column?: string;
  message: string;
}

export interface RowPlace {
  row: number;
  line?: number;
  cells: string[];
}

/** The problems and rejected rows an importer finds while it reads a file. */
export class ImportLog {
  readonly problems: ImportProblem[] = [];
  readonly rejected: RejectedRow[] = [];

  constructor(private readonly file: string) {}

  private problem(at: Partial<RowPlace>, issue: Issue, severity: ImportProblem['severity']) {
    const p: ImportProblem = { file: this.file, message: issue.message, severity };
    if (at.row !== undefined) p.row = at.row;
    if (at.line !== undefined) p.line = at.line;
    if (issue.column !== undefined) p.column = issue.column;
    this.problems.push(p);
  }

  /** The row is not loaded, for these reasons. */
  reject(at: RowPlace, issues: readonly Issue[]): void {
    for (const issue of issues) this.problem(at, issue, 'error');
    const row: RejectedRow = {
      row: at.row,
      cells: at.cells,
      problems: issues.map((i) => (i.column ? `${i.column}: ${i.message}` : i.message)),
    };
    if (at.line !== undefined) row.line = at.line;
    this.rejected.push(row);
  }

  /** The row is loaded, but this part of it is not carried over. */
  warn(at: Partial<RowPlace>, issue: Issue): void {
    this.problem(at, issue, 'warning');
  }

  /** The whole file cannot be read. */
  fatal(message: string, line?: number): void {
    this.problem(line === undefined ? {} : { line }, { message }, 'error');
  }
}
