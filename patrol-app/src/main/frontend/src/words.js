// What a phone is about to sign, in words, for the person to read before they save or send: the
// record as the ledger will hold it, not a digest. Pure: `t` is the message lookup.
//
//   inWords(t, 'recordPatrol', [patrolJson])  →  'EQ-1 · Routine · Defect (Major, Mechanical): “loose bolt” · 1 photo(s)'

const quoted = (text) => `“${text}”`;

function photos(t, hashes) {
  return hashes?.length ? t('sign.photos', { count: hashes.length }) : null;
}

function inspection(t, { equipmentId, level, condition, defect, notes, photoHashes }) {
  const found = defect
    ? `${t(`condition.${condition}`)} (${t(`severity.${defect.severity}`)}, ${t(`category.${defect.category}`)}): ${quoted(defect.description)}`
    : t(`condition.${condition}`);
  return [equipmentId, t(`level.${level}`), found, notes ? quoted(notes) : null, photos(t, photoHashes)];
}

const STEPS = { acknowledgeTicket: 'acknowledgement', makeTicketSafe: 'make-safe', confirmRepair: 'repair' };

/** The record a write signs, in words: the function and the arguments the person entered. */
export function inWords(t, fn, entered) {
  const [first, second] = entered;
  let parts;
  if (fn === 'recordPatrol') {
    parts = JSON.parse(first).inspections.flatMap((each) => inspection(t, each));
  } else if (STEPS[fn]) {
    const { note, photoHashes } = JSON.parse(second);
    parts = [`${t(`step.${STEPS[fn]}`)} ${first}`, note ? quoted(note) : null, photos(t, photoHashes)];
  } else if (fn === 'verifyRepair') {
    const { accepted, reason } = JSON.parse(second);
    parts = [`${t(accepted ? 'sign.accept' : 'sign.reject')} ${first}`, reason ? quoted(reason) : null];
  } else if (fn === 'triageReport') {
    const { decision, severity, ticketId, reason } = JSON.parse(second);
    parts = [`${t(`sign.triage.${decision}`)} ${first}`, severity ? t(`severity.${severity}`) : null, ticketId ?? null, reason ? quoted(reason) : null];
  } else {
    parts = [fn, ...entered];
  }
  return parts.filter(Boolean).join(' · ');
}
