/** what a record that failed its schema looks like to the UI: reported, kept aside, never deleted */
export interface RecordProblem {
  store: string;
  key: string;
  error: string;
}
