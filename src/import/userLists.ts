/**
 * A methodologist's own lists read from a sheet, so the add-in can build its formatted target-indicator
 * sheet or roadmap from the document they already have: readTargetList (userListTargets.ts) and
 * readPlanList (userListPlan.ts). Both find the table anywhere on the sheet by its column headers
 * (userListRoles.ts, userListTable.ts) and throw a UserError naming the file and sheet when there is none.
 */
export { readTargetList, placeUndatedPlan, type ReadTargetGoal, type ReadTargetItem, type TargetListRead } from "./userListTargets";
export { readPlanList, splitNumbered, type PlanListRead } from "./userListPlan";
export type { ListColumnInfo } from "./userListCommon";
export { slugOf } from "./userListKeys";
