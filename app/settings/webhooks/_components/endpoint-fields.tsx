import type { FormState } from "@/lib/actions/define-action";
import { FieldError, fieldProps } from "@/components/ui/field-error";
import { MAX_WEBHOOK_DESCRIPTION } from "@/lib/validation/webhook";
import { WEBHOOK_EVENT_LABELS, WEBHOOK_EVENT_TYPES } from "@/lib/webhooks/webhook-events";

type Values = { url: string; description: string; events: readonly string[] };

/** The address, description and events of an endpoint, with each field's message from a refused save. */
export function EndpointFields({ state, values }: { state: FormState<unknown>; values: Values }) {
  return (
    <>
      <div className="field">
        <label>
          Address (URL)
          <input
            name="url"
            type="url"
            required
            defaultValue={values.url}
            placeholder="https://example.org/hooks/factmark"
            {...fieldProps(state, "url")}
          />
        </label>
        <FieldError state={state} name="url" />
      </div>
      <div className="field">
        <label>
          Description
          <input
            name="description"
            maxLength={MAX_WEBHOOK_DESCRIPTION}
            defaultValue={values.description}
            {...fieldProps(state, "description")}
          />
        </label>
        <FieldError state={state} name="description" />
      </div>
      <fieldset {...fieldProps(state, "events")}>
        <legend>Events</legend>
        {WEBHOOK_EVENT_TYPES.map((type) => (
          <label key={type} className="check">
            <input type="checkbox" name="events" value={type} defaultChecked={values.events.includes(type)} /> {WEBHOOK_EVENT_LABELS[type]}{" "}
            <code>{type}</code>
          </label>
        ))}
      </fieldset>
      <FieldError state={state} name="events" />
    </>
  );
}

/** What the fields show: what was typed when a save was refused, else the saved values. */
export function shownValues(state: FormState<unknown>, saved: Values): Values {
  if (!state || state.ok) return saved;
  return { url: state.values.url ?? "", description: state.values.description ?? "", events: (state.values.events ?? "").split(",") };
}
