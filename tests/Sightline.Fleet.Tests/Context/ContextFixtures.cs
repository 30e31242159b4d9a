using System.Text;
using Sightline.Core.Repositories;
using Sightline.Fleet.Context;
using Sightline.Fleet.Deployments;
using Sightline.Tests;

namespace Sightline.Fleet.Tests.Context;

/// <summary>Fixture paths, streams from text, and one-line renderings of workloads for exact assertions.</summary>
internal static class ContextFixtures
{
    public static string Data(params string[] parts) => TestPaths.TestData("Sightline.Fleet.Tests", parts);

    public static Stream Text(string text) => new MemoryStream(Encoding.UTF8.GetBytes(text));

    public static Stream File(params string[] parts) => new MemoryStream(System.IO.File.ReadAllBytes(Data(parts)));

    public static RepositoryContext ReadFolder(params string[] parts) => RepositoryContextReader.Read(new FileSystemRepository(Data(parts)));

    /// <summary>"Kind Name ns=N env=E [image, image] @path:line (via kustomization)".</summary>
    public static string Describe(Workload w) =>
        $"{w.Kind} {w.Name} ns={w.Namespace ?? "-"} env={w.Environment ?? "-"} [{string.Join(", ", w.Images)}] @{w.Path}:{w.Line}"
        + (w.Kustomization is null ? string.Empty : " via " + w.Kustomization);

    public static string Describe(ContextProblem p) => $"{p.Path}:{p.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}: {p.Message}";
}
