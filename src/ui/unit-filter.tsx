/**
 * The "find unit" box of a finer level's lists (the district table, the compare table): a level of thousands of units
 * (2,890 hexagons) is listed a page at a time, and the planner narrows it by name or id (`filterUnitRows`).
 */
import { useT } from './app-context';

export function UnitFilterInput(props: { value: string; onInput: (value: string) => void; testId: string }) {
  const t = useT();
  return (
    <label>
      {t('unitFilterLabel')}{' '}
      <input
        type="search"
        data-testid={props.testId}
        value={props.value}
        placeholder={t('unitFilterPlaceholder')}
        onInput={(event) => props.onInput(event.currentTarget.value)}
      />
    </label>
  );
}
