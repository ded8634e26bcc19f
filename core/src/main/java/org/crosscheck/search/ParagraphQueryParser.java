package org.crosscheck.search;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.TokenMgrError;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;
import org.apache.lucene.util.automaton.TooComplexToDeterminizeException;
import org.crosscheck.InvalidQueryException;
import org.crosscheck.entities.EntityQueries;
import org.crosscheck.index.Schema;
import org.crosscheck.index.TextAnalyzers;

/**
 * Parses Lucene's standard query syntax (AND/OR/NOT, "phrases", proximity {@code ~N}, fuzzy
 * {@code ~}, wildcards, ranges) over the paragraph text, with the friendly field names of {@link
 * QueryField}. Typographic quotes are read as plain ones, so a phrase pasted from an article works.
 * Every problem comes out as one {@link InvalidQueryException} whose message says what is wrong.
 *
 * <p>Cheap to make; one instance is not thread-safe, so use {@link #parse(String)}, which makes its own.
 */
public final class ParagraphQueryParser {
  private static final Analyzer ANALYZER = TextAnalyzers.perField();

  /** Deeper nesting than this is refused before parsing: the parser recurses once per level. */
  public static final int MAX_NESTING = 64;

  /** Longer queries are refused before parsing; a pasted article is a job for the same-fact query. */
  public static final int MAX_QUERY_CHARS = 100_000;

  private ParagraphQueryParser() {}

  /**
   * @throws InvalidQueryException when the query is blank, does not parse, or names an unknown field
   */
  public static Query parse(String query) {
    if (query == null || query.isBlank()) {
      throw new InvalidQueryException(query == null ? "" : query, "the query is empty");
    }
    if (query.length() > MAX_QUERY_CHARS) {
      throw new InvalidQueryException(query, "it is " + query.length() + " characters long; the limit is " + MAX_QUERY_CHARS);
    }
    String normalized = query.replace('“', '"').replace('”', '"').replace('„', '"');
    int depth = nesting(normalized);
    if (depth > MAX_NESTING) {
      throw new InvalidQueryException(query, "its parentheses nest " + depth + " levels deep; the limit is " + MAX_NESTING);
    }
    if (terms(normalized) > IndexSearcher.getMaxClauseCount()) {
      // Said before parsing: the parser would analyse every one of 10,000 terms before Lucene refused them.
      throw new InvalidQueryException(query, "it has more than " + IndexSearcher.getMaxClauseCount() + " clauses");
    }
    FieldMappingParser parser = new FieldMappingParser();
    try {
      return parser.parse(normalized);
    } catch (ParseException | TokenMgrError e) {
      throw new InvalidQueryException(query, diagnose(normalized, e));
    } catch (UnknownField e) {
      throw new InvalidQueryException(query, e.getMessage());
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidQueryException(query, "it has more than " + IndexSearcher.getMaxClauseCount() + " clauses");
    } catch (TooComplexToDeterminizeException e) {
      throw new InvalidQueryException(query, "a regular expression or wildcard in it is too complex to run");
    } catch (IllegalArgumentException e) {
      // Lucene's RegExp and range parsing report syntax errors this way ("unexpected end-of-string").
      throw new InvalidQueryException(query, "it does not parse (" + e.getMessage() + ")");
    }
  }

  /**
   * How many terms and phrases the query holds, operators aside: each is at least one clause once
   * parsed (a stop word is none, so this may overcount a query of stop words, which matches nothing).
   */
  private static int terms(String query) {
    int terms = 0;
    boolean inPhrase = false;
    int i = 0;
    while (i < query.length()) {
      char c = query.charAt(i);
      if (!inPhrase && (Character.isWhitespace(c) || c == '(' || c == ')')) {
        i++;
        continue;
      }
      int start = i;
      while (i < query.length()) {
        char d = query.charAt(i);
        if (d == '\\') {
          i += 2;
          continue;
        }
        if (d == '"') {
          inPhrase = !inPhrase;
        } else if (!inPhrase && (Character.isWhitespace(d) || d == '(' || d == ')')) {
          break;
        }
        i++;
      }
      String token = query.substring(start, Math.min(i, query.length()));
      if (!isOperator(token) && !token.equals("+") && !token.equals("-") && !token.equals("!")) {
        terms++;
      }
    }
    return terms;
  }

