package org.scrutiny.plan;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.scrutiny.actions.Action;
import org.scrutiny.actions.ActionStatus;
import org.scrutiny.actions.Due;
import org.scrutiny.actions.Party;
import org.scrutiny.indicator.Baseline;
import org.scrutiny.indicator.Breakdown;
import org.scrutiny.indicator.ChartSettings;
import org.scrutiny.indicator.ChartType;
import org.scrutiny.indicator.Indicator;
import org.scrutiny.indicator.Polarity;
import org.scrutiny.indicator.Stance;
import org.scrutiny.indicator.Target;
import org.scrutiny.indicator.Unit;
import org.scrutiny.input.InvalidInputException;
import org.scrutiny.input.Problem;
import org.scrutiny.input.Problems;
import org.scrutiny.series.Frequency;
import org.scrutiny.series.Period;
import org.scrutiny.series.PeriodFormatException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * The plan file: a Police and Crime Plan written in YAML, read into a {@link Plan} with every
 * problem reported by file, line and column. {@code docs/plan-format.md} describes the format and
 * {@code schema/plan.schema.json} describes it to editors.
 *
 * <p>The file is read at the level of YAML nodes rather than bound to classes, so that every value
 * keeps its position for messages, one pass finds every problem, and a command that only validates
 * starts and finishes quickly.
 */
public final class PlanFile {
    /** The version of the format this code reads, stated in each file as {@code scrutiny: 1}. */
    public static final int FORMAT_VERSION = 1;

