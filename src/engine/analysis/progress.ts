/** Long analysis work reports progress and can be stopped between two runs (issue 14.5). */
export interface Progress {
  /** Called after each unit of work: `done` of `total`. */
  onProgress?(done: number, total: number): void;
  /** Asked between two runs; true stops the work with AnalysisCancelled. */
  isCancelled?(): boolean;
}

export class AnalysisCancelled extends Error {
  constructor() {
    super('analysis cancelled');
  }
}

export function checkCancelled(progress: Progress | undefined): void {
  if (progress?.isCancelled?.()) throw new AnalysisCancelled();
}
