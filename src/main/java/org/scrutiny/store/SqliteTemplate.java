package org.scrutiny.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Where a new SQLite database starts: the file every migration makes of an empty database, built by Flyway when
 * Scrutiny is built ({@link #main}, which the pom runs after compiling) and bundled as {@link #RESOURCE}.
 *
 * <p>A new database file is a copy of it, so the first command on a new database does not spend a second or
 * two loading Flyway and running every migration. The copy is what Flyway would make — DatabaseTest compares
 * the two — and {@link Database#open} still hands anything not at this version's schema to Flyway, so a
 * missing or older template only costs the time it would have saved. Flyway's history in a copy records the
 * time the template was built as the time each migration was applied.
 */
final class SqliteTemplate {
    static final String RESOURCE = "db/new-database.sqlite";

    private SqliteTemplate() {}

    /** Builds the template at the path given: a new SQLite database migrated by Flyway alone. */
    public static void main(String[] args) throws IOException {
        Path template = Path.of(args[0]);
        Path building = template.resolveSibling(template.getFileName() + ".building");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(building + suffix));
        }
        Files.createDirectories(template.toAbsolutePath().getParent());
        try (Database db = Database.open(DatabaseSettings.sqlite(building.toString()), false)) {
            // Everything into the database file itself, which alone is copied.
            db.jdbc().sql("PRAGMA wal_checkpoint(TRUNCATE)").query().singleRow();
        }
        Files.move(building, template, StandardCopyOption.REPLACE_EXISTING);
        for (String suffix : new String[] {"-wal", "-shm"}) {
            Files.deleteIfExists(Path.of(building + suffix));
        }
    }

    /**
     * Makes a new database at {@code file} from the template, when there is no file there yet and the template is
     * bundled; otherwise leaves everything as it is.
     */
    static void createIfAbsent(Path file) {
        if (Files.exists(file)) {
            return;
        }
        try (InputStream template = SqliteTemplate.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (template == null) {
                return;
            }
            // Written beside it and then linked into place, which fails rather than replace a file: no other process
            // ever opens a half-written database, and none that made it first has it swapped under it.
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".new-database-", ".sqlite");
            try {
                Files.copy(template, partial, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.createLink(file, partial);
                } catch (FileAlreadyExistsException madeMeanwhile) {
                    throw madeMeanwhile;
                } catch (UnsupportedOperationException | FileSystemException noLinksHere) {
                    Files.move(partial, file);
                }
            } catch (FileAlreadyExistsException madeMeanwhile) {
                // Another process made the database first; it is as good as this one.
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the new database " + file, e);
        }
    }
}
