import { cleanup, render, screen } from "@testing-library/react";
import { afterEach, describe, expect, it } from "vitest";
import { QueryState } from "./query-state";

afterEach(cleanup);

const show = (items: string[]) => (
  <ul>
    {items.map((i) => (
      <li key={i}>{i}</li>
    ))}
  </ul>
);

describe("QueryState", () => {
  it("says it is loading while the query is pending", () => {
    render(
      <QueryState query={{ data: undefined, error: null, isPending: true }} loading="Loading volumes…">
        {show}
      </QueryState>,
    );
    expect(screen.getByRole("status").textContent).toBe("Loading volumes…");
  });

  it("shows the error's message as an alert, naming what failed", () => {
    render(
      <QueryState query={{ data: undefined, error: new Error("HTTP 500"), isPending: false }} what="volumes">
        {show}
      </QueryState>,
    );
    expect(screen.getByRole("alert").textContent).toBe("Could not load volumes: HTTP 500");
  });

  it("shows the empty message when the data is empty", () => {
    render(
      <QueryState
        query={{ data: [], error: null, isPending: false }}
        isEmpty={(d) => d.length === 0}
        empty="No volumes yet."
      >
        {show}
      </QueryState>,
    );
    expect(screen.getByText("No volumes yet.")).toBeTruthy();
    expect(screen.queryByRole("list")).toBeNull();
  });

  it("renders the data once it is there", () => {
    render(
      <QueryState
        query={{ data: ["pv-a", "pv-b"], error: null, isPending: false }}
        isEmpty={(d) => d.length === 0}
      >
        {show}
      </QueryState>,
    );
    expect(screen.getAllByRole("listitem").map((li) => li.textContent)).toEqual(["pv-a", "pv-b"]);
  });
});
