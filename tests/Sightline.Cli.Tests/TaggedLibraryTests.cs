using System.Diagnostics;
using Xunit;

namespace Sightline.Cli.Tests;

/// <summary>
/// A library repository whose v1.0.0 tag logs through log4j and whose indexed head (2.0.0) no longer does;
/// a service on 1.0.0 is traced into the tagged commit, not the head.
/// </summary>
public class TaggedLibraryTests
{
    private static string Pom(string artifact, string version, string dependencies) => $"""
        <project><modelVersion>4.0.0</modelVersion><groupId>com.acme</groupId><artifactId>{artifact}</artifactId><version>{version}</version>
        <dependencies>{dependencies}</dependencies></project>
        """;

    private const string Log4j = "<dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-core</artifactId><version>2.14.1</version></dependency>";

    private static readonly string[] Identity = ["-c", "user.name=t", "-c", "user.email=t@example.com"];

    private static void Git(string folder, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = folder };
        foreach (var argument in Identity.Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, process.StandardError.ReadToEnd());
    }

    [Fact]
    public async Task ServiceOnAnOlderVersion_IsTracedAtTheTaggedCommit()
    {
        using var temp = new TempFolder();
        var library = Path.Combine(temp.Path, "fleet", "audit-lib");
        temp.Write("fleet/audit-lib/pom.xml", Pom("audit", "1.0.0", Log4j));
        temp.Write("fleet/audit-lib/src/main/java/com/acme/audit/Audit.java", """
            package com.acme.audit;

            import org.apache.logging.log4j.LogManager;
            import org.apache.logging.log4j.Logger;

            public class Audit {
                private static final Logger LOG = LogManager.getLogger(Audit.class);

                public static void record(String actor) {
                    LOG.info("actor {}", actor);
                }
            }
            """);
        Git(library, "init", "-q");
        Git(library, "add", "-A");
        Git(library, "commit", "-q", "-m", "1.0.0");
        Git(library, "tag", "v1.0.0");
        temp.Write("fleet/audit-lib/pom.xml", Pom("audit", "2.0.0", string.Empty));
        temp.Write("fleet/audit-lib/src/main/java/com/acme/audit/Audit.java", """
            package com.acme.audit;

            public class Audit {
                public static void record(String actor) {
                    System.out.println(actor);
                }
            }
            """);
        Git(library, "commit", "-q", "-am", "2.0.0: no more log4j");
        temp.Write("fleet/svc/pom.xml", Pom("svc", "1.0.0", "<dependency><groupId>com.acme</groupId><artifactId>audit</artifactId><version>1.0.0</version></dependency>" + Log4j));
        temp.Write("fleet/svc/src/main/java/com/acme/svc/Main.java", """
            package com.acme.svc;

            import com.acme.audit.Audit;

            public class Main {
                public static void main(String[] args) {
                    Audit.record(args[0]);
                }
            }
            """);

        var service = Path.Combine(temp.Path, "fleet", "svc");
        Git(service, "init", "-q");
        Git(service, "add", "-A");
        Git(service, "commit", "-q", "-m", "svc");

        await CliRun.RunAsync(temp.Database, "index", Path.Combine(temp.Path, "fleet"));
        await CliRun.RunAsync(temp.Database, "advisories", "import", Path.Combine(Sightline.Tests.TestPaths.RepositoryRoot, "samples", "advisories"));
        var exposure = await CliRun.RunAsync(temp.Database, "exposure", "CVE-2021-44228", "--format", "json");

        var verdict = exposure.Json.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("repository").GetString() == "svc").GetProperty("reachability");
        Assert.Equal("reachable", verdict.GetProperty("verdict").GetString(), ignoreCase: true);
        var libraryFrame = verdict.GetProperty("trace").EnumerateArray().Last();
        Assert.Equal(("audit-lib", "org.apache.logging.log4j.Logger.info"), (libraryFrame.GetProperty("repository").GetString(), libraryFrame.GetProperty("callee").GetString()));
        Assert.Contains("traced at tag v1.0.0", libraryFrame.GetProperty("note").GetString(), StringComparison.Ordinal);
        Assert.Equal("LOG.info(\"actor {}\", actor);", libraryFrame.GetProperty("source").GetString());
    }
}
