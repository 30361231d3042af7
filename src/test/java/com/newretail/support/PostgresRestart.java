package com.newretail.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts the test run's PostgreSQL in place — same data directory, same port, same
 * settings — as an operator's restart or a failover would. The server's own command line (from
 * /proc, Linux) gives its settings; {@code pg_ctl} beside its binary stops it (fast: sessions are
 * ended, everything committed is kept) and starts it again.
 */
public final class PostgresRestart {

    private final Path pgCtl;
    private final Path dataDirectory;
    private final List<String> serverOptions;

    private PostgresRestart(Path pgCtl, Path dataDirectory, List<String> serverOptions) {
        this.pgCtl = pgCtl;
        this.dataDirectory = dataDirectory;
        this.serverOptions = serverOptions;
    }

    /** Finds the server behind a JDBC URL while it runs. */
    public static PostgresRestart of(String jdbcUrl) {
        try (Connection sql = DriverManager.getConnection(jdbcUrl, "postgres", "postgres"); Statement statement = sql.createStatement();
                ResultSet row = statement.executeQuery("SELECT current_setting('data_directory')")) {
            row.next();
            Path dataDirectory = Path.of(row.getString(1));
            String pid = Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim();
            List<String> commandLine = Arrays.asList(new String(Files.readAllBytes(Path.of("/proc", pid, "cmdline")), StandardCharsets.UTF_8)
                    .split("\0"));
            Path postgres = Path.of(commandLine.get(0));
            List<String> options = new ArrayList<>();
            for (int i = 1; i < commandLine.size(); i++) {
                if ("-D".equals(commandLine.get(i))) {
                    i++; // pg_ctl passes the data directory itself
                } else {
                    options.add(commandLine.get(i));
                }
            }
            return new PostgresRestart(postgres.resolveSibling("pg_ctl"), dataDirectory, options);
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("Cannot find the running PostgreSQL of " + jdbcUrl, e);
        }
    }

    /** Stops the server; sessions are ended, committed work is kept. */
    public void stop() {
        pgCtl("stop", "-D", dataDirectory.toString(), "-m", "fast", "-w");
    }

    /** Starts it again with the same settings, and waits until it accepts connections. */
    public void start() {
        pgCtl("start", "-D", dataDirectory.toString(), "-w", "-t", "60", "-l", dataDirectory.resolveSibling(dataDirectory.getFileName() + "-restart.log").toString(),
                "-o", String.join(" ", serverOptions));
    }

    private void pgCtl(String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U")); // pg_ctl refuses root; zonky runs it the same way
        }
        command.add(pgCtl.toString());
        command.addAll(List.of(arguments));
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pg_ctl " + arguments[0] + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
