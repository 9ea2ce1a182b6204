package org.scrutiny.ingest;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A CSV data file: UTF-8, with or without a byte-order mark, lines ending in CRLF or LF. */
final class CsvDataFile extends DataFile {
    private static final char BOM = '\uFEFF';

    private final Utf8Reader text;
    private final CsvReader<CsvRecord> reader;
    private final CloseableIterator<CsvRecord> records;
    private int lastLine;

    CsvDataFile(Path file) {
        this(inputStreamOf(file));
    }

    /** A CSV file read from a stream, which it closes; the caller names the file in messages. */
    CsvDataFile(InputStream in) {
        // Decoding strictly: a file saved as Windows-1252 would otherwise load with its £ and é
        // silently turned into replacement characters.
        reader = CsvReader.builder()
                .allowExtraFields(true)
                .allowMissingFields(true)
                .skipEmptyLines(true)
                .ofCsvRecord(text = new Utf8Reader(in));
        records = reader.iterator();
    }

    private static InputStream inputStreamOf(Path file) {
        try {
            return Files.newInputStream(file);
        } catch (IOException e) {
            throw new UnreadableFileException(0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    @Override
    DataRow next() {
        try {
            if (!records.hasNext()) {
                return null;
            }
            CsvRecord record = records.next();
            String[] cells = record.getFields().toArray(String[]::new);
            if (lastLine == 0 && cells.length > 0 && !cells[0].isEmpty() && cells[0].charAt(0) == BOM) {
                cells[0] = cells[0].substring(1);
            }
            lastLine = (int) record.getStartingLineNumber();
            return new DataRow(lastLine, cells);
        } catch (CsvParseException e) {
            throw new UnreadableFileException(lastLine + 1, "cannot read the CSV after this point: " + messageOf(e), e);
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new UnreadableFileException(
                        text.line(), "the file is not UTF-8 text (save it as \"CSV UTF-8\")", e);
            }
            throw new UnreadableFileException(lastLine + 1, "cannot read the file: " + e.getMessage(), e);
        }
    }

    private static String messageOf(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause == e ? e.getMessage() : e.getMessage() + " (" + cause.getMessage() + ")";
    }

    @Override
    String format() {
        return "csv";
    }

    @Override
    public void close() {
        try {
            reader.close();
        } catch (IOException ignored) {
            // Only read from; nothing is lost by a failed close.
        }
    }
}
