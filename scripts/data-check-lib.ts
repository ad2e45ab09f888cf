import { datasetSchema } from '../src/lib/dataset/schema';
import { formatProblem, problemsFromZod, type Problem } from '../src/lib/dataset/issues';
import { checkIntegrity, countRecords } from '../src/lib/dataset/integrity';

export interface DataCheckResult {
  ok: boolean;
  problems: Problem[];
  lines: string[];
}

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
    return { ok: false, problems: [problem], lines: [`data:check FAILED: ${formatProblem(problem)}`] };
  }
  const parsed = datasetSchema.safeParse(raw);
  const problems = parsed.success ? checkIntegrity(parsed.data, sources) : problemsFromZod(raw, parsed.error);
  if (problems.length > 0) {
    return {
      ok: false,
      problems,
      lines: [
        `data:check FAILED with ${problems.length} problem(s):`,
        ...problems.map((p) => `  ${formatProblem(p)}`),
      ],
    };
  }
  const c = countRecords(parsed.data!);
  return {
    ok: true,
    problems,
    lines: [
      `data:check ok: ${c.sources} sources, ${c.bases} bases, ${c.events} events, ${c.troopLevels} troop-level points, ${c.disputes} disputes, ${c.quotes} verbatim quotes`,
    ],
  };
}
