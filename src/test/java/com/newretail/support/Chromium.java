package com.newretail.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for browser tests: Debian's {@code chromium} and {@code chromium-driver}
 * (installed by {@code .ci/run}), or the binaries named by {@code -Dnewretail.chromium} and
 * {@code -Dnewretail.chromedriver}. Where they are missing the test is skipped and says why.
 */
public final class Chromium {

    private static final Path BROWSER = Path.of(System.getProperty("newretail.chromium", "/usr/bin/chromium"));
    private static final Path DRIVER = Path.of(System.getProperty("newretail.chromedriver", "/usr/bin/chromedriver"));

    private Chromium() {
    }

    /** A new headless browser with an empty profile; skips the calling test when there is no Chromium. */
    public static ChromeDriver start() {
        Assumptions.assumeTrue(Files.isExecutable(BROWSER) && Files.isExecutable(DRIVER),
                "SKIPPED: no Chromium at " + BROWSER + " with its driver at " + DRIVER
                        + ". Install Debian's packages chromium and chromium-driver (.ci/run does), or point -Dnewretail.chromium and "
                        + "-Dnewretail.chromedriver at a browser and its driver.");
        Path profile;
        try {
            profile = Files.createTempDirectory("newretail-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        // Without the background-networking flags Chromium keeps calling out to Google's hosts, which this network refuses.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort()
                .withLogFile(new File("target/chromedriver.log")).build();
        return new ChromeDriver(service, options);
    }
}
