package vn.directive.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import vn.directive.unit.UnitRegistry;

/**
 * The administrator of a first start without ADMIN_PASSWORD: a generated password, logged once, that
 * signs in; and a restart with ADMIN_PASSWORD set, which then is the password.
 */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"directive.admin-password=", "directive.demo=false"})
@ActiveProfiles("test")
class AdministratorPasswordTest {

    private static final Pattern GENERATED = Pattern.compile("Administrator '([^']+)' created with generated password: (\\S+)");

    @Autowired TestRestTemplate http;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired UnitRegistry units;
    @Autowired TransactionTemplate tx;

    @Test
    void withoutAdminPasswordAPasswordIsGeneratedLoggedOnceAndSignsIn(CapturedOutput output) {
        List<String> generated = generatedPasswords(output.getAll()).stream().filter(g -> g[0].equals("admin"))
                .map(g -> g[1]).toList();
        assertThat(generated).as("generated-password log lines for admin").hasSize(1);
        String password = generated.get(0);
        assertThat(password).hasSizeGreaterThanOrEqualTo(16).isNotEqualTo("admin-secret");
        assertThat(output.getAll().split(Pattern.quote(password), -1)).as("times the password is printed").hasSize(2);

        assertThat(http.withBasicAuth("admin", password).getForEntity("/api/units/12", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(http.withBasicAuth("admin", password).getForEntity("/engine-rest/deployment", String.class)
                .getStatusCode().value()).as("the administrator's rights").isEqualTo(200);
        // last: a failed sign-in delays the next one
        assertThat(http.withBasicAuth("admin", "admin-secret").getForEntity("/api/units/12", String.class)
                .getStatusCode().value()).as("the test profile's password").isEqualTo(401);
    }

    @Test
    void eachGeneratedPasswordIsNewAndAnAdminPasswordSetLaterReplacesIt(CapturedOutput output) {
        // a second administrator id, started without a password, gets a password of its own
        start("chief", "");
        List<String[]> generated = generatedPasswords(output.getAll());
        String chiefs = generated.stream().filter(g -> g[0].equals("chief")).findFirst().orElseThrow()[1];
        String admins = generated.stream().filter(g -> g[0].equals("admin")).findFirst().orElseThrow()[1];
        assertThat(chiefs).isNotEqualTo(admins);
        assertThat(identityService.checkPassword("chief", chiefs)).isTrue();

        // the next start of the same database with ADMIN_PASSWORD set
        start("chief", "chosen-by-the-province");
        assertThat(http.withBasicAuth("chief", "chosen-by-the-province").getForEntity("/api/units/12", String.class)
                .getStatusCode().value()).isEqualTo(200);
        assertThat(http.withBasicAuth("chief", chiefs).getForEntity("/api/units/12", String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(generatedPasswords(output.getAll())).as("nothing generated when ADMIN_PASSWORD is set")
                .hasSize(generated.size());

        // a wrong guess delays the user's next sign-in; a restart with ADMIN_PASSWORD lets the administrator in at once
        assertThat(http.withBasicAuth("chief", "guess").getForEntity("/api/units/12", String.class)
                .getStatusCode().value()).isEqualTo(401);
        start("chief", "chosen-by-the-province");
        assertThat(http.withBasicAuth("chief", "chosen-by-the-province").getForEntity("/api/units/12", String.class)
                .getStatusCode().value()).isEqualTo(200);
    }

    /** What a start with ADMIN_USER and ADMIN_PASSWORD does to the engine's users. */
    private void start(String adminUser, String adminPassword) {
        new IdentityInitializer(identityService, authorizationService,
                new IdentityProperties(adminUser, adminPassword, false, "demo"), units, tx).afterSingletonsInstantiated();
    }

    private static List<String[]> generatedPasswords(String log) {
        List<String[]> found = new ArrayList<>();
        Matcher m = GENERATED.matcher(log);
        while (m.find()) {
            found.add(new String[] {m.group(1), m.group(2)});
        }
        return found;
    }
}
