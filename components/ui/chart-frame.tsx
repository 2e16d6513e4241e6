"use client";
import type { ReactElement } from "react";
import { ResponsiveContainer } from "recharts";

/**
 * The box every chart draws in: labelled for screen readers, full width of its parent (so it
 * shrinks on a phone) and a fixed height.
 */
export function ChartFrame(props: {
  label: string;
  height?: number;
  testId?: string;
  children: ReactElement;
}) {
  return (
    <div
      className="w-full min-w-0"
      style={{ height: props.height ?? 240 }}
      role="img"
      aria-label={props.label}
      data-testid={props.testId}
    >
      <ResponsiveContainer width="100%" height="100%" minWidth={0}>
        {props.children}
      </ResponsiveContainer>
    </div>
  );
}
