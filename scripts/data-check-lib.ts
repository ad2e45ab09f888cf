import {
  checkRecords,
  FatalDatasetError,
  formatProblem,
  type Problem,
} from '../src/lib/dataset/record-checks';
import { checkCuration, countRecords } from './curation-checks';

export interface DataCheckResult {
  ok: boolean;
  /** What the app would set aside (or why it would refuse the file), then the curation problems. */
  problems: Problem[];
  /** The record checks' findings alone: the app's verdict on the same file. */
  recordProblems: Problem[];
  lines: string[];
}

const failed = (problems: Problem[], recordProblems: Problem[]): DataCheckResult => ({
  ok: false,
  problems,
  recordProblems,
  lines: [
    `data:check FAILED with ${problems.length} problem(s):`,
    ...problems.map((p) => `  ${formatProblem(p)}`),
  ],
});

/** The data check as a pure function of the file's text and the source documents' texts. */
export function runDataCheck(json: string, sources: Record<string, string>): DataCheckResult {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (e) {
    const problem = {
      record: 'dataset',
      field: '(file)',
      message: `not valid JSON: ${(e as Error).message}`,
    };
    return { ...failed([problem], [problem]), lines: [`data:check FAILED: ${formatProblem(problem)}`] };
  }
  let checked: ReturnType<typeof checkRecords>;
  try {
    checked = checkRecords(raw);
  } catch (e) {
    if (!(e instanceof FatalDatasetError)) throw e;
    return failed([e.problem], [e.problem]);
  }
  const problems = [...checked.rejected, ...checkCuration(raw, checked.data, sources)];
  if (problems.length > 0) return failed(problems, checked.rejected);
  const c = countRecords(checked.data);
  return {
    ok: true,
    problems,
    recordProblems: [],
    lines: [
      `data:check ok: ${c.sources} sources, ${c.bases} bases, ${c.events} events, ${c.troopLevels} troop-level points, ${c.disputes} disputes, ${c.quotes} verbatim quotes`,
    ],
  };
}
