import { helpWantedOptions } from '@/utils/fit/mentee';

export type HelpWanted = (typeof helpWantedOptions)[number];

/** the kinds of help a mentee can ask for, as checkboxes */
export function HelpWantedField({
  legend,
  value,
  onChange,
}: {
  legend: string;
  value: readonly string[];
  onChange(next: HelpWanted[]): void;
}) {
  const chosen = helpWantedOptions.filter((option) => value.includes(option));
  return (
    <fieldset>
      <legend className="legend">{legend}</legend>
      {helpWantedOptions.map((option) => (
        <label key={option} className="row">
          <input
            type="checkbox"
            checked={value.includes(option)}
            onChange={(e) =>
              onChange(e.target.checked ? [...chosen, option] : chosen.filter((h) => h !== option))
            }
          />
          {option}
        </label>
      ))}
    </fieldset>
  );
}
