using Sightline.Tests;

namespace Sightline.Remediation.Tests.Registries;

internal static class Fixtures
{
    public static string Path(string name) => TestPaths.TestData("Sightline.Remediation.Tests", "registries", name);
}

/// <summary>A fresh cache folder under the temp directory, deleted afterwards.</summary>
internal sealed class TempFolder : IDisposable
{
    public string FullName { get; } = Directory.CreateTempSubdirectory("sightline-registry-cache-").FullName;

    public void Dispose() => Directory.Delete(FullName, recursive: true);
}

/// <summary>A clock the test moves.</summary>
internal sealed class ManualClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;
}
