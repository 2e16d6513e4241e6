// Backtest of the forecast (README "Forecasts"): forecasts made on the 10th and the 20th of each
// month of the stored history, against what the month then cost, per grouping.
// Run: npm run backtest:forecast (the configured database; the demo's after `tierscope demo --no-serve`).
import { isoDayOf, shiftDay } from "../lib/costing/day-window";
import { backtestForecasts } from "../lib/costing/forecast/backtest-forecasts";
import { DEFAULT_FORECAST_SETTINGS } from "../lib/costing/forecast/forecast-types";
import { createPrisma } from "../lib/db/prisma";
import { firstFactDay } from "../lib/queries/forecasts/first-fact-day";
import { FORECAST_GROUPINGS } from "../lib/queries/forecasts/forecast-grouping";
import { listComponentDayCosts } from "../lib/queries/forecasts/list-component-day-costs";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set: run through `tierscope exec --`");
const db = createPrisma(url);
try {
  const historyFrom = await firstFactDay(db);
  if (!historyFrom) throw new Error("No cost facts: load the demo first (tierscope demo --no-serve)");
  const lastKnown = shiftDay(isoDayOf(new Date()), -1);
  console.log(`History ${historyFrom} … ${lastKnown}; forecasts made on the 10th and the 20th.`);
  console.log(
    "grouping       made on     horizon     month    groups  actual        forecast      error    MAPE    in interval",
  );
  for (const by of FORECAST_GROUPINGS) {
    const rows = await listComponentDayCosts(db, {
      window: { from: historyFrom, to: lastKnown },
      by,
      teamIds: null,
    });
    const cases = backtestForecasts(rows, {
      historyFrom,
      lastKnown,
      daysOfMonth: [10, 20],
      settings: DEFAULT_FORECAST_SETTINGS,
    });
    for (const c of cases) {
      const error = c.forecast.minus(c.actual).div(c.actual).times(100);
      const mape = c.absoluteError.div(c.actual).times(100);
      console.log(
        [
          by.padEnd(13),
          c.madeOn,
          c.horizon.padEnd(10),
          c.month,
          String(c.groups).padStart(6),
          c.actual.toFixed(2).padStart(12),
          c.forecast.toFixed(2).padStart(12),
          `${error.gte(0) ? "+" : ""}${error.toFixed(2)}%`.padStart(8),
          `${mape.toFixed(2)}%`.padStart(7),
          `${c.covered}/${c.groups}`.padStart(8),
        ].join("  "),
      );
    }
  }
} finally {
  await db.$disconnect();
}
