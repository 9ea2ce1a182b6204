package org.scrutiny.web;

import java.time.Instant;
import org.scrutiny.plan.Plan;
import org.scrutiny.plan.PlanFile;
import org.scrutiny.plan.Plans;
import org.scrutiny.store.Database;

/**
 * The chain pages' test data: {@link #PLAN}, a published plan of Suffolk's with a chain of proportions after its
 * crime suite (burglaries → investigation possible → victim supports prosecution → solved), three years of
 * Suffolk's quarterly counts and proportions, and the latest two quarters' counts of seven other forces to
 * compare with. The figures are invented but of the size Suffolk's and its neighbours' were in 2018/19. North
 * Yorkshire solves far more of its cases than the rest, to stand above the funnel, and Lincolnshire's solved
 * count for the last quarter is missing.
 */
final class TestChains {
    static final String PLAN = "test-chain";
    static final String LOADED_ON = "2019-05-15";
    private static final Instant LOADED = Instant.parse(LOADED_ON + "T12:00:00Z");
    private static final String[] QUARTERS = {
        "2016-17 Q1", "2016-17 Q2", "2016-17 Q3", "2016-17 Q4",
        "2017-18 Q1", "2017-18 Q2", "2017-18 Q3", "2017-18 Q4",
        "2018-19 Q1", "2018-19 Q2", "2018-19 Q3", "2018-19 Q4"
    };
    /** Suffolk's crimes, investigable, victim supports, solved, in each of {@link #QUARTERS}. */
    private static final int[][] SUFFOLK = {
        {452, 163, 146, 19}, {478, 170, 152, 17}, {511, 186, 166, 22}, {463, 160, 145, 18},
        {489, 171, 155, 20}, {502, 182, 163, 18}, {534, 190, 171, 24}, {470, 168, 150, 16},
        {458, 161, 147, 19}, {495, 176, 158, 21}, {521, 183, 166, 20}, {447, 158, 143, 17}
    };
    /** Each other force's counts in 2018-19 Q3 and Q4; -1 for a count not loaded. */
    private static final Object[][] PEERS = {
        {"norfolk", new int[] {612, 221, 197, 28}, new int[] {571, 203, 184, 24}},
        {"essex", new int[] {1985, 655, 583, 61}, new int[] {1874, 622, 557, 55}},
        {"cambridgeshire", new int[] {903, 298, 262, 31}, new int[] {861, 287, 255, 29}},
        {"hertfordshire", new int[] {1102, 408, 362, 52}, new int[] {1047, 389, 346, 49}},
        {"wiltshire", new int[] {498, 171, 154, 23}, new int[] {462, 160, 145, 21}},
        {"lincolnshire", new int[] {587, 203, 180, 19}, new int[] {542, 190, 169, -1}},
        {"north-yorkshire", new int[] {381, 141, 127, 25}, new int[] {352, 130, 118, 29}}
    };

    private static final String[] COUNTS = {
        "burglary", "burglary-investigable", "burglary-victim-supports", "burglary-solved"
    };
    private static final String[] PROPORTIONS = {
        "burglary-investigation-possible", "burglary-victim-supports-prosecution", "burglary-solved-rate"
    };

    private TestChains() {}

    static void store(Plans plans, Database database) {
        Plan plan = TestData.save(plans, "test-chain.yaml", TestData.resource("/web/test-chain.yaml"));
        StringBuilder csv = new StringBuilder("indicator,period,value,numerator,denominator\n");
        for (int q = 0; q < QUARTERS.length; q++) {
            int[] counts = SUFFOLK[q];
            for (int c = 0; c < COUNTS.length; c++) {
                csv.append(COUNTS[c])
                        .append(',')
                        .append(QUARTERS[q])
                        .append(',')
                        .append(counts[c])
                        .append(",,\n");
            }
            for (int p = 0; p < PROPORTIONS.length; p++) {
                csv.append(PROPORTIONS[p])
                        .append(',')
                        .append(QUARTERS[q])
                        .append(",,")
                        .append(counts[p + 1])
                        .append(',')
                        .append(counts[p])
                        .append('\n');
            }
        }
        TestData.load(database, plan, csv.toString(), LOADED);
        for (Object[] peer : PEERS) {
            String force = (String) peer[0];
            StringBuilder rows = new StringBuilder("indicator,period,value\n");
            for (int q = 0; q < 2; q++) {
                int[] counts = (int[]) peer[q + 1];
                for (int c = 0; c < COUNTS.length; c++) {
                    if (counts[c] >= 0) {
                        rows.append(COUNTS[c])
                                .append(',')
                                .append(QUARTERS[QUARTERS.length - 2 + q])
                                .append(',')
                                .append(counts[c])
                                .append('\n');
                    }
                }
            }
            TestData.load(database, peerPlan(force), rows.toString(), LOADED);
        }
    }

    /**
     * A plan of another force whose counts share the test plan's measures, as another force's own plan would
     * load them. It is read but never stored, so that the pages list only the test plans.
     */
    private static Plan peerPlan(String force) {
        StringBuilder yaml = new StringBuilder("""
                scrutiny: 1
                id: test-peer-%1$s
                title: Test peer plan of %1$s
                force: %1$s
                period: {from: 2017-04-01, to: 2021-03-31}
                status: draft
                levels: [objective]
                items:
                  - id: C1
                    title: Solve more crime
                    indicators:
                """.formatted(force));
        for (String count : COUNTS) {
            yaml.append("""
                          - id: %1$s
                            name: %1$s
                            unit: count
                            polarity: neither
                            frequency: quarterly
                            measure: test/%1$s
                    """.formatted(count));
        }
        return PlanFile.read("test-peer-" + force + ".yaml", yaml.toString());
    }
}
