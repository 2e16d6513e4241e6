/** A form's submit and cancel buttons, on their own row of the form's grid. */
export function FormActions(props: { submitLabel: string; pending: boolean; onCancel: () => void }) {
  return (
    <div className="col-span-2 flex gap-2 md:col-span-4">
      <button type="submit" disabled={props.pending} className="rounded bg-blue-700 px-3 py-1.5 text-white">
        {props.submitLabel}
      </button>
      <button type="button" onClick={props.onCancel} className="rounded border border-slate-300 px-3 py-1.5">
        Cancel
      </button>
    </div>
  );
}
