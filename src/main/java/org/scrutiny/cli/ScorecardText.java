package org.scrutiny.cli;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Locale;
import org.scrutiny.analysis.PeerComparison;
import org.scrutiny.analysis.TargetAssessment;
import org.scrutiny.analysis.TargetStatus;
import org.scrutiny.peers.GroupComparison;
import org.scrutiny.scorecard.Scorecard;
import org.scrutiny.web.Labels;

/** A scorecard written for the terminal, as a table with each target's reason below its row, or as CSV. */
final class ScorecardText {

    private ScorecardText() {}

    static void table(Scorecard card, PrintWriter out) {
        int refs = card.rows().stream()
                .mapToInt(row -> row.indicator().ref().length())
                .max()
                .orElse(0);
        String format =
                "%-" + Math.max(refs, "INDICATOR".length()) + "s  %-16s %12s %8s  %-15s %-12s %-12s %-9s %-9s %s%n";
        out.printf(
                Locale.ROOT,
                "Scorecard of %s (%s) as at %s, %s.%n",
                card.planId(),
                card.force(),
                Labels.dateOf(card.asAt()),
                card.knownBy() == null ? "latest data" : "data as recorded by " + card.knownBy());
        out.printf(
                Locale.ROOT,
                format,
                "INDICATOR",
                "PERIOD",
                "LATEST",
                "CHANGE",
                "TARGET",
                "VARIATION",
                "ASSURANCE",
                "PEER RANK",
                "TIER",
                "SUGGESTED");
        for (Scorecard.Row row : card.rows()) {
            TargetAssessment target = row.target();
            out.printf(
                    Locale.ROOT,
                    format,
                    row.indicator().ref(),
                    row.latest() == null ? "–" : row.latest().period().label(),
                    row.latest() == null ? "–" : Labels.numberOf(row.latest().value()),
                    percent(target.percentChangeFromBaseline()),
                    target.status().label(),
                    row.variation() == null ? "–" : variation(row),
                    row.assurance() == null ? "–" : assurance(row),
                    rank(row.peers()),
                    row.stance() == null ? "–" : row.stance().code(),
                    row.suggestion() == null ? "–" : row.suggestion().stance().code());
            if (target.status() != TargetStatus.NO_TARGET) {
                out.println("    " + target.reason());
            }
        }
    }

    static void csv(Scorecard card, PrintWriter out) {
        CsvWriter csv = CsvWriter.builder().lineDelimiter(LineDelimiter.LF).build(out);
        csv.writeRecord(
                "item",
                "indicator",
                "name",
                "latest_period",
                "latest_value",
                "baseline",
                "judged_period",
                "judged_value",
                "change_from_baseline",
                "percent_change_from_baseline",
                "target_level",
                "target_status",
                "target_reason",
                "variation",
                "assurance",
                "peer_period",
                "peer_rank",
                "peer_group_size",
                "peer_group",
                "peer_simple_average",
                "peer_weighted_average",
                "stance",
                "suggested_stance",
                "suggestion_reason");
        for (Scorecard.Row row : card.rows()) {
            TargetAssessment target = row.target();
            GroupComparison peers = row.peers();
            csv.writeRecord(
                    row.itemRef(),
                    row.indicator().ref(),
                    row.indicator().name(),
                    row.latest() == null ? "" : row.latest().period().toString(),
                    row.latest() == null ? "" : plain(row.latest().value()),
                    plain(target.baseline()),
                    target.judged() == null
                            ? ""
                            : target.judged().span().first() + "/"
                                    + target.judged().span().last(),
                    target.judged() == null ? "" : plain(target.judged().value()),
                    plain(target.changeFromBaseline()),
                    plain(target.percentChangeFromBaseline()),
                    plain(target.targetLevel()),
                    target.status().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                    target.reason(),
                    row.variation() == null ? "" : row.variation().text(),
                    row.assurance() == null ? "" : row.assurance().text(),
                    peers == null ? "" : peers.period().toString(),
                    peers == null
                            ? ""
                            : peers.comparison()
                                    .rank()
                                    .map(PeerComparison.Ranked::position)
                                    .orElse(""),
                    peers == null ? "" : Integer.toString(peers.comparison().groupSize()),
                    peers == null ? "" : peers.groupLabel(code -> code),
                    peers == null || peers.comparison().simple() == null
                            ? ""
                            : plain(peers.comparison().simple().value()),
                    peers == null || peers.comparison().weighted() == null
                            ? ""
                            : plain(peers.comparison().weighted().value()),
                    row.stance() == null ? "" : row.stance().code(),
                    row.suggestion() == null ? "" : row.suggestion().stance().code(),
                    row.suggestion() == null ? "" : row.suggestion().reason());
        }
        try {
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String variation(Scorecard.Row row) {
        return switch (row.variation().pointType()) {
            case SPECIAL_CAUSE_IMPROVEMENT -> "improvement";
            case SPECIAL_CAUSE_CONCERN -> "concern";
            case SPECIAL_CAUSE_NEUTRAL_HIGH -> "high";
            case SPECIAL_CAUSE_NEUTRAL_LOW -> "low";
            default -> "common cause";
        };
    }

    private static String assurance(Scorecard.Row row) {
        return switch (row.assurance()) {
            case CONSISTENTLY_PASSES -> "passes";
            case CONSISTENTLY_FAILS -> "fails";
            case HIT_AND_MISS -> "hit and miss";
            case NONE -> "–";
        };
    }

    /** The force's rank in its group, such as {@code 2= of 8}; a dash where it is not compared. */
    private static String rank(GroupComparison peers) {
        return peers == null || peers.comparison().rank().isEmpty() ? "–" : peers.position();
    }

    private static String percent(double value) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%+.1f%%", value);
    }

    /** A number as CSV wants it: plain digits, no grouping, empty where there is none. */
    private static String plain(double value) {
        return Double.isNaN(value)
                ? ""
                : BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
