package vn.directive.compliance;

import org.springframework.boot.test.context.SpringBootTest;
import vn.directive.platform.PostgresTest;

/**
 * Every scenario of {@link ComplianceReportTest} on PostgreSQL under the postgres profile: the
 * categories' SQL (the day shift of reported_at, interval arithmetic, paging) and the subtree joins
 * must mean the same on both databases. Demo users are switched on for the access checks.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "directive.demo=true")
@PostgresTest
class ComplianceReportPostgresIT extends ComplianceReportTest {
}
