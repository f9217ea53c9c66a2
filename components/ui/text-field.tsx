import type { ActionResult } from "@/lib/errors";
import { FieldError, fieldProps } from "@/components/ui/field-error";

type TextFieldProps = {
  /** The refused action's result, whose message for this field is shown under it. */
  state: ActionResult<unknown> | null;
  name: string;
  label: string;
  /** Said after the label, in lighter type. */
  hint?: string;
  type?: "text" | "url" | "date";
  defaultValue: string | undefined;
  maxLength?: number;
  placeholder?: string;
};

/** One labelled input of a server-action form, with the field's own error message tied to it. */
export function TextField({ state, name, label, hint, type = "text", defaultValue, maxLength, placeholder }: TextFieldProps) {
  return (
    <div className="field">
      <label>
        {label}
        {hint && <span className="optional"> ({hint})</span>}
        <input
          name={name}
          {...fieldProps(state, name)}
          type={type}
          defaultValue={defaultValue}
          maxLength={maxLength}
          placeholder={placeholder}
        />
      </label>
      <FieldError state={state} name={name} />
    </div>
  );
}
