import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Base } from '../../lib/dataset/schema';
import { baseStatusAt, statusesFrom, type BaseStatus } from '../../lib/filters/aggregate';
import { useLoadedDataset } from '../../lib/dataset/loaded-dataset';
import { useLocale } from '../../lib/use-locale';

/**
 * The bases' statuses on a day and what each says, in the reader's language: one wording for
 * the markers, the list of bases and a base's popup, worked out once by the map and handed to
 * them. `from` is the record's first troop figure, before which it gives no status (see
 * statusesFrom).
 */
export function useBaseStatus() {
  const { t } = useTranslation();
  const { date } = useLocale();
  const { data } = useLoadedDataset();
  const from = useMemo(() => statusesFrom(data.troopLevels), [data]);
  return useMemo(
    () => ({
      from,
      of: (base: Base, day: number): BaseStatus => baseStatusAt(base, day, from?.day ?? null),
      say: (base: Base, status: BaseStatus): string =>
        status === 'handedOver' && base.handover
          ? t('map.handedOverOn', { date: date(base.handover.date) })
          : status === 'unknown' && from
            ? t('map.unknown', { date: date(from.date) })
            : t('map.present'),
    }),
    [from, t, date],
  );
}

export type BaseStatuses = ReturnType<typeof useBaseStatus>;

/** What the map hands its markers and its list of bases: the bases, the day, their statuses. */
export interface BaseViewProps {
  bases: readonly Base[];
  statusDay: number;
  statuses: BaseStatuses;
}
