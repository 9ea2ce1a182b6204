package org.scrutiny.plan;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.scrutiny.input.Problems;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One YAML mapping of a plan file read as an object with known keys. Building it reports unknown
 * keys (with the nearest known key), duplicate keys and keys that are not text; its getters report
 * missing keys and values of the wrong type, so that one pass over a file finds every problem.
 */
final class Fields {
    private final MappingNode node;
    private final String what;
    private final Problems problems;
    private final Map<String, Node> values = new LinkedHashMap<>();
    // A value that should have been a mapping is reported once, not once more for every key it lacks.
    private boolean reportMissing = true;

    private Fields(MappingNode node, String what, Problems problems, Collection<String> known) {
        this.node = node;
        this.what = what;
        this.problems = problems;
        Map<String, Node> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode scalar) || scalar.getTag().equals(Tag.NULL)) {
                problems.add(line(keyNode), column(keyNode), "a key must be plain text, not " + describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            Node first = keys.putIfAbsent(key, keyNode);
            if (first != null) {
                problems.add(
                        line(keyNode),
                        column(keyNode),
                        "duplicate key '" + key + "' in " + what + " (first at line " + line(first) + ")");
            } else if (!known.contains(key)) {
                problems.add(line(keyNode), column(keyNode), unknownKey(key, known));
            } else {
                values.put(key, tuple.getValueNode());
            }
        }
    }

    /**
     * Reads a node expected to be a mapping; a node of another kind is reported, and reads as an
     * empty mapping so that the caller carries on without checks of its own.
     */
    static Fields of(Node node, String what, Problems problems, Collection<String> known) {
        if (node instanceof MappingNode mapping) {
            return new Fields(mapping, what, problems, known);
        }
        problems.add(line(node), column(node), what + " must be a mapping of keys to values, not " + describe(node));
        Fields empty = new Fields(
                new MappingNode(
                        Tag.MAP,
                        false,
                        new ArrayList<>(),
                        node.getStartMark(),
                        node.getEndMark(),
                        DumperOptions.FlowStyle.BLOCK),
                what,
                problems,
                Set.of());
        empty.reportMissing = false;
        return empty;
    }

    private Fields(Fields other, String what) {
        this.node = other.node;
        this.what = what;
        this.problems = other.problems;
        this.values.putAll(other.values);
        this.reportMissing = other.reportMissing;
    }

    /** The same fields under a name that says which one, such as {@code indicator 'T3A.3a'}, for messages. */
    Fields named(String name) {
        return new Fields(this, name);
    }

    MappingNode node() {
        return node;
    }

    String what() {
        return what;
    }

    /** The value of a key, or null where it is absent or empty. */
    Node get(String key) {
        Node value = values.get(key);
        return isNull(value) ? null : value;
    }

    boolean has(String key) {
        return get(key) != null;
    }

    /** The value of a key, reporting it missing where it is absent or empty. */
    Node required(String key) {
        Node value = get(key);
        if (value == null && reportMissing) {
            Node present = values.get(key);
            Node at = present != null ? present : node;
            problems.add(line(at), column(at), "missing '" + key + "' in " + what);
        }
        return value;
    }

    /** Text of a key, or null where it is absent, empty or not text (which is reported). */
    String text(String key) {
        return textOf(get(key), key);
    }

    String requiredText(String key) {
        return textOf(required(key), key);
    }

    String textOf(Node value, String key) {
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            return scalar.getValue().strip();
        }
        problems.add(line(value), column(value), "'" + key + "' must be text, not " + describe(value));
        return null;
    }

    /** A true or false key, or the default where it is absent. */
    boolean flag(String key, boolean absent) {
        Node value = get(key);
        if (value == null) {
            return absent;
        }
        if (value instanceof ScalarNode scalar) {
            String text = scalar.getValue();
            if (text.equals("true") || text.equals("True") || text.equals("TRUE")) {
                return true;
            }
            if (text.equals("false") || text.equals("False") || text.equals("FALSE")) {
                return false;
            }
        }
        problems.add(line(value), column(value), "'" + key + "' must be true or false, not " + shown(value));
        return absent;
    }

    /** A number, or null where it is absent or not a number (which is reported). */
    Double number(String key) {
        return numberOf(get(key), key);
    }

    Double numberOf(Node value, String key) {
        if (value == null) {
            return null;
        }
        if (value instanceof ScalarNode scalar) {
            Double parsed = parseNumber(scalar.getValue());
            if (parsed != null) {
                return parsed;
            }
        }
        problems.add(line(value), column(value), "'" + key + "' must be a number, not " + shown(value));
        return null;
    }

    /** A decimal number as YAML and people write it, once underscores and thousands commas are gone. */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    static Double parseNumber(String text) {
        String plain = text.strip().replace("_", "").replace(",", "");
        if (!NUMBER.matcher(plain).matches()) {
            return null;
        }
        return Double.valueOf(plain);
    }

    /** The items of a list key, empty where it is absent or not a list (which is reported). */
    List<Node> list(String key) {
        Node value = get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof SequenceNode sequence) {
            return sequence.getValue();
        }
        problems.add(line(value), column(value), "'" + key + "' must be a list, not " + describe(value));
        return List.of();
    }

    /** A list of texts; a single text is read as a list of one, as in {@code responsible: opcc}. */
    List<String> texts(String key) {
        Node value = get(key);
        if (value instanceof ScalarNode scalar) {
            return List.of(scalar.getValue().strip());
        }
        List<String> texts = new ArrayList<>();
        for (Node item : list(key)) {
            String text = textOf(isNull(item) ? null : item, key);
            if (text != null) {
                texts.add(text);
            }
        }
        return texts;
    }

    /** One of a closed set of codes; an unknown one is reported with the codes allowed. */
    <E extends Enum<E>> E choice(String key, String what, E[] choices, Function<E, String> code) {
        Node value = get(key);
        String text = textOf(value, key);
        return text == null ? null : choiceOf(value, text, what, choices, code);
    }

    <E extends Enum<E>> E choiceOf(Node at, String text, String what, E[] choices, Function<E, String> code) {
        List<String> codes = new ArrayList<>();
        for (E choice : choices) {
            if (code.apply(choice).equals(text)) {
                return choice;
            }
            codes.add(code.apply(choice));
        }
        problems.add(line(at), column(at), "unknown " + what + " '" + text + "' (expected " + orList(codes) + ")");
        return null;
    }

    static boolean isNull(Node node) {
        return node == null || (node instanceof ScalarNode && node.getTag().equals(Tag.NULL));
    }

    static int line(Node node) {
        return node.getStartMark().getLine() + 1;
    }

    static int column(Node node) {
        return node.getStartMark().getColumn() + 1;
    }

    static String describe(Node node) {
        return switch (node) {
            case MappingNode m -> "a mapping";
            case SequenceNode s -> "a list";
            case ScalarNode s when s.getTag().equals(Tag.NULL) -> "nothing";
            case ScalarNode s -> "text";
            default -> "a " + node.getNodeId();
        };
    }

    /** The value as a user wrote it, for messages. */
    static String shown(Node node) {
        return node instanceof ScalarNode scalar ? "'" + scalar.getValue() + "'" : describe(node);
    }

    /** {@code a, b or c}. */
    static String orList(List<String> words) {
        if (words.size() == 1) {
            return words.getFirst();
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    }

    private String unknownKey(String key, Collection<String> known) {
        String nearest = nearest(key, known);
        if (nearest != null) {
            return "unknown key '" + key + "' in " + what + " (did you mean '" + nearest + "'?)";
        }
        return "unknown key '" + key + "' in " + what + " (expected " + orList(List.copyOf(known)) + ")";
    }

    /** The known word a slip of the keyboard most likely meant, or null if none is close. */
    static String nearest(String word, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(word.toLowerCase(Locale.ROOT), candidate);
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Beyond a third of the word, the "suggestion" is a guess that misleads more than it helps.
        return best != null && bestDistance <= Math.max(2, word.length() / 3) ? best : null;
    }

    /** Levenshtein distance, with an adjacent swap counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
