// What an equipment QR tag or a typed id says. A tag holds the equipment id, either bare
// ("EQ-0001") or inside a link to the app ("https://…/#/equipment/EQ-0001" or "…?equipment=EQ-0001").

/** The form of an equipment id, as the ledger accepts it. */
export const EQUIPMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;

/** The equipment id a scanned or typed text names, or null when it names none. */
export function equipmentIdOf(text) {
  const value = String(text ?? '').trim();
  if (EQUIPMENT_ID.test(value)) {
    return value;
  }
  let url;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const fromHash = /^#\/equipment\/([^/?#]+)$/.exec(url.hash);
  const candidate = fromHash ? decodeURIComponent(fromHash[1]) : url.searchParams.get('equipment');
  return candidate !== null && EQUIPMENT_ID.test(candidate) ? candidate : null;
}
