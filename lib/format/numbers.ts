// Ordinals for term and session numbers ("13th NPC, 5th session" / 第十三届 第五次).

/** 1 -> "1st", 13 -> "13th", 22 -> "22nd". */
export function ordinal(n: number): string {
  const lastTwo = n % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`;
  switch (n % 10) {
    case 1:
      return `${n}st`;
    case 2:
      return `${n}nd`;
    case 3:
      return `${n}rd`;
    default:
      return `${n}th`;
  }
}

const digits = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];

/**
 * Chinese numerals as official titles write terms and sessions (十三, 二十一). Terms and sessions
 * stay well under 100; anything larger falls back to Arabic digits rather than a wrong numeral.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n >= 100) return String(n);
  if (n < 10) return digits[n];
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? "" : digits[tens]}十${ones === 0 ? "" : digits[ones]}`;
}

const integer = new Intl.NumberFormat("en-GB");

/** "7,955" */
export function formatCount(n: number): string {
  return integer.format(n);
}
