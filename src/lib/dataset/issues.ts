import type { z } from 'zod';

export interface Problem {
  /** Where: the record (collection, index and id where known) and the field. */
  record: string;
  field: string;
  message: string;
}

function recordLabel(data: unknown, path: readonly PropertyKey[]): { record: string; rest: PropertyKey[] } {
  const [collection, index, ...rest] = path;
  if (collection === undefined) return { record: 'dataset', rest: [] };
  if (typeof index !== 'number') {
    return { record: String(collection), rest: index === undefined ? rest : [index, ...rest] };
  }
  const root = data as Record<string, unknown> | null;
  const list = root && typeof root === 'object' ? root[String(collection)] : undefined;
  const item = Array.isArray(list) ? (list[index] as Record<string, unknown> | undefined) : undefined;
  const id =
    item && typeof item === 'object' && typeof item.id === 'string' ? ` "${item.id.slice(0, 60)}"` : '';
  return { record: `${String(collection)}[${index}]${id}`, rest };
}

/** Turns zod issues into problems that name the record (with its id) and the field. */
export function problemsFromZod(data: unknown, error: z.ZodError): Problem[] {
  return error.issues.map((issue) => {
    const { record, rest } = recordLabel(data, issue.path);
    return { record, field: rest.map(String).join('.') || '(record)', message: issue.message };
  });
}

export function formatProblem(p: Problem): string {
  return `${p.record} · ${p.field}: ${p.message}`;
}
