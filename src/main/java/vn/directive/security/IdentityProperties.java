package vn.directive.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param adminUser     ADMIN_USER
 * @param adminPassword ADMIN_PASSWORD; blank means generate one on first start and log it once
 * @param demo          demo users for the demo provinces
 * @param demoPassword  DEMO_PASSWORD
 */
@ConfigurationProperties("directive")
public record IdentityProperties(String adminUser, String adminPassword, boolean demo, String demoPassword) {

    public IdentityProperties {
        adminUser = adminUser == null || adminUser.isBlank() ? "admin" : adminUser.trim();
        demoPassword = demoPassword == null || demoPassword.isBlank() ? "demo" : demoPassword;
    }
}
