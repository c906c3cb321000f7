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
