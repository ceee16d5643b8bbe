package cn.taxprocurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** A developer signs in to Swagger UI with a demo account and tries the API from there. */
@QuarkusTest
class SwaggerSignInTest {
    @TestHTTPResource("/")
    URL base;

    @Test
    void anOfficerSignsInToSwaggerUiAndListsTheProjects() throws Exception {
        try (Browser browser = Browser.open(base)) {
            browser.go("/q/swagger-ui/");
            // The sign-in flows come from the discovery document, read while the API loads; the Authorize dialog shows
            // the flows known when it opens.
            browser.waitFor(
                    d -> (Boolean) browser.driver.executeScript("return performance.getEntriesByType('resource')"
                            + ".some(e => e.name.endsWith('/q/dev-oidc/.well-known/openid-configuration'))"));
            browser.click("button.btn.authorize");
            // The discovery document is read through the service itself: its password flow is offered.
            WebElement password = browser.waitFor(d -> d.findElements(By.cssSelector(".auth-container")).stream()
                    .filter(flow -> flow.getText().contains("Flow: password"))
                    .findFirst()
                    .orElse(null));
            password.findElement(By.id("oauth_username")).sendKeys("officer");
            password.findElement(By.id("oauth_password")).sendKeys("officer");
            password.findElement(By.cssSelector("button.authorize")).click();
            // Signed in, the flow offers to sign out instead.
            browser.waitFor(d -> password.findElement(By.cssSelector("button[aria-label='Remove authorization']"))
                    .isDisplayed());
            browser.click("button.btn-done");

            browser.click("#operations-Projects-get_api_v1_projects .opblock-summary-control");
            browser.click("#operations-Projects-get_api_v1_projects button.try-out__btn");
            browser.click("#operations-Projects-get_api_v1_projects button.execute");
            String status = browser.waitFor(d -> d.findElement(
                                    By.cssSelector(
                                            "#operations-Projects-get_api_v1_projects .live-responses-table .response .response-col_status"))
                            .getText())
                    .strip();
            browser.screenshot("swagger-ui-signed-in");
            assertThat(status).startsWith("200");
        }
    }
}
