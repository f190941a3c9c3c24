/**
 * Declarations for the few `natural` submodules clauselint imports directly. Importing the
 * package root loads database clients and reads .env, so only these paths are allowed.
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  interface PorterStemmer {
    /** Porter stem of one word (the word is lower-cased first). */
    stem(word: string): string;
  }
  const porter: PorterStemmer;
  export default porter;
}
