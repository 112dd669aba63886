/**
 * `a•••@example.org`: enough for the owner to recognise their address on a page reached
 * by a link, not enough to hand it to whoever a mail was forwarded to.
 */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 1) return "•••";
  return `${email[0]}•••${email.slice(at)}`;
}
