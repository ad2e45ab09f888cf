import { describe, expect, it } from 'vitest';
import { checkOf, checkText, type CheckReason } from './check-reason';
import reasons from '../i18n/reasons/en.json';
import { eventSchema } from './schema';
import { bundled } from '../../test/render';
import { MAX_FILE_BYTES, PAGE_REFUSALS, refusal } from './errors';

describe("a dataset check's codes", () => {
  it("find each of Drawdown's fixed messages by its words", () => {
    const fixed = (Object.keys(reasons.check) as CheckReason[]).filter((k) => !checkText(k).includes('{{'));
    const found = fixed.map((why) =>
      checkOf({ code: 'custom', message: checkText(why), path: [], input: 0 }),
    );
    expect(found).toEqual(fixed.map((why) => ({ why })));
  });

  it("keep zod's own issues as zod's fields, the record's value reduced to its type", () => {
    const e = { ...bundled().data.events[0]!, title: { en: ['a long list'], ar: 'عنوان' } };
    const r = eventSchema.safeParse(e, { reportInput: true });
    expect(r.success).toBe(false);
    const check = checkOf(r.error!.issues[0]!);
    expect(check).toEqual({ zod: { code: 'invalid_type', expected: 'string', input: [] } });
    // It crosses from the worker as it is.
    expect(structuredClone(check)).toEqual(check);
  });
});

describe("the page's own refusals", () => {
  it('are written as the reasons namespace words them, figures included', () => {
    const mb = MAX_FILE_BYTES / 1024 / 1024;
    for (const why of Object.keys(PAGE_REFUSALS) as (keyof typeof PAGE_REFUSALS)[]) {
      const e = refusal('invalid', 'x.json', why);
      expect(e.detail).toBe(checkText(why, undefined, { counts: { mb } }));
      expect(e.check).toMatchObject({ why });
    }
  });
});
