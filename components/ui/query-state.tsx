import type { ReactNode } from "react";

/** Loading, error and empty, said the same way on every page. */
export function LoadingState(props: { label?: string }) {
  return (
    <p className="text-slate-500 text-sm" role="status">
      {props.label ?? "Loading…"}
    </p>
  );
}

export function ErrorState(props: { error: Error; what?: string }) {
  return (
    <p className="text-red-700 text-sm" role="alert">
      {props.what ? `Could not load ${props.what}: ` : ""}
      {props.error.message}
    </p>
  );
}

export function EmptyState(props: { children: ReactNode; testId?: string }) {
  return (
    <p className="text-slate-500 text-sm" data-testid={props.testId}>
      {props.children}
    </p>
  );
}

/** The part of a react-query result the ladder reads. */
export interface QueryResultLike<T> {
  data: T | undefined;
  error: Error | null;
  isPending: boolean;
}

/**
 * The loading → error → empty → content ladder for one query: `children` renders the data once it
 * is there and not empty (`isEmpty`, when given, decides; `empty` is what an empty result shows).
 */
export function QueryState<T>(props: {
  query: QueryResultLike<T>;
  loading?: string;
  what?: string;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { data, error, isPending } = props.query;
  if (error) return <ErrorState error={error} what={props.what} />;
  if (isPending || data === undefined) return <LoadingState label={props.loading} />;
  if (props.isEmpty?.(data)) return <EmptyState>{props.empty ?? "Nothing to show."}</EmptyState>;
  return <>{props.children(data)}</>;
}
