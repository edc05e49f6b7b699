import type { Money } from '@caravan/core';
import { formatMoney } from '../../lib/format';

/**
 * The trip's budget against what has been spent: what is left, or by how much it is over. A
 * budget in another currency than the expenses is shown as it is, without a comparison.
 */
export function BudgetLimit({
  budget,
  spent,
  currency,
  tripId,
  readOnly,
}: {
  budget: Money | undefined;
  spent: number;
  currency: string;
  tripId: string;
  readOnly: boolean;
}) {
  if (!budget) {
    return readOnly ? null : (
      <p className="muted">
        No budget set. <a href={`/trips/${tripId}/settings`}>Set one in the trip settings</a> and
        the checks compare planned costs with it.
      </p>
    );
  }
  const limit = formatMoney(budget.amount, budget.currency);
  if (budget.currency !== currency) {
    return <p className="budget-limit">Budget {limit}</p>;
  }
  const left = budget.amount - spent;
  return (
    <div className="budget-limit" data-over={left < 0}>
      <p data-testid="budget-left">
        {left >= 0 ? (
          <>
            <strong>{formatMoney(left, currency)}</strong> left of {limit}
          </>
        ) : (
          <>
            <strong>{formatMoney(-left, currency)}</strong> over the budget of {limit}
          </>
        )}
      </p>
      <meter
        aria-label="Spent of the budget"
        min={0}
        max={budget.amount}
        value={Math.min(spent, budget.amount)}
        // Green under three quarters, amber to nine tenths, red beyond.
        optimum={0}
        low={budget.amount * 0.75}
        high={budget.amount * 0.9}
      />
    </div>
  );
}
