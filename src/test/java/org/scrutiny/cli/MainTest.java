package org.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {
    @Test
    void buildsOnlyTheSubcommandTheFirstArgumentNames() {
        CommandLine commandLine = Main.commandLine(new String[] {"plan", "validate", "plan.yaml"});

        assertThat(commandLine.getSubcommands()).containsOnlyKeys("plan");
        assertThat(commandLine.getSubcommands().get("plan").getSubcommands())
                .containsOnlyKeys("validate", "import", "list", "scorecard");
    }

    @Test
    void buildsTheWholeTreeForAnythingElse() {
        for (String[] args : new String[][] {{}, {"--help"}, {"--version"}, {"pla", "validate"}}) {
            assertThat(Main.commandLine(args).getSubcommands())
                    .as(String.join(" ", args))
                    .containsOnlyKeys("serve", "user", "plan", "data", "peers");
        }
        assertThat(Main.commandLine().getSubcommands()).containsOnlyKeys("serve", "user", "plan", "data", "peers");
    }

    @Test
    void listsTheCommandsInUsageInTheirOrder() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = Main.commandLine(new String[] {"--help"});
        commandLine.setOut(new PrintWriter(out, true));

        assertThat(commandLine.execute("--help")).isZero();
        assertThat(out.toString()).containsSubsequence("serve", "user", "plan", "data");
    }

    @Test
    void suggestsTheCommandMeantByAMisspeltOne() {
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(new String[] {"pla"});
        commandLine.setErr(new PrintWriter(err, true));

        assertThat(commandLine.execute("pla")).isNotZero();
        assertThat(err.toString()).contains("Unmatched argument", "plan");
    }
}
