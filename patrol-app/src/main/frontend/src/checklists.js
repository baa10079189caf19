// The inspection checklist of each kind of equipment. Every piece gets the common items; bars
// and ladders add their grips, machines with moving parts their bearings and stops, and seated
// machines their seat. Answers go on the ledger as {item: "PASS" | "FAIL" | "NA"}.

const COMMON = ['anchoring', 'fasteners', 'structure', 'edges', 'surface', 'signage'];

const EXTRAS = [
  { items: ['grips'], pattern: /pull|bar|ladder|ring|parallel|dip|monkey|chin/ },
  { items: ['bearings', 'stops'], pattern: /walk|ellip|twist|row|press|pedal|bike|cycl|swing|wheel|rotat|ski|glid/ },
  { items: ['seat'], pattern: /bench|seat|press|row|sit/ },
];

/** The answers a checklist item may get. */
export const ANSWERS = Object.freeze(['PASS', 'FAIL', 'NA']);

/** The checklist items for an equipment type such as "pull-up bar" or "AIR_WALKER". */
export function checklistFor(type) {
  const words = String(type ?? '').toLowerCase().replace(/[^a-z0-9]+/g, ' ');
  const items = [...COMMON];
  for (const extra of EXTRAS) {
    if (extra.pattern.test(words)) {
      items.push(...extra.items.filter((item) => !items.includes(item)));
    }
  }
  return items;
}

/** Whether any answer is a failure: the inspection then reports a defect. */
export function anyFailed(answers) {
  return Object.values(answers).some((answer) => answer === 'FAIL');
}
