package org.scrutiny.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * NHSRplotthedots 0.2.2's unit-test vectors for its rule helpers and its assurance
 * ({@code vectors/nhsrplotthedots/ptd_unit_vectors.json}), each helper against Scrutiny's rule of the
 * same job, at the reference's length of 7. The reference returns 0/1 where Scrutiny returns the side
 * (+1/-1), so flags are compared by magnitude, and signs where the reference gives them.
 */
class NhsrPlotTheDotsUnitVectorsTest {

    private static final JsonNode VECTORS = NhsrPlotTheDotsVectorsTest.readJson("ptd_unit_vectors.json");

    static Stream<Arguments> sevenPointOneSideMean() {
        return cases("seven_point_one_side_mean");
    }

    static Stream<Arguments> partOfSevenTrend() {
        return cases("part_of_seven_trend");
    }

    static Stream<Arguments> sevenPointTrend() {
        return cases("seven_point_trend");
    }

    static Stream<Arguments> twoInThree() {
        return cases("two_in_three");
    }

    static Stream<Arguments> partOfTwoInThree() {
        return cases("part_of_two_in_three");
    }

    static Stream<Arguments> assurance() {
        return cases("assurance");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sevenPointOneSideMean")
    void shiftEndsWhereSevenPointsInARowShareASide(String name, JsonNode c) {
        int[] ends = SpecialCauseRules.shiftEnds(ints(c.get("in")), 7);
        assertThat(abs(ends)).as(name).containsExactly(ints(c.get("out")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partOfSevenTrend")
    void marksEverySevenPointsOfARunFromItsEnd(String name, JsonNode c) {
        int[] part = SpecialCauseRules.partOfRuns(ints(c.get("in")), 7);
        assertThat(abs(part)).as(name).containsExactly(ints(c.get("out")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sevenPointTrend")
    void trendEndsWhereSevenPointsRiseOrFallStrictly(String name, JsonNode c) {
        int[] ends = SpecialCauseRules.trendEnds(doubles(c.get("in")), 7);
        assertThat(ends).as(name).containsExactly(ints(c.get("out")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("twoInThree")
    void findsWindowsOfThreeWithTwoCloseToALimitAllOnOneSide(String name, JsonNode c) {
        int[] windows = SpecialCauseRules.twoOfThreeWindows(bools(c.get("v")), ints(c.get("rtm")), true);
        int[] inWindow = new int[windows.length];
        for (int k = 0; k < windows.length; k++) {
            inWindow[k] = windows[k] != 0 ? 1 : 0;
        }
        assertThat(inWindow).as(name).containsExactly(ints(c.get("out")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("partOfTwoInThree")
    void flagsOnlyTheClosePointsOfATwoInThreeWindow(String name, JsonNode c) {
        boolean[] close = bools(c.get("v"));
        int[] relative = ints(c.get("rtm"));
        int[] part = SpecialCauseRules.partOfTwoOfThree(
                SpecialCauseRules.twoOfThreeWindows(close, relative, true), close, relative);
        assertThat(abs(part)).as(name).containsExactly(ints(c.get("out")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("assurance")
    void judgesTheTargetAgainstTheLatestLimits(String name, JsonNode c) {
        ImprovementDirection direction = switch (c.get("improvement_direction").asString()) {
            case "increase" -> ImprovementDirection.INCREASE;
            case "decrease" -> ImprovementDirection.DECREASE;
            default -> ImprovementDirection.NEITHER;
        };
        Assurance expected = c.get("out").isNull()
                ? Assurance.NONE
                : switch (c.get("out").asString()) {
                    case "consistent_pass" -> Assurance.CONSISTENTLY_PASSES;
                    case "consistent_fail" -> Assurance.CONSISTENTLY_FAILS;
                    default -> Assurance.HIT_AND_MISS;
                };
        assertThat(Assurance.of(
                        direction,
                        c.get("lpl").asDouble(),
                        c.get("upl").asDouble(),
                        c.get("target").asDouble()))
                .as(name)
                .isEqualTo(expected);
    }

    /**
     * The reference's mocked precedence test. Its mocks give rule membership as flags; as in the
     * reference, a trend's direction comes from the values (1 to 8, rising) and the other rules' sides
     * from the points' sides of the mean.
     */
    @Test
    void namesEachPointByTheFirstRuleInPrecedence() {
        int[] relative = {1, 1, 1, 1, -1, -1, -1, -1};
        int[] outside = {0, 0, 0, 0, 0, 1, -1, 0};
        int[] trend = {1, -1, 0, 0, 0, 0, 0, 0};
        int[] twoOfThree = {0, 0, 0, 0, 1, 0, 0, 0};
        int[] shift = {0, 0, 1, -1, 0, 0, 0, 0};
        List<String> labels = new ArrayList<>();
        for (int k = 0; k < relative.length; k++) {
            int rising = 1;
            labels.add(XmrChart.cause(
                            outside[k] != 0,
                            trend[k] != 0 ? rising : 0,
                            Math.abs(twoOfThree[k]) * relative[k],
                            Math.abs(shift[k]) * relative[k],
                            relative[k])
                    .label());
        }
        List<String> expected = new ArrayList<>();
        VECTORS.get("special_cause_precedence").get("expected").forEach(e -> expected.add(e.asString()));
        assertThat(labels).containsExactlyElementsOf(expected);
    }

    private static Stream<Arguments> cases(String helper) {
        List<Arguments> cases = new ArrayList<>();
        int k = 1;
        for (JsonNode c : VECTORS.get(helper).get("cases")) {
            cases.add(Arguments.of(helper + " case " + k++, c));
        }
        return cases.stream();
    }

    private static int[] ints(JsonNode array) {
        int[] out = new int[array.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = array.get(k).asInt();
        }
        return out;
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = array.get(k).asDouble();
        }
        return out;
    }

    private static boolean[] bools(JsonNode array) {
        boolean[] out = new boolean[array.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = array.get(k).asInt() != 0;
        }
        return out;
    }

    private static int[] abs(int[] values) {
        int[] out = new int[values.length];
        for (int k = 0; k < out.length; k++) {
            out[k] = Math.abs(values[k]);
        }
        return out;
    }
}
