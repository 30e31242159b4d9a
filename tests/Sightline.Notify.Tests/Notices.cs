using System.Globalization;

namespace Sightline.Notify.Tests;

/// <summary>Notices the tests render and send.</summary>
internal static class Notices
{
    public const string Title = "[critical] CVE-2021-44228 (GHSA-jfh8-c2jp-5v3q) affects 2 repositories of team-payments — reachable in production";

    public static NoticeAdvisory Log4Shell { get; } = new("CVE-2021-44228", ["GHSA-jfh8-c2jp-5v3q", "CVE-2021-44228"],
        "Remote code injection in Log4j", "Critical", 10.0, "https://osv.dev/vulnerability/GHSA-jfh8-c2jp-5v3q");

    public static NoticeFinding PaymentsApi { get; } = new("payments-api|pom.xml|log4j-core", "payments-api", "pom.xml",
        "org.apache.logging.log4j:log4j-core", "2.14.1", ["2.15.0"], "reachable", "PaymentController.handle reaches Logger.error",
        ["src/main/java/pay/PaymentController.java:42:9 PaymentController.handle calls Logger.error", "log4j-core: Logger.error calls JndiLookup.lookup"],
        ["payments-api", "org.apache.logging.log4j:log4j-core"],
        [new NoticeService("payments-worker", ["staging"], false), new NoticeService("payments-api", ["prod-eu", "staging"], true)],
        ["@acme/payments", "alice"]);

    public static NoticeFinding Ledger { get; } = new("ledger|build.gradle|log4j-core", "ledger", "build.gradle",
        "org.apache.logging.log4j:log4j-core", "2.13.0", ["2.15.0", "2.12.2"], "imported", null, [],
        ["ledger", "org.springframework.boot:spring-boot-starter-log4j2", "org.apache.logging.log4j:log4j-core"], [], ["@acme/payments"]);

    public const string Plan = "bump org.apache.logging.log4j:log4j-core to 2.15.0 in payments-api/pom.xml\nbump org.springframework.boot:spring-boot-starter-log4j2 in ledger/build.gradle";

    /// <summary>Two findings in two repositories, one reachable in production, and a plan.</summary>
    public static Notice TwoFindings { get; } = new("team-payments", Log4Shell, [PaymentsApi, Ledger], Plan);

    /// <summary><paramref name="count"/> findings, one repository each.</summary>
    public static Notice Many(int count, string? plan = null) => new("team-payments", Log4Shell,
        [.. Enumerable.Range(1, count).Select(i => Ledger with { Key = "k" + i.ToString(CultureInfo.InvariantCulture), Repository = "repo-" + i.ToString(CultureInfo.InvariantCulture) })],
        plan);
}
