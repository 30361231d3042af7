package com.newretail.analytics;

import static com.newretail.support.GraphQLClient.vars;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;

import com.newretail.support.Chromium;
import com.newretail.support.GraphQLClient;
import com.newretail.support.ItSetup;
import com.newretail.support.KeycloakTestResource;
import com.newretail.support.OrgFixtures;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusIntegrationTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;

/**
 * The dashboard page in a real headless Chromium against the packaged app and a real Keycloak: a
 * dealer's manager is sent to Keycloak's sign-in page (code flow with PKCE), comes back to the page,
 * and its charts hold that dealer's stores with their sales, never another dealer's store.
 */
@QuarkusIntegrationTest
@QuarkusTestResource(value = KeycloakTestResource.class, restrictToAnnotatedClass = true)
class DashboardPageIT {

    private static final String CHARTS = "return document.querySelectorAll('[data-rendered=\"true\"]').length";
    private static final int CHART_COUNT = 7;

    private final ItSetup setup = new ItSetup();
    private final GraphQLClient admin = setup.admin();

    @Test
    void aDealersManagerSignsInAndTheChartsHoldThatDealersStoresOnly() throws IOException {
        String run = OrgFixtures.uniqueCode("D");
        String company = setup.orgUnit("SALES_COMPANY", "Page Co " + run, setup.headquarters());
        String dealer = setup.orgUnit("DEALER", "Dealer A " + run, company);
        String otherDealer = setup.orgUnit("DEALER", "Dealer B " + run, company);
        String north = "North " + run;
        String south = "South " + run;
        String elsewhere = "Elsewhere " + run;
        String sku = setup.sku("100.00");
        sell(setup.orgUnit("STORE", north, dealer), sku, 2);
        sell(setup.orgUnit("STORE", south, dealer), sku, 1);
        String otherStore = setup.orgUnit("STORE", elsewhere, otherDealer);
        sell(otherStore, sku, 3);
        String username = "dealer-" + run.toLowerCase();
        String staffId = setup.staffCreate(dealer, "Dealer Manager " + run, username + "@demo.newretail.local", setup.positionId("DEALER_OWNER"));
        JsonPath provisioned = admin.run("organization/staffAccountProvision",
                vars("id", staffId, "input", Map.of("username", username, "temporaryPassword", "Temp-Pass-123")));
        assertNotNull(provisioned.getString("data.staffAccountProvision.staff.id"), provisioned.prettify());
        ItSetup.replaceTemporaryPassword(ItSetup.keycloakUserId(username), "Perm-Pass-456");

        ChromeDriver browser = Chromium.start();
        try {
            String app = RestAssured.baseURI + ":" + RestAssured.port;
            browser.get(app + "/dashboard");
            assertThat("sent to Keycloak to sign in", browser.getCurrentUrl(), containsString(KeycloakTestResource.realmUrl()));
            assertThat(browser.getCurrentUrl(), containsString("code_challenge_method=S256"));
            browser.findElement(By.id("username")).sendKeys(username);
            browser.findElement(By.id("password")).sendKeys("Perm-Pass-456");
            browser.findElement(By.id("kc-login")).click();

            await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> ((Number) browser.executeScript(CHARTS)).intValue() == CHART_COUNT);
            assertEquals(app + "/dashboard", browser.getCurrentUrl());
            // For people: what the signed-in page looked like (target/dashboard-page.png).
            Files.copy(browser.getScreenshotAs(OutputType.FILE).toPath(), Path.of("target/dashboard-page.png"), StandardCopyOption.REPLACE_EXISTING);
            assertEquals("Dealer A " + run, browser.findElement(By.id("unit-name")).getText());
            assertEquals(username, browser.findElement(By.id("user")).getText());

            // Ranked by net sales: the dealer's two stores, with what they sold; the other dealer's store is nowhere.
            assertEquals(List.of(List.of(north, south), List.of(200L, 100L)), chart(browser, "netSalesByPerson"));
            assertEquals(List.of(north, south), chart(browser, "storesAgainstPeers").get(0));
            assertEquals(List.of(List.of(sku(sku)), List.of(3L)), chart(browser, "topSellers"));
            assertThat(browser.findElement(By.id("people-table")).getText(), containsString(north));
            assertThat(browser.getPageSource(), not(containsString(elsewhere)));

            // Another dealer's store, asked for by its ID, is answered like a missing one.
            browser.get(app + "/dashboard?unit=" + otherStore);
            assertThat(browser.findElement(By.id("message")).getText(), containsString("outside what you may see"));
            assertThat(browser.getPageSource(), not(containsString(elsewhere)));

            // Signing out ends the Keycloak session too: back at the page, the sign-in form is asked for again.
            browser.get(app + "/dashboard/logout");
            await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                    .until(() -> browser.getCurrentUrl().startsWith(KeycloakTestResource.realmUrl()) && !browser.findElements(By.id("kc-login")).isEmpty());
            browser.get(app + "/dashboard");
            assertThat(browser.getCurrentUrl(), containsString(KeycloakTestResource.realmUrl()));
            assertEquals(1, browser.findElements(By.id("username")).size(), "the sign-in form, not a silent sign-in");
        } finally {
            browser.quit();
        }
    }

    /** The chart's x-axis categories and its first series, as ECharts holds them in the page. */
    @SuppressWarnings("unchecked")
    private static List<List<Object>> chart(ChromeDriver browser, String key) {
        return (List<List<Object>>) browser.executeScript("var option = echarts.getInstanceByDom(document.querySelector('[data-chart=\"" + key
                + "\"]')).getOption(); return [option.xAxis[0].data, option.series[0].data];");
    }

    /** How the goods dashboard labels a SKU: its code and its product's name. */
    private String sku(String skuId) {
        JsonPath found = admin.runText("query($id: ID!) { node(id: $id) { ... on Sku { code product { name } } } }", vars("id", skuId));
        return found.getString("data.node.code") + " " + found.getString("data.node.product.name");
    }

    private void sell(String store, String sku, int quantity) {
        setup.receive(setup.warehouse(store, "STORE"), sku, 10);
        JsonPath cart = admin.run("retail/cartCreate", vars("input", Map.of("storeId", store, "lines", List.of(Map.of("skuId", sku, "quantity", quantity)))));
        String cartId = cart.getString("data.cartCreate.cart.id");
        assertNotNull(cartId, cart.prettify());
        JsonPath sold = admin.run("retail/cartCheckout", vars("id", cartId, "key", "it-page-" + cartId,
                "tenders", List.of(Map.of("tender", "CASH", "amount", String.format("%d.00", 100 * quantity)))));
        assertNotNull(sold.getString("data.cartCheckout.order.id"), sold.prettify());
    }
}
