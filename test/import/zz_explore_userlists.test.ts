import { readPlanList } from "../../src/import/userLists";
import { seed000Plan, seed001Roadmap, seed004Measures } from "./userLists.fixtures";
test("explore", () => {
  for (const g of [seed000Plan(), seed001Roadmap(), seed004Measures()]) {
  const r = readPlanList(g, "план.xlsx");
  console.log(JSON.stringify(r, (k, v) => (k === "title"||k==="executor"||k==="result") && typeof v === "string" ? v.slice(0, 45) : v, 1));
  }
});
