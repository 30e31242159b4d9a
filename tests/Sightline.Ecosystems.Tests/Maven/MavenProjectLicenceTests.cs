using Sightline.Core.Repositories;
using Sightline.Ecosystems.Maven;
using Xunit;

namespace Sightline.Ecosystems.Tests.Maven;

/// <summary>The project's own licence (node 0) comes from its POM's &lt;licenses&gt;, or its parent's.</summary>
public class MavenProjectLicenceTests
{
    private static readonly Lazy<Core.Extraction.ExtractionResult> Revision =
        new(() => MavenTestData.Extract(MavenTestData.Folder("revision"), MavenTestData.WithLocalRepository));

    private static Core.Model.DependencyGraph Single(string pom)
    {
        var result = MavenTestData.Extract(new MavenExtractor(MavenTestData.NoRepositories), new InMemoryRepository().Add("pom.xml", pom));
        Assert.Empty(result.Errors);
        return Assert.Single(result.Graphs);
    }

    private static string Pom(string licenses) => $"""
        <project><modelVersion>4.0.0</modelVersion><groupId>g</groupId><artifactId>a</artifactId><version>1</version>
        {licenses}</project>
        """;

    [Fact]
    public void LicenseName_AsWritten_BecomesTheRootLicence()
    {
        Assert.Empty(Revision.Value.Errors);
        Assert.Equal("Apache License, Version 2.0", Revision.Value.Graph("pom.xml").Root.License);
    }

    [Fact]
    public void Module_InheritsTheParentsLicences_OrReplacesThemWithItsOwn()
    {
        Assert.Equal("Apache License, Version 2.0", Revision.Value.Graph("app/pom.xml").Root.License);
        Assert.Equal("MIT AND BSD-3-Clause", Revision.Value.Graph("core/pom.xml").Root.License);
        Assert.Equal("MIT AND BSD-3-Clause", Revision.Value.Graph("app/pom.xml").Node("com.acme:rev-core").License); // the sibling module's node
        Assert.Equal("Apache-2.0", Revision.Value.Graph("app/pom.xml").Node("org.example:lib-a").License); // from its POM in ~/.m2
    }

    [Fact]
    public void SeveralFreeTextNames_KeepOnlyTheFirst()
    {
        var graph = Single(Pom("<licenses><license><name>The Apache Software License</name></license><license><name>MIT</name></license></licenses>"));
        Assert.Equal("The Apache Software License", graph.Root.License);
    }

    [Fact]
    public void PropertyInLicenceName_IsInterpolated()
    {
        var graph = Single(Pom("<properties><lic>EPL-2.0</lic></properties><licenses><license><name>${lic}</name></license></licenses>"));
        Assert.Equal("EPL-2.0", graph.Root.License);
    }

    [Fact]
    public void PomListingNoLicences_LeavesTheRootLicenceNull()
    {
        var result = MavenTestData.Extract(MavenTestData.Folder("local-project"), MavenTestData.WithLocalRepository);
        Assert.Null(result.Graph("pom.xml").Root.License);
    }

    [Theory]
    [InlineData("<licenses>MIT</licenses>")]
    [InlineData("<licenses><license>MIT</license></licenses>")]
    [InlineData("<licenses><license><name><b>MIT</b></name></license></licenses>")]
    [InlineData("<licenses><license><name>   </name><url>https://x</url></license></licenses>")]
    [InlineData("<licenses><license><name>${undefined.licence}</name></license></licenses>")]
    [InlineData("<licenses/>")]
    public void MalformedLicences_GiveNoLicence_AndNoError(string licenses)
    {
        Assert.Null(Single(Pom(licenses)).Root.License);
    }

    [Fact]
    public void DependencyPoms_FromTheLocalRepository_GiveTheirDeclaredOrInheritedLicence()
    {
        var graph = MavenTestData.Extract(MavenTestData.Folder("local-project"), MavenTestData.WithLocalRepository).Graph("pom.xml");

        Assert.Equal("Apache-2.0", graph.Node("org.example:lib-a").License);
        Assert.Equal("MIT", graph.Node("org.example:lib-p").License); // lib-p states none; its parent lib-parent says MIT
        Assert.Null(graph.Node("org.example:lib-c").License);
    }
}
