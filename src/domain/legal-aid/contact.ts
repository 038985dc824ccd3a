// A phone number and a name as people type them.

/**
 * Kyrgyz numbers in any usual form ("0700 123 456", "700123456",
 * "+996 (700) 12-34-56") → "+996700123456"; other countries' numbers
 * (migrants' Russian or Kazakh ones) with their "+" and code → "+7…".
 * Anything else → undefined.
 */
export function normalizePhone(text: string): string | undefined {
  const trimmed = text.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\D/g, "");
  const plus = trimmed.startsWith("+");
  // A Kyrgyz number must have all nine digits after 996.
  if (digits.startsWith("996")) return /^996\d{9}$/.test(digits) ? `+${digits}` : undefined;
  if (!plus && /^0\d{9}$/.test(digits)) return `+996${digits.slice(1)}`;
  if (!plus && /^[2-9]\d{8}$/.test(digits)) return `+996${digits}`;
  if (plus && /^[1-9]\d{9,14}$/.test(digits)) return `+${digits}`;
  return undefined;
}

/** "+996700123456" → "+996 700 123 456" */
export function formatPhone(phone: string): string {
  const m = /^\+996(\d{3})(\d{3})(\d{3})$/.exec(phone);
  return m ? `+996 ${m[1]} ${m[2]} ${m[3]}` : phone;
}

/** A name: letters (any script), spaces, hyphens, apostrophes; 2–60 characters. */
export function checkName(text: string): string | undefined {
  const name = text.replace(/\s+/g, " ").trim();
  if (name.length < 2 || name.length > 60) return undefined;
  if (!/^[\p{L}][\p{L}\p{M} .'’ʼ-]*$/u.test(name)) return undefined;
  return name;
}
