package dev.shoplens.dashboard.security;

import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The sign-in page as a user sees it. */
public final class LoginPage {

    private final WebDriver driver;
    private final WebDriverWait wait;

    private LoginPage(WebDriver driver) {
        this.driver = driver;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    public static LoginPage open(WebDriver driver, String baseUrl) {
        driver.get(baseUrl + "/login");
        LoginPage page = new LoginPage(driver);
        page.wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username")));
        return page;
    }

    public String demoNote() {
        return driver.findElement(By.id("demo-users-note")).getText();
    }

    /** Signs in and waits until the browser has left the sign-in page. */
    public void signInAs(String user, String password) {
        WebElement name = driver.findElement(By.name("username"));
        name.click();
        name.sendKeys(user);
        WebElement secret = driver.findElement(By.name("password"));
        secret.click();
        secret.sendKeys(password, Keys.ENTER);
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }
}
