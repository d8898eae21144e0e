/**
 * Whether a string of digits passes the Luhn check (ISO/IEC 7812-1), as every payment card number does.
 *
 * @param digits - ASCII digits only (any other character fails the check)
 * @returns `true` when the Luhn checksum is 0 mod 10
 * @example
 * passesLuhn('4242424242424242'); // true
 * passesLuhn('4242424242424241'); // false
 */
export function passesLuhn(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return digits.length > 0 && sum % 10 === 0;
}
