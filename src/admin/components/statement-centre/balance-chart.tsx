import { Text } from "@medusajs/ui"
import { useFeedBalances } from "../../hooks/api/statement-centre"
import { balanceChartGeometry, ChartBox } from "../../lib/balance-chart"
import { formatBankDate } from "../../lib/bank-date"
import { formatMoney } from "../../lib/format-money"
import { merchantMessage } from "../../lib/merchant-message"

const BOX: ChartBox = { width: 640, height: 140, top: 10, right: 8, bottom: 10, left: 8 }

/**
 * The account's balance over time, one point per bank day from the lines' running balances. The
 * labels are the server's exact figures; the line is only a picture of them.
 */
export function BalanceChart({ feedId }: { feedId: string }) {
  const balances = useFeedBalances(feedId)
  if (balances.isError) {
    return (
      <Text size="small" className="text-ui-fg-error" role="alert">
        Could not load the balance history: {merchantMessage(balances.error)}
      </Text>
    )
  }
  if (!balances.data) return <div className="h-[140px] animate-pulse rounded-lg bg-ui-bg-subtle" aria-hidden />

  const currency = balances.data.currency_code
  const chart = balanceChartGeometry(balances.data.balances, BOX)
  if (!chart) {
    return (
      <Text size="small" className="text-ui-fg-subtle" data-testid="balance-chart-empty">
        No running balance imported yet: the picture of the balance appears with the first lines.
      </Text>
    )
  }
  const money = (amount: string) => formatMoney(amount, currency)
  const summary =
    `Balance from ${formatBankDate(chart.first.date)} to ${formatBankDate(chart.last.date)}: ` +
    `${money(chart.first.balance)} to ${money(chart.last.balance)}; ` +
    `lowest ${money(chart.lowest.balance)} on ${formatBankDate(chart.lowest.date)}, ` +
    `highest ${money(chart.highest.balance)} on ${formatBankDate(chart.highest.date)}.`

  return (
    <figure className="flex flex-col gap-y-1" data-testid="balance-chart">
      <div className="flex items-stretch gap-x-3">
        <div className="flex w-40 shrink-0 flex-col justify-between text-right">
          <Text size="xsmall" className="text-ui-fg-subtle" data-testid="balance-chart-high">
            High <span className="tabular-nums text-ui-fg-base">{money(chart.highest.balance)}</span>
          </Text>
          <Text size="xsmall" className="text-ui-fg-subtle" data-testid="balance-chart-low">
            Low <span className="tabular-nums text-ui-fg-base">{money(chart.lowest.balance)}</span>
          </Text>
        </div>
        <svg
          viewBox={`0 0 ${BOX.width} ${BOX.height}`}
          preserveAspectRatio="none"
          className="h-[140px] w-full min-w-0 rounded-lg bg-ui-bg-subtle"
          role="img"
          aria-label={summary}
        >
          <title>{summary}</title>
          {chart.zeroY !== null && (
            <line
              x1={BOX.left}
              x2={BOX.width - BOX.right}
              y1={chart.zeroY}
              y2={chart.zeroY}
              className="stroke-ui-border-strong"
              strokeDasharray="4 4"
              vectorEffect="non-scaling-stroke"
            />
          )}
          <path
            d={chart.path}
            fill="none"
            className="stroke-ui-fg-interactive"
            strokeWidth={2}
            strokeLinejoin="round"
            vectorEffect="non-scaling-stroke"
          />
          {[chart.highest, chart.lowest].map((point) => (
            <circle
              key={`${point.date}-${point.y}`}
              cx={point.x}
              cy={point.y}
              r={3}
              className="fill-ui-fg-interactive"
            />
          ))}
        </svg>
      </div>
      <figcaption className="flex justify-between pl-[172px]">
        <Text size="xsmall" className="text-ui-fg-subtle tabular-nums" data-testid="balance-chart-first">
          {formatBankDate(chart.first.date)}
        </Text>
        <Text size="xsmall" className="text-ui-fg-subtle tabular-nums" data-testid="balance-chart-last">
          {formatBankDate(chart.last.date)} · {money(chart.last.balance)}
        </Text>
      </figcaption>
    </figure>
  )
}