    static final List<String> PLAN_KEYS = List.of(
            "scrutiny", "id", "title", "force", "period", "status", "vision", "values", "levels", "reports", "items");
    static final List<String> PERIOD_KEYS = List.of("from", "to");
    static final List<String> ITEM_KEYS =
            List.of("id", "title", "description", "indicators", "actions", "items", "target-period", "plain-english");
    static final List<String> TARGET_PERIOD_KEYS = List.of("from", "to", "text");
    static final List<String> INDICATOR_KEYS = List.of(
            "id",
            "name",
            "description",
            "unit",
            "polarity",
            "frequency",
            "reported",
            "source",
            "breakdowns",
            "baseline",
            "target",
            "stance",
            "compared-with-peers",
            "collected",
            "collection-note",
            "measure",
            "chart",
            "derived");
    static final List<String> BREAKDOWN_KEYS = List.of("id", "label", "values");
    static final List<String> BASELINE_KEYS = List.of("period", "from", "to", "value", "note", "to-be-decided");
    static final List<String> TARGET_KINDS =
            List.of("at-least", "at-most", "above", "change", "direction", "maintain", "to-be-set");
    static final List<String> TARGET_KEYS =
            List.of("at-least", "at-most", "above", "change", "direction", "maintain", "to-be-set", "by", "text");
    static final List<String> CHART_KEYS =
            List.of("type", "shift", "trend", "two-of-three", "fix-after", "rebase", "two-sigma", "screening");
    static final List<String> DERIVED_KEYS = List.of("numerator", "denominator", "multiplier");
    static final List<String> ACTION_KEYS =
            List.of("id", "text", "parts", "responsible", "lead", "due", "by-when", "scrutiny", "status", "notes");
    static final List<String> DUE_KEYS = List.of("every");
    static final List<String> REPORT_KEYS =
            List.of("id", "title", "every", "audience", "timing", "description", "covers");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]*");
    private static final Pattern MEASURE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._/-]*");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern ISO_MONTH = Pattern.compile("\\d{4}-\\d{2}");

    private PlanFile() {}

    /**
     * Reads a plan file.
     *
     * @param fileName the name to give in messages, usually the path as the user gave it
     * @throws InvalidInputException with every problem found, sorted by line and column
     */
    public static Plan read(String fileName, String text) {
        Problems problems = new Problems(fileName);
        Node root = compose(text, problems);
        if (root == null) {
            problems.throwIfAny();
            problems.add(1, 1, "the file is empty; a plan file starts with 'scrutiny: " + FORMAT_VERSION + "'");
            problems.throwIfAny();
        }
        Plan plan = new Reader(problems).plan(root);
        problems.throwIfAny();
        return plan;
    }

    private static Node compose(String text, Problems problems) {
        LoaderOptions options = new LoaderOptions();
        // A plan file is small and written by hand; aliases beyond a few are more likely an attack than a need.
        options.setMaxAliasesForCollections(20);
        String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            // The composer alone: a plan file is read as nodes, so Yaml's constructors and representers are not needed.
            return new Composer(new ParserImpl(new StreamReader(body), options), new Resolver(), options)
                    .getSingleNode();
        } catch (MarkedYAMLException e) {
            Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
            String message = "not valid YAML: " + e.getProblem();
            if (e.getContext() != null) {
                message += " (" + e.getContext() + ")";
            }
            if (mark == null) {
                problems.add(Problem.ofFile(problems.file(), message));
            } else {
                problems.add(mark.getLine() + 1, mark.getColumn() + 1, message);
            }
        } catch (YAMLException e) {
            problems.add(Problem.ofFile(problems.file(), "not valid YAML: " + e.getMessage()));
        }
        return null;
    }

    /** One reading of one file: the problems found so far and the ids seen, for the checks across the tree. */
    private static final class Reader {
        private final Problems problems;
        private final Map<String, Node> itemIds = new HashMap<>();
        private final Map<String, Node> indicatorIds = new HashMap<>();
        private final Map<String, Node> actionIds = new HashMap<>();
        private final List<Node> derivedRefs = new ArrayList<>();
        private final List<Node> coveredRefs = new ArrayList<>();
        private List<String> levels = List.of();

        Reader(Problems problems) {
            this.problems = problems;
        }

        Plan plan(Node root) {
            Fields f = Fields.of(root, "the plan", problems, PLAN_KEYS);
            formatVersion(f);
            String id = f.requiredText("id");
            if (id != null && !SLUG.matcher(id).matches()) {
                problem(
                        f.get("id"),
                        "'" + id + "' is not a valid plan id (use lower-case letters, digits and"
                                + " single hyphens, such as suffolk-2017-2021)");
            }
            String title = f.requiredText("title");
            String force = f.requiredText("force");
            if (force != null && !ForceCodes.isKnown(force)) {
                String nearest = Fields.nearest(force, ForceCodes.all());
                problem(
                        f.get("force"),
                        "unknown force '" + force + "'"
                                + (nearest != null
                                        ? " (did you mean '" + nearest + "'?)"
                                        : " (expected a police.uk force name such as suffolk or devon-and-cornwall)"));
            }
            LocalDate[] period = period(f);
            PlanStatus status = f.choice("status", "status", PlanStatus.values(), PlanStatus::code);
            String vision = f.text("vision");
            List<String> values = f.texts("values");
            levels = f.texts("levels");
            List<PlanItem> items = new ArrayList<>();
            Node itemsNode = f.required("items");
            for (Node node : f.list("items")) {
                items.add(item(node, 0));
            }
            if (itemsNode instanceof SequenceNode seq && seq.getValue().isEmpty()) {
                problem(itemsNode, "'items' is empty; a plan has at least one item");
            }
            List<ScheduledReport> reports = new ArrayList<>();
            Map<String, Node> reportIds = new HashMap<>();
            for (Node node : f.list("reports")) {
                ScheduledReport report = report(node, reportIds);
                if (report != null) {
                    reports.add(report);
                }
            }
            checkReferences();
            return new Plan(
                    id,
                    title,
                    force,
                    period[0],
                    period[1],
                    status == null ? PlanStatus.DRAFT : status,
                    vision,
                    values,
                    levels,
                    items,
                    reports);
        }

        private void formatVersion(Fields f) {
            Node node = f.required("scrutiny");
            if (node == null) {
                return;
            }
            String text = f.textOf(node, "scrutiny");
            if (text != null && !text.equals(Integer.toString(FORMAT_VERSION))) {
                problem(
                        node,
                        "unsupported format version '" + text + "' (this Scrutiny reads 'scrutiny: " + FORMAT_VERSION
                                + "')");
            }
        }

        private LocalDate[] period(Fields plan) {
            Node node = plan.required("period");
            if (node == null) {
                return new LocalDate[2];
            }
            Fields f = Fields.of(node, "the plan's period", problems, PERIOD_KEYS);
            LocalDate from = date(f.required("from"), "from");
            LocalDate to = date(f.required("to"), "to");
            if (from != null && to != null && to.isBefore(from)) {
                problem(f.get("to"), "the period ends on " + to + ", before it starts on " + from);
            }
            return new LocalDate[] {from, to};
        }

        private PlanItem item(Node node, int depth) {
            String level = levels.isEmpty() ? "item" : levels.get(Math.min(depth, levels.size() - 1));
            Fields f = Fields.of(node, level, problems, ITEM_KEYS);
            String id = ref(f, itemIds, level);
            Fields named = id == null ? f : f.named(level + " '" + id + "'");
            String title = named.requiredText("title");
            String description = f.text("description");
            List<Indicator> indicators = new ArrayList<>();
            for (Node child : f.list("indicators")) {
                Indicator indicator = indicator(child);
                if (indicator != null) {
                    indicators.add(indicator);
                }
            }
            List<Action> actions = new ArrayList<>();
            for (Node child : f.list("actions")) {
                Action action = action(child);
                if (action != null) {
                    actions.add(action);
                }
            }
            List<PlanItem> items = new ArrayList<>();
            for (Node child : f.list("items")) {
                PlanItem item = item(child, depth + 1);
                if (item != null) {
                    items.add(item);
                }
            }
            TargetPeriod targetPeriod = f.has("target-period") ? targetPeriod(f.get("target-period")) : null;
            return new PlanItem(
                    id, title, description, items, indicators, actions, targetPeriod, f.text("plain-english"));
        }

        private TargetPeriod targetPeriod(Node node) {
            Fields f = Fields.of(node, "target period", problems, TARGET_PERIOD_KEYS);
            LocalDate from = date(f.get("from"), "from");
            LocalDate to = date(f.required("to"), "to");
            if (from != null && to != null && to.isBefore(from)) {
                problem(f.get("to"), "the target period ends on " + to + ", before it starts on " + from);
            }
            return to == null ? null : new TargetPeriod(from, to, f.text("text"));
        }

        private Indicator indicator(Node node) {
            Fields f = Fields.of(node, "indicator", problems, INDICATOR_KEYS);
            String id = ref(f, indicatorIds, "indicator");
            Fields named = id == null ? f : f.named("indicator '" + id + "'");
            String name = named.requiredText("name");
            named.required("unit");
            Unit unit = f.choice("unit", "unit", Unit.values(), Unit::code);
            named.required("polarity");
            Polarity polarity = f.choice("polarity", "polarity", Polarity.values(), Polarity::code);
            Frequency frequency = f.choice("frequency", "frequency", Frequency.values(), Frequency::code);
            Frequency reported = f.choice("reported", "frequency", Frequency.values(), Frequency::code);
            List<Breakdown> breakdowns = breakdowns(f);
            Baseline baseline = f.has("baseline") ? baseline(f.get("baseline"), frequency) : new Baseline.None();
            Target target = f.has("target") ? target(f.get("target"), frequency) : new Target.None();
            Stance stance = f.choice("stance", "stance", Stance.values(), Stance::code);
            String measure = f.text("measure");
            if (measure != null && !MEASURE.matcher(measure).matches()) {
                problem(
                        f.get("measure"),
                        "'" + measure + "' is not a valid measure name (use letters, digits, '.',"
                                + " '-', '_' and '/', such as home-office/crime/robbery)");
            }
            ChartSettings chart = f.has("chart") ? chart(f.get("chart"), frequency) : ChartSettings.defaults();
            Indicator.Derivation derivation = f.has("derived") ? derivation(f.get("derived")) : null;
            return new Indicator(
                    id,
                    name,
                    f.text("description"),
                    unit,
                    polarity,
                    frequency,
                    f.text("source"),
                    breakdowns,
                    baseline,
                    target,
                    stance,
                    f.flag("compared-with-peers", false),
                    f.flag("collected", true),
                    f.text("collection-note"),
                    measure,
                    chart,
                    derivation,
                    reported);
        }

        /** A chart: its type alone ({@code chart: xmr}) or a mapping of the type and its settings. */
        private ChartSettings chart(Node node, Frequency frequency) {
            ChartSettings defaults = ChartSettings.defaults();
            if (node instanceof ScalarNode scalar) {
                ChartType type = choiceOfChart(node, scalar.getValue().strip());
                return type == null ? defaults : ChartSettings.of(type);
            }
            Fields f = Fields.of(node, "chart", problems, CHART_KEYS);
            ChartType type = f.has("type") ? f.choice("type", "chart", ChartType.values(), ChartType::code) : null;
            ChartSettings.TwoOfThree twoOfThree = f.choice(
                    "two-of-three",
                    "two-of-three variant",
                    ChartSettings.TwoOfThree.values(),
                    ChartSettings.TwoOfThree::code);
            Integer shift = whole(f, "shift", 2);
            Integer trend = whole(f, "trend", 2);
            // A baseline needs two points for one moving range; Making Data Count advises twelve, and the
            // chart says so when there are fewer.
            Integer fixAfter = whole(f, "fix-after", 2);
            List<Period> rebase = new ArrayList<>();
            Map<String, Node> seen = new HashMap<>();
            Node rebaseNode = f.get("rebase");
            List<Node> rebaseNodes = rebaseNode instanceof ScalarNode ? List.of(rebaseNode) : f.list("rebase");
            for (Node item : rebaseNodes) {
                Period period = period(item, frequency);
                if (period == null) {
                    continue;
                }
                Node first = seen.putIfAbsent(period.toString(), item);
                if (first != null) {
                    problem(
                            item,
                            "the limits are already rebased at " + period.label() + " (line " + Fields.line(first)
                                    + ")");
                } else {
                    rebase.add(period);
                }
            }
            return new ChartSettings(
                    type == null ? ChartType.AUTO : type,
                    shift == null ? defaults.shiftLength() : shift,
                    trend == null ? defaults.trendLength() : trend,
                    twoOfThree == null ? defaults.twoOfThree() : twoOfThree,
                    fixAfter == null ? defaults.fixAfter() : fixAfter,
                    rebase,
                    f.flag("two-sigma", defaults.twoSigmaLines()),
                    f.flag("screening", defaults.screening()));
        }

        private ChartType choiceOfChart(Node node, String text) {
            for (ChartType type : ChartType.values()) {
                if (type.code().equals(text)) {
                    return type;
                }
            }
            List<String> codes = new ArrayList<>();
            for (ChartType type : ChartType.values()) {
                codes.add(type.code());
            }
            problem(node, "unknown chart '" + text + "' (expected " + Fields.orList(codes) + ")");
            return null;
        }

        /** A whole number of at least {@code least}, or null where it is absent or wrong (which is reported). */
        private Integer whole(Fields f, String key, int least) {
            Node node = f.get(key);
            Double value = f.numberOf(node, key);
            if (value == null) {
                return null;
            }
            if (value != Math.rint(value) || value < least || value > 1000) {
                problem(
                        node,
                        "'" + key + "' must be a whole number from " + least + " to 1000, not " + Fields.shown(node));
                return null;
            }
            return value.intValue();
        }

        private List<Breakdown> breakdowns(Fields indicator) {
            List<Breakdown> breakdowns = new ArrayList<>();
            Map<String, Node> ids = new HashMap<>();
            for (Node node : indicator.list("breakdowns")) {
                Fields f = Fields.of(node, "breakdown", problems, BREAKDOWN_KEYS);
                String id = key(f.requiredText("id"), f.get("id"), "breakdown id");
                if (id != null) {
                    duplicate(ids, id, f.get("id"), "breakdown");
                }
                String label = f.text("label");
                List<Breakdown.Value> values = new ArrayList<>();
                Node valuesNode = f.required("values");
                if (valuesNode instanceof MappingNode mapping) {
                    Map<String, Node> seen = new HashMap<>();
                    for (NodeTuple tuple : mapping.getValue()) {
                        String key = key(f.textOf(tuple.getKeyNode(), "values"), tuple.getKeyNode(), "breakdown value");
                        String valueLabel = Fields.isNull(tuple.getValueNode())
                                ? key
                                : f.textOf(tuple.getValueNode(), key == null ? "values" : key);
                        if (key != null && !duplicate(seen, key, tuple.getKeyNode(), "breakdown value")) {
                            values.add(new Breakdown.Value(key, valueLabel == null ? key : valueLabel));
                        }
                    }
                    if (mapping.getValue().isEmpty()) {
                        problem(mapping, "a breakdown needs at least one value");
                    }
                } else if (valuesNode != null) {
                    problem(
                            valuesNode,
                            "'values' must be a mapping of keys to labels (such as rural: Rural areas)," + " not "
                                    + Fields.describe(valuesNode));
                }
                if (id != null) {
                    breakdowns.add(new Breakdown(id, label == null ? id : label, values));
                }
            }
            return breakdowns;
        }

        private Baseline baseline(Node node, Frequency frequency) {
            if (node instanceof ScalarNode scalar) {
                if (!scalar.getValue().matches(".*\\d.*")) {
                    // "TBA" and the like are words, not periods: say how to keep them.
                    problem(
                            node,
                            "'" + scalar.getValue() + "' is not a period; for a baseline the plan leaves open,"
                                    + " write to-be-decided: " + scalar.getValue());
                    return new Baseline.None();
                }
                Period period = period(scalar, frequency);
                return period == null ? new Baseline.None() : new Baseline.OfPeriod(period);
            }
            Fields f = Fields.of(node, "baseline", problems, BASELINE_KEYS);
            List<String> forms = new ArrayList<>();
            if (f.has("to-be-decided")) forms.add("to-be-decided");
            if (f.has("value")) forms.add("value");
            if (f.has("from") || f.has("to")) forms.add("from/to");
            if (f.has("period")) forms.add("period");
            if (forms.size() > 1) {
                problem(
                        node,
                        "a baseline is one of period, from/to, value or to-be-decided, not "
                                + Fields.orList(forms).replace(" or ", " and "));
                return new Baseline.None();
            }
            if (f.has("note") && !f.has("value")) {
                problem(f.get("note"), "'note' belongs to a baseline 'value'");
            }
            if (forms.isEmpty()) {
                problem(node, "a baseline needs one of period, from and to, value or to-be-decided");
                return new Baseline.None();
            }
            return switch (forms.getFirst()) {
                case "to-be-decided" -> new Baseline.ToBeDecided(f.text("to-be-decided"));
                case "value" -> {
                    Double value = f.number("value");
                    yield value == null ? new Baseline.None() : new Baseline.Value(value, f.text("note"));
                }
                case "from/to" -> {
                    Period from = period(f.required("from"), frequency);
                    Period to = period(f.required("to"), frequency);
                    if (from != null && to != null && to.compareTo(from) < 0) {
                        problem(
                                f.get("to"),
                                "the baseline's range ends with " + to + ", before it starts with " + from);
                    }
                    yield from == null || to == null ? new Baseline.None() : new Baseline.AverageOf(from, to);
                }
                default -> {
                    Period period = period(f.get("period"), frequency);
                    yield period == null ? new Baseline.None() : new Baseline.OfPeriod(period);
                }
            };
        }

        private Target target(Node node, Frequency frequency) {
            if (node instanceof ScalarNode scalar) {
                return switch (scalar.getValue().strip()) {
                    case "maintain" -> new Target.Maintain("");
                    case "to-be-set" -> new Target.ToBeSet("");
                    case "reduce" -> new Target.Direction(Target.Way.REDUCE, "");
                    case "increase" -> new Target.Direction(Target.Way.INCREASE, "");
                    default -> {
                        problem(
                                node,
                                "unknown target '" + scalar.getValue() + "' (expected maintain, to-be-set,"
                                        + " reduce, increase, or a mapping such as at-least: 90)");
                        yield new Target.None();
                    }
                };
            }
            Fields f = Fields.of(node, "target", problems, TARGET_KEYS);
            List<String> kinds = TARGET_KINDS.stream().filter(f::has).toList();
            if (kinds.size() != 1) {
                if (kinds.isEmpty()) {
                    problem(node, "a target needs one of " + Fields.orList(TARGET_KINDS));
                } else {
                    problem(
                            f.get(kinds.get(1)),
                            "a target is one of " + Fields.orList(TARGET_KINDS) + ", not both '" + kinds.get(0)
                                    + "' and '" + kinds.get(1) + "'");
                }
                return new Target.None();
            }
            String kind = kinds.getFirst();
            String text = f.text("text");
            String words = text == null ? "" : text;
            Period by = null;
            if (f.has("by")) {
                if (kind.equals("at-least")
                        || kind.equals("at-most")
                        || kind.equals("above")
                        || kind.equals("change")) {
                    by = period(f.get("by"), frequency);
                } else {
                    problem(f.get("by"), "'by' does not apply to a '" + kind + "' target");
                }
            }
            return switch (kind) {
                case "at-least" -> {
                    Double value = f.number("at-least");
                    yield value == null ? new Target.None() : new Target.AtLeast(value, by, words);
                }
                case "at-most" -> {
                    Double value = f.number("at-most");
                    yield value == null ? new Target.None() : new Target.AtMost(value, by, words);
                }
                case "above" -> {
                    Double value = f.number("above");
                    yield value == null ? new Target.None() : new Target.Above(value, by, words);
                }
                case "change" -> {
                    Double percent = percent(f.get("change"));
                    yield percent == null ? new Target.None() : new Target.ChangeFromBaseline(percent, by, words);
                }
                case "direction" -> {
                    Target.Way way = f.choice("direction", "direction", Target.Way.values(), PlanFile::wayCode);
                    yield way == null ? new Target.None() : new Target.Direction(way, words);
                }
                case "maintain" -> onlyTrue(f, "maintain") ? new Target.Maintain(words) : new Target.None();
                default -> onlyTrue(f, "to-be-set") ? new Target.ToBeSet(words) : new Target.None();
            };
        }

        private boolean onlyTrue(Fields f, String key) {
            Node node = f.get(key);
            if (node instanceof ScalarNode scalar && scalar.getValue().equals("true")) {
                return true;
            }
            problem(node, "'" + key + "' must be true (put the plan's words in 'text'), not " + Fields.shown(node));
            return false;
        }

        /** A change in percent, written {@code -40%} or {@code -40}. */
        private Double percent(Node node) {
            if (node instanceof ScalarNode scalar) {
                String text = scalar.getValue().strip().replace('\u2212', '-');
                Double value = Fields.parseNumber(text.endsWith("%") ? text.substring(0, text.length() - 1) : text);
                if (value != null) {
                    return value;
                }
            }
            problem(node, "'change' must be a percentage such as -40% or 5%, not " + Fields.shown(node));
            return null;
        }

        private Indicator.Derivation derivation(Node node) {
            Fields f = Fields.of(node, "derived", problems, DERIVED_KEYS);
            Node numerator = f.required("numerator");
            Node denominator = f.required("denominator");
            String numeratorRef = f.textOf(numerator, "numerator");
            String denominatorRef = f.textOf(denominator, "denominator");
            if (numeratorRef != null) {
                derivedRefs.add(numerator);
            }
            if (denominatorRef != null) {
                derivedRefs.add(denominator);
            }
            Double multiplier = f.number("multiplier");
            if (multiplier != null && multiplier == 0) {
                problem(f.get("multiplier"), "'multiplier' cannot be 0");
            }
            return numeratorRef == null || denominatorRef == null
                    ? null
                    : new Indicator.Derivation(numeratorRef, denominatorRef, multiplier == null ? 1 : multiplier);
        }

        private Action action(Node node) {
            Fields f = Fields.of(node, "action", problems, ACTION_KEYS);
            String id = ref(f, actionIds, "action");
            Fields named = id == null ? f : f.named("action '" + id + "'");
            String text = named.requiredText("text");
            List<Party> responsible = new ArrayList<>();
            Node responsibleNode = f.get("responsible");
            List<Node> partyNodes = responsibleNode instanceof SequenceNode seq
                    ? seq.getValue()
                    : responsibleNode == null ? List.of() : List.of(responsibleNode);
            for (Node partyNode : partyNodes) {
                String code = f.textOf(partyNode, "responsible");
                if (code != null) {
                    Party party = f.choiceOf(partyNode, code, "party", Party.values(), Party::code);
                    if (party != null && !responsible.contains(party)) {
                        responsible.add(party);
                    }
                }
            }
            Due due = f.has("due") ? due(f.get("due")) : new Due.Unstated();
            ActionStatus status = f.choice("status", "action status", ActionStatus.values(), ActionStatus::code);
            return new Action(
                    id,
                    text,
                    f.texts("parts"),
                    responsible,
                    f.text("lead"),
                    due,
                    f.text("by-when"),
                    f.text("scrutiny"),
                    status,
                    f.texts("notes"));
        }

        private Due due(Node node) {
            if (node instanceof ScalarNode scalar) {
                String text = scalar.getValue().strip();
                try {
                    if (text.equals("ongoing")) {
                        return new Due.Ongoing();
                    }
                    if (ISO_DATE.matcher(text).matches()) {
                        return new Due.ByDate(LocalDate.parse(text));
                    }
                    if (ISO_MONTH.matcher(text).matches()) {
                        return new Due.ByMonth(YearMonth.parse(text));
                    }
                } catch (DateTimeParseException e) {
                    problem(node, "'" + text + "' is not a real date or month");
                    return new Due.Unstated();
                }
                problem(
                        node,
                        "'" + text + "' is not a due date (expected a date such as 2017-06-30, a month such as"
                                + " 2017-06, ongoing, or every: annual)");
                return new Due.Unstated();
            }
            Fields f = Fields.of(node, "due", problems, DUE_KEYS);
            f.required("every");
            Frequency every = f.choice("every", "frequency", Frequency.values(), Frequency::code);
            return every == null ? new Due.Unstated() : new Due.Recurring(every);
        }

        private ScheduledReport report(Node node, Map<String, Node> reportIds) {
            Fields f = Fields.of(node, "report", problems, REPORT_KEYS);
            String id = ref(f, reportIds, "report");
            Fields named = id == null ? f : f.named("report '" + id + "'");
            String title = named.requiredText("title");
            Frequency every = f.choice("every", "frequency", Frequency.values(), Frequency::code);
            List<String> covers = new ArrayList<>();
            Node coversNode = f.get("covers");
            List<Node> refs = coversNode instanceof SequenceNode seq
                    ? seq.getValue()
                    : coversNode == null ? List.of() : List.of(coversNode);
            for (Node ref : refs) {
                String text = f.textOf(ref, "covers");
                if (text != null) {
                    covers.add(text);
                    coveredRefs.add(ref);
                }
            }
            return new ScheduledReport(
                    id, title, every, f.text("audience"), f.text("timing"), f.text("description"), covers);
        }

        /** Reads an item's, indicator's, action's or report's id and checks it is unique among its kind. */
        private String ref(Fields f, Map<String, Node> seen, String kind) {
            Node node = f.required("id");
            String id = f.textOf(node, "id");
            if (id == null) {
                return null;
            }
            if (!REF.matcher(id).matches()) {
                problem(
                        node,
                        "'" + id + "' is not a valid " + kind + " id (use letters, digits, '.', '-' and '_',"
                                + " starting with a letter or digit, such as T3A.3a)");
                return id;
            }
            duplicate(seen, id, node, kind);
            return id;
        }

        /** Records an id; reports it and returns true where it was seen before. */
        private boolean duplicate(Map<String, Node> seen, String id, Node node, String kind) {
            Node first = seen.putIfAbsent(id, node);
            if (first != null) {
                problem(node, "duplicate " + kind + " id '" + id + "' (first at line " + Fields.line(first) + ")");
                return true;
            }
            return false;
        }

        private String key(String text, Node node, String what) {
            if (text != null && !KEY.matcher(text).matches()) {
                problem(
                        node,
                        "'" + text + "' is not a valid " + what + " (use lower-case letters, digits, '.', '-'"
                                + " and '_', such as rural or grade-1)");
                return null;
            }
            return text;
        }

        private void checkReferences() {
            for (Node node : derivedRefs) {
                String ref = ((ScalarNode) node).getValue().strip();
                if (!indicatorIds.containsKey(ref)) {
                    String nearest = Fields.nearest(ref, indicatorIds.keySet());
                    problem(
                            node,
                            "derived from unknown indicator '" + ref + "'"
                                    + (nearest == null ? "" : " (did you mean '" + nearest + "'?)"));
                }
            }
            for (Node node : coveredRefs) {
                String ref = ((ScalarNode) node).getValue().strip();
                if (!itemIds.containsKey(ref) && !indicatorIds.containsKey(ref) && !actionIds.containsKey(ref)) {
                    problem(node, "the report covers '" + ref + "', which is no item, indicator or action of the plan");
                }
            }
        }

        private LocalDate date(Node node, String key) {
            if (node == null) {
                return null;
            }
            if (node instanceof ScalarNode scalar) {
                String text = scalar.getValue().strip();
                try {
                    if (ISO_DATE.matcher(text).matches()) {
                        return LocalDate.parse(text);
                    }
                } catch (DateTimeParseException e) {
                    problem(node, "'" + text + "' is not a real date");
                    return null;
                }
            }
            problem(node, "'" + key + "' must be a date such as 2017-04-01, not " + Fields.shown(node));
            return null;
        }

        private Period period(Node node, Frequency frequency) {
            if (node == null) {
                return null;
            }
            if (node instanceof ScalarNode scalar) {
                try {
                    return Period.parse(scalar.getValue(), frequency);
                } catch (PeriodFormatException e) {
                    problem(node, e.getMessage());
                    return null;
                }
            }
            problem(node, "expected a period such as 2019/20, not " + Fields.describe(node));
            return null;
        }

        private void problem(Node node, String message) {
            problems.add(Fields.line(node), Fields.column(node), message);
        }
    }

    private static String wayCode(Target.Way way) {
        return way.name().toLowerCase(Locale.ROOT);
    }
}
