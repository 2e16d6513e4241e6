import type { Db } from "../../db/prisma";
import {
  type CostsStaleness,
  getCostsStaleness as readCostsStaleness,
} from "../../queries/costs/costs-staleness";

/** Whether prices changed after costs were computed (null: costs are up to date), for every reader. */
export function getCostsStaleness(db: Db): Promise<CostsStaleness | null> {
  return readCostsStaleness(db);
}
