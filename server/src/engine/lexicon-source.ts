// Lexicon entries as regular-expression sources, shared by the claim classifier (claims.ts) and the structure reader
// (claims-structure.ts): an entry is a regex fragment written for people, in which a space stands for any white space
// and an apostrophe for either apostrophe.

/** Lexicon fragment -> regex source: a space means one or more spaces; straight and curly apostrophes match each other. */
export function fragmentSource(fragment: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < fragment.length; i++) {
    const c = fragment[i];
    if (c === '\\') {
      out += c + (fragment[i + 1] ?? '');
      i++;
    } else if (inClass) {
      if (c === ']') inClass = false;
      out += c === "'" ? "'\u2019" : c;
    } else if (c === '[') {
      inClass = true;
      out += c;
    } else if (c === ' ') {
      out += '\\s+';
      while (fragment[i + 1] === ' ') i++;
    } else if (c === "'") out += "['\u2019]";
    else out += c;
  }
  return out;
}

/** The lexicon entries as one alternation of their regex sources ('a|b|c'). */
export function alternation(list: readonly string[]): string {
  return list.map(fragmentSource).join('|');
}

/**
 * From src[from], with no group open there: the index of the first '|' outside any group (stop '|'), or of the ')'
 * that closes the first group opened (stop ')'); -1 when there is none. Escapes and character classes are skipped.
 */
export function topLevelStop(src: string, from: number, stop: '|' | ')'): number {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') {
      if (--depth === 0 && stop === ')') return i;
    } else if (c === '|' && depth === 0 && stop === '|') return i;
  }
  return -1;
}

/** A character that the regex escape \\s matches (ECMAScript WhiteSpace and LineTerminator). */
export function isRegexSpace(c: number): boolean {
  if (c <= 160) return c === 32 || (c >= 9 && c <= 13) || c === 160;
  return c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** A character a word of WORD_END's class is made of: ASCII letters and digits, '_' and '-'. */
export function isTokenChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 45;
}
