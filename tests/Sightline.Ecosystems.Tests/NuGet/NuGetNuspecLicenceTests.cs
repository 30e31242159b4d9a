using System.Text;
using Sightline.Core.Repositories;
using Sightline.Ecosystems.NuGet;
using Sightline.Ecosystems.NuGet.Nuspec;
using Xunit;
using static Sightline.Ecosystems.Tests.NuGet.NuGetTestSupport;

namespace Sightline.Ecosystems.Tests.NuGet;

/// <summary>Restored packages' declared licences come from the global packages folder's .nuspec files.</summary>
public class NuGetNuspecLicenceTests
{
    private static Core.Extraction.ExtractionResult Run(NuGetSettings settings)
    {
        var repository = new FileSystemRepository(Fixture("project-reference"));
        var extractor = new NuGetExtractor(settings);
        var files = repository.Files.Where(f => Core.Extraction.FilePatterns.Matches(RepositoryPath.FileName(f), extractor.FilePatterns)).ToList();
        return extractor.Extract(repository, files, CancellationToken.None);
    }

    [Fact]
    public void LockfilePackages_TakeTheLicenceTheirNuspecDeclares()
    {
        var graph = Graph(Run(new NuGetSettings(Fixture("global-packages"))), "A/A.csproj");

        Assert.Equal("MIT", Node(graph, "Newtonsoft.Json").License);
        Assert.Equal("Apache-2.0", Node(graph, "Serilog").License); // from licenses.nuget.org/Apache-2.0
        Assert.Null(Node(graph, "b").License); // a project reference: not looked up in the packages folder
    }

    [Fact]
    public void WithoutAPackagesFolder_NothingIsRead()
    {
        var graph = Graph(Run(NuGetSettings.None), "A/A.csproj");

        Assert.All(graph.Nodes.Skip(1), n => Assert.Null(n.License));
    }

    [Theory]
    [InlineData("<license type=\"expression\">MIT OR Apache-2.0</license>", "MIT OR Apache-2.0")]
    [InlineData("<license type=\"file\">LICENSE.txt</license><licenseUrl>https://aka.ms/deprecateLicenseUrl</licenseUrl>", null)]
    [InlineData("<licenseUrl>https://licenses.nuget.org/(MIT%20OR%20Apache-2.0)</licenseUrl>", "(MIT OR Apache-2.0)")]
    [InlineData("<licenseUrl>https://github.com/acme/x/blob/main/LICENSE</licenseUrl>", null)]
    [InlineData("<licenseUrl>https://licenses.nuget.org/MIT%3Cscript%3E</licenseUrl>", null)]
    [InlineData("<license type=\"expression\">  </license>", null)]
    [InlineData("", null)]
    public void Nuspec_LicenceElementOrNuGetLicenceUrl_OtherwiseNone(string metadata, string? expected)
    {
        var nuspec = $"<?xml version=\"1.0\"?><package xmlns=\"http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd\"><metadata><id>x</id>{metadata}</metadata></package>";

        Assert.Equal(expected, NuspecLicenses.FromNuspec(new MemoryStream(Encoding.UTF8.GetBytes(nuspec))));
    }

    [Fact]
    public void HostileOrMissingNuspecs_GiveNoLicence_NeverAnError()
    {
        var folder = Directory.CreateTempSubdirectory("sightline-nuspec-");
        try
        {
            Write(folder.FullName, "doctype", "1.0.0", "<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY x \"MIT\">]><package><metadata><license type=\"expression\">&x;</license></metadata></package>");
            Write(folder.FullName, "broken", "1.0.0", "<package><metadata><license type=\"expression\">MIT");
            var nuspecs = new NuspecLicenses(folder.FullName);

            Assert.Null(nuspecs.Find("doctype", "1.0.0"));
            Assert.Null(nuspecs.Find("broken", "1.0.0"));
            Assert.Null(nuspecs.Find("absent", "1.0.0"));
            Assert.Null(nuspecs.Find("../doctype", "1.0.0"));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void NonNormalizedVersion_FindsTheNormalizedFolder()
    {
        Assert.Equal("MIT", new NuspecLicenses(Fixture("global-packages")).Find("Newtonsoft.Json", "13.0.3.0"));
    }

    private static void Write(string root, string id, string version, string text)
    {
        var folder = Path.Combine(root, id, version);
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, id + ".nuspec"), text);
    }
}
