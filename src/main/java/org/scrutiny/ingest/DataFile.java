package org.scrutiny.ingest;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

/**
 * A data file opened for reading one row at a time, so that a file of any size is read in the same
 * memory: a CSV file or the first sheet of an XLSX workbook.
 */
abstract sealed class DataFile implements Closeable permits CsvDataFile, XlsxDataFile {
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    /** Opens a file as XLSX if it is named so or is a zip archive, and as CSV otherwise. */
    static DataFile open(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!Files.isRegularFile(file)) {
            throw new UnreadableFileException(0, "no such file", null);
        }
        if (name.endsWith(".xls")) {
            throw new UnreadableFileException(
                    0, "an .xls workbook cannot be read: save it as .xlsx or as CSV UTF-8", null);
        }
        return name.endsWith(".xlsx") || startsWithZipHeader(file) ? new XlsxDataFile(file) : new CsvDataFile(file);
    }

    private static boolean startsWithZipHeader(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(ZIP.length), ZIP);
        } catch (IOException e) {
            throw new UnreadableFileException(0, "cannot read the file: " + e.getMessage(), e);
        }
    }

    /**
     * The next row, blank rows included, or null at the end of the file.
     *
     * @throws UnreadableFileException if the rest of the file cannot be read
     */
    abstract DataRow next();

    /** Where a cell is, for a message, in the words of the file's own program: "" or " (cell C5)". */
    String cellName(int line, int column) {
        return "";
    }

    /** What the file is, for the record of the load: {@code csv} or {@code xlsx}. */
    abstract String format();

    @Override
    public abstract void close();
}
