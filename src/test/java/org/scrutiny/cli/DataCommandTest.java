package org.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scrutiny.ingest.TestPlans;
import org.scrutiny.plan.Plan;
import picocli.CommandLine;

class DataCommandTest {
    @TempDir
    Path folder;

    private final Plan plan = TestPlans.standard();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void importsAFileAndPrintsWhatItStored() throws IOException {
        Path file =
                Files.writeString(folder.resolve("data.csv"), "indicator,period,value\nC1,2019-04,1\nC1,2019-05,2\n");

        int exit = importCommand().execute(file.toString(), "--plan", "test-plan", "--database", database());

        assertThat(exit).isZero();
        assertThat(out.toString())
                .isEqualTo("Loaded data.csv for plan test-plan: 2 rows read, 2 revisions added, 0 unchanged (load 1)."
                        + System.lineSeparator());
        assertThat(err.toString()).as("no progress line when not on a terminal").isEmpty();
    }

    @Test
    void listsTheProblemsOfARejectedFileAndExitsWithOne() throws IOException {
        Path file = Files.writeString(folder.resolve("data.csv"), "indicator,period,value\nC1,2019-04,x\n");

        int exit = importCommand().execute(file.toString(), "--plan", "test-plan", "--database", database());

        assertThat(exit).isEqualTo(Failures.REJECTED);
        assertThat(err.toString())
                .contains("data.csv:2:3: the value 'x' is not a number")
                .contains("1 problem found; nothing was stored.");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void isTheImportSubcommandOfData() throws IOException {
        Path file = Files.writeString(folder.resolve("data.csv"), "indicator,period,value\nC1,2019-04,1\n");
        CommandLine scrutiny = Main.commandLine();
        scrutiny.setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true));

        int exit =
                scrutiny.execute("data", "import", file.toString(), "--plan", "no-such-plan", "--database", database());

        assertThat(exit).isEqualTo(Failures.FAILED);
        assertThat(err.toString()).startsWith("error: ");
    }

    private CommandLine importCommand() {
        CommandLine command = new CommandLine(
                new DataCommand.Import(db -> id -> Optional.of(plan).filter(p -> p.id().equals(id))));
        command.setExecutionExceptionHandler(new Failures());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command;
    }

    private String database() {
        return "jdbc:sqlite:" + folder.resolve("scrutiny.db");
    }
}
