package org.crosscheck.facts;

import org.crosscheck.Span;

/**
 * One word of a text as the index sees it: the analysed term and where it stands in the text.
 *
 * @param term the term (stemmed for {@link AnalyzedText#stems()}, lower-cased for {@link AnalyzedText#words()})
 * @param span where the word stands in the text
 */
record Token(String term, Span span) {}