  /** The deepest nesting of parentheses outside phrases and escapes. */
  private static int nesting(String query) {
    int depth = 0;
    int deepest = 0;
    boolean inPhrase = false;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        inPhrase = !inPhrase;
      } else if (!inPhrase && c == '(') {
        deepest = Math.max(deepest, ++depth);
      } else if (!inPhrase && c == ')') {
        depth--;
      }
    }
    return deepest;
  }

  /** Turns the parser's message into a sentence about the user's query. */
  static String diagnose(String query, Throwable error) {
    if (count(query, '"') % 2 != 0) {
      return "unbalanced quotation mark: a phrase is opened with \" but never closed";
    }
    int depth = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        return "unbalanced parentheses: a ')' closes nothing";
      }
    }
    if (depth > 0) {
      return "unbalanced parentheses: a '(' is never closed";
    }
    String message = error.getMessage() == null ? "" : error.getMessage();
    if (message.contains("not allowed as first character")) {
      return "a term may not start with a wildcard ('*' or '?')";
    }
    if (error.getCause() instanceof IndexSearcher.TooManyClauses) {
      return "it has more than " + IndexSearcher.getMaxClauseCount() + " clauses";
    }
    if (query.strip().endsWith("\\") && !query.strip().endsWith("\\\\")) {
      return "it ends with a lone backslash, which escapes nothing";
    }
    // QueryParser.parse wraps the grammar's exception, which knows the offending token.
    Throwable grammar = error.getCause() instanceof ParseException inner ? inner : error;
    if (grammar instanceof ParseException parse && parse.currentToken != null && parse.currentToken.next != null) {
      org.apache.lucene.queryparser.classic.Token unexpected = parse.currentToken.next;
      if (unexpected.kind == 0) {
        return "it ends where a term is expected";
      }
      return "unexpected '" + unexpected.image + "' at column " + (unexpected.beginColumn + 1)
          + (isOperator(unexpected.image) ? ": AND, OR and NOT need a term on each side" : "");
    }
    int newline = message.indexOf('\n');
    String first = newline < 0 ? message : message.substring(0, newline);
    first = first.replaceFirst("^Cannot parse '.*?': ", "").strip();
    return first.isEmpty() ? "it does not parse" : "it does not parse (" + first + ")";
  }

  private static boolean isOperator(String image) {
    return image.equals("AND") || image.equals("OR") || image.equals("NOT") || image.equals("&&") || image.equals("||");
  }

  private static int count(String s, char c) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == c) {
        n++;
      }
    }
    return n;
  }

  /** An unknown field name or a bad value for a typed field. */
  private static final class UnknownField extends RuntimeException {
    UnknownField(String message) {
      super(message, null, false, false);
    }
  }

  /** The classic parser with each user field name mapped to its index field and match. */
  private static final class FieldMappingParser extends QueryParser {
    FieldMappingParser() {
      super(QueryField.DEFAULT.name(), ANALYZER);
      setAllowLeadingWildcard(false);
      setSplitOnWhitespace(true);
    }

    private static QueryField resolve(String name) {
      QueryField field = QueryField.named(name);
      if (field == null) {
        throw new UnknownField("unknown field '" + name + "'; known fields: " + String.join(", ", QueryField.all().keySet()));
      }
      return field;
    }

    /**
     * Set while the superclass builds a phrase for a field already mapped: its slop variant calls
     * back into {@link #getFieldQuery(String, String, boolean)} with the index field's name.
     */
    private boolean fieldAlreadyMapped;

    @Override
    protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
      if (fieldAlreadyMapped) {
        return super.getFieldQuery(field, queryText, quoted);
      }
      QueryField target = resolve(field);
      return switch (target.match()) {
        case TEXT, QUOTED_TEXT -> scoped(target, super.getFieldQuery(searched(target), queryText, quoted));
        case KEYWORD -> new TermQuery(new Term(target.indexField(), queryText.strip()));
        case KEYWORD_IGNORE_CASE -> new TermQuery(new Term(target.indexField(), lower(queryText)));
        case INTEGER -> IntPoint.newExactQuery(target.indexField(), integer(target, queryText));
        case ENTITY -> entity(target, queryText);
        case NUMBER -> DoublePoint.newExactQuery(target.indexField(), decimal(target, queryText));
      };
    }

    @Override
    protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
      QueryField target = resolve(field);
      if (!isText(target)) {
        return getFieldQuery(field, queryText, true);
      }
      fieldAlreadyMapped = true;
      try {
        return scoped(target, super.getFieldQuery(searched(target), queryText, slop));
      } finally {
        fieldAlreadyMapped = false;
      }
    }

    @Override
    protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive, boolean endInclusive)
        throws ParseException {
      QueryField target = resolve(field);
      if (target.match() == QueryField.Match.INTEGER) {
        int low = part1 == null || part1.equals("*") ? Integer.MIN_VALUE : integer(target, part1);
        int high = part2 == null || part2.equals("*") ? Integer.MAX_VALUE : integer(target, part2);
        if (!startInclusive && low != Integer.MAX_VALUE) {
          low = Math.addExact(low, 1);
        }
        if (!endInclusive && high != Integer.MIN_VALUE) {
          high = Math.addExact(high, -1);
        }
        return IntPoint.newRangeQuery(target.indexField(), low, high);
      }
      if (target.match() == QueryField.Match.NUMBER) {
        double low = part1 == null || part1.equals("*") ? Double.NEGATIVE_INFINITY : decimal(target, part1);
        double high = part2 == null || part2.equals("*") ? Double.POSITIVE_INFINITY : decimal(target, part2);
        return DoublePoint.newRangeQuery(target.indexField(), startInclusive ? low : Math.nextUp(low), endInclusive ? high : Math.nextDown(high));
      }
      if (target.match() == QueryField.Match.ENTITY) {
        throw new UnknownField("field '" + target.name() + "' takes a name, not a range");
      }
      if (target.match() == QueryField.Match.KEYWORD_IGNORE_CASE) {
        part1 = part1 == null ? null : lower(part1);
        part2 = part2 == null ? null : lower(part2);
      }
      return scoped(target, super.getRangeQuery(searched(target), part1, part2, startInclusive, endInclusive));
    }

    @Override
    protected Query getWildcardQuery(String field, String termStr) throws ParseException {
      QueryField target = resolve(field);
      return switch (target.match()) {
        case TEXT, QUOTED_TEXT -> scoped(target, super.getWildcardQuery(searched(target), termStr));
        case KEYWORD -> new WildcardQuery(new Term(target.indexField(), termStr));
        case KEYWORD_IGNORE_CASE -> new WildcardQuery(new Term(target.indexField(), lower(termStr)));
        case INTEGER, NUMBER -> throw new UnknownField("field '" + target.name() + "' takes a number, not a wildcard");
        case ENTITY -> new WildcardQuery(new Term(target.indexField(), EntityQueries.foldWord(EntityQueries.typeOf(target.indexField()), termStr)));
      };
    }

    @Override
    protected Query getPrefixQuery(String field, String termStr) throws ParseException {
      QueryField target = resolve(field);
      return switch (target.match()) {
        case TEXT, QUOTED_TEXT -> scoped(target, super.getPrefixQuery(searched(target), termStr));
        case KEYWORD -> new PrefixQuery(new Term(target.indexField(), termStr));
        case KEYWORD_IGNORE_CASE -> new PrefixQuery(new Term(target.indexField(), lower(termStr)));
        case INTEGER, NUMBER -> throw new UnknownField("field '" + target.name() + "' takes a number, not a prefix");
        case ENTITY -> new PrefixQuery(new Term(target.indexField(), EntityQueries.foldWord(EntityQueries.typeOf(target.indexField()), termStr)));
      };
    }

    @Override
    protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
      QueryField target = resolve(field);
      if (target.match() == QueryField.Match.INTEGER || target.match() == QueryField.Match.NUMBER) {
        throw new UnknownField("field '" + target.name() + "' takes a number, not a fuzzy term");
      }
      if (target.match() == QueryField.Match.ENTITY) {
        termStr = EntityQueries.foldWord(EntityQueries.typeOf(target.indexField()), termStr);
      }
      return scoped(target, super.getFuzzyQuery(searched(target), termStr, minSimilarity));
    }

    @Override
    protected Query getRegexpQuery(String field, String termStr) throws ParseException {
      QueryField target = resolve(field);
      if (target.match() == QueryField.Match.INTEGER || target.match() == QueryField.Match.NUMBER) {
        throw new UnknownField("field '" + target.name() + "' takes a number, not a regular expression");
      }
      return scoped(target, super.getRegexpQuery(searched(target), termStr));
    }

    private static boolean isText(QueryField field) {
      return switch (field.match()) {
        case TEXT, QUOTED_TEXT -> true;
        default -> false;
      };
    }

    /** The index field a query field's words are looked up in: {@code quote:} searches the text. */
    private static String searched(QueryField field) {
      return field.match() == QueryField.Match.QUOTED_TEXT ? Schema.TEXT : field.indexField();
    }

    /** The query, kept to the paragraph's quotes for {@code quote:}; null (only stop words) stays null. */
    private static Query scoped(QueryField field, Query query) {
      return field.match() == QueryField.Match.QUOTED_TEXT && query != null ? new WithinQuotesQuery(query) : query;
    }

    private static int integer(QueryField field, String text) {
      try {
        return Integer.parseInt(text.strip());
      } catch (NumberFormatException e) {
        throw new UnknownField("field '" + field.name() + "' takes a whole number, got '" + text + "'");
      }
    }

    private static double decimal(QueryField field, String text) {
      try {
        double value = Double.parseDouble(text.strip().replace(",", ""));
        if (Double.isNaN(value)) {
          throw new NumberFormatException();
        }
        return value;
      } catch (NumberFormatException e) {
        throw new UnknownField("field '" + field.name() + "' takes a number, got '" + text + "'");
      }
    }

    private static Query entity(QueryField field, String text) {
      Query query = EntityQueries.name(field.indexField(), text);
      if (query == null) {
        throw new UnknownField("field '" + field.name() + "' needs a name with letters or digits, got '" + text + "'");
      }
      return query;
    }

    private static String lower(String text) {
      return text.strip().toLowerCase(Locale.ROOT);
    }
  }
}
