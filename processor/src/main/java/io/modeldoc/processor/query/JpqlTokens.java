package io.modeldoc.processor.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The tokens of a JPQL statement: words, parameters, literals and symbols; whitespace and comments dropped. */
final class JpqlTokens {

    enum Kind { WORD, PARAMETER, STRING, NUMBER, SYMBOL, END }

    record Token(Kind kind, String text) {

        /** Whether it is the keyword {@code word}, in any case. */
        boolean is(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(String symbol) {
            return kind == Kind.SYMBOL && text.equals(symbol);
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }

    private final List<Token> tokens;
    private int next;

    private JpqlTokens(List<Token> tokens) {
        this.tokens = tokens;
    }

    static JpqlTokens of(String text) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            int start = i;
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '\'') {
                i++;
                while (i < text.length() && !(text.charAt(i) == '\'' && (i + 1 >= text.length() || text.charAt(i + 1) != '\''))) {
                    i += text.charAt(i) == '\'' ? 2 : 1;
                }
                tokens.add(new Token(Kind.STRING, text.substring(start + 1, Math.min(i, text.length())).replace("''", "'")));
                i++;
            } else if ((c == ':' || c == '?') && i + 1 < text.length() && Character.isJavaIdentifierPart(text.charAt(i + 1))) {
                i++;
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.PARAMETER, text.substring(start, i)));
            } else if (Character.isDigit(c)) {
                while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '.')) {
                    i++;
                }
                tokens.add(new Token(Kind.NUMBER, text.substring(start, i)));
            } else if (Character.isJavaIdentifierStart(c)) {
                while (i < text.length() && Character.isJavaIdentifierPart(text.charAt(i))) {
                    i++;
                }
                tokens.add(new Token(Kind.WORD, text.substring(start, i)));
            } else {
                String two = i + 1 < text.length() ? text.substring(i, i + 2) : "";
                String symbol = List.of("<>", "!=", "<=", ">=", "||").contains(two) ? two : String.valueOf(c);
                i += symbol.length();
                tokens.add(new Token(Kind.SYMBOL, symbol));
            }
        }
        tokens.add(new Token(Kind.END, ""));
        return new JpqlTokens(tokens);
    }

    Token peek() {
        return tokens.get(next);
    }

    Token peek(int ahead) {
        return tokens.get(Math.min(next + ahead, tokens.size() - 1));
    }

    Token take() {
        Token token = tokens.get(next);
        if (token.kind() != Kind.END) {
            next++;
        }
        return token;
    }

    /** Takes the next token when it is the keyword {@code word}. */
    boolean accept(String word) {
        if (peek().is(word)) {
            next++;
            return true;
        }
        return false;
    }

    boolean acceptSymbol(String symbol) {
        if (peek().isSymbol(symbol)) {
            next++;
            return true;
        }
        return false;
    }

    boolean atEnd() {
        return peek().kind() == Kind.END;
    }
}
