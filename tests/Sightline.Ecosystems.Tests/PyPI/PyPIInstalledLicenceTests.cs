using Sightline.Core.Repositories;
using Sightline.Ecosystems.PyPI.Installed;
using Xunit;
using static Sightline.Ecosystems.Tests.PyPI.PyPITestSupport;

namespace Sightline.Ecosystems.Tests.PyPI;

/// <summary>
/// Dependencies' licences from an in-repository virtualenv's <c>*.dist-info/METADATA</c> (testdata/pypi/installed-venv:
/// poetry.lock + .venv/lib/python3.12/site-packages).
/// </summary>
public class PyPIInstalledLicenceTests
{
    private const string SitePackages = ".venv/lib/python3.12/site-packages/";

    private static string Licence(string name) =>
        Node(Graph(ExtractFolder(Fixtures, "installed-venv"), "poetry.lock"), name).License ?? "(none)";

    [Theory]
    [InlineData("requests", "Apache-2.0")] // License-Expression wins over License and a classifier
    [InlineData("certifi", "MPL-2.0")] // a short License line
    [InlineData("charset-normalizer", "MIT")] // License: UNKNOWN, one licence classifier
    [InlineData("typing-extensions", "PSF-2.0")] // dist-info folder and Name spelled typing_extensions
    [InlineData("urllib3", "(none)")] // the installed copy is 2.2.0, the lockfile's 2.2.1
    [InlineData("idna", "(none)")] // "License-Expression: GPL-3.0-only" is in the body
    [InlineData("six", "(none)")] // License: UNKNOWN and no classifier
    public void InstalledMetadata_GivesTheLockedPackagesLicence(string name, string expected) =>
        Assert.Equal(expected, Licence(name));

    [Fact]
    public void FixtureExtraction_ReportsNoProblem_AndKeepsTheRootUnlicensed()
    {
        var result = ExtractFolder(Fixtures, "installed-venv");
        Assert.Empty(result.Errors);
        var graph = Graph(result, "poetry.lock");
        Assert.Equal(8, graph.Nodes.Count);
        Assert.Null(graph.Root.License);
    }

    [Fact]
    public void VirtualenvInAnAncestorFolder_Counts_ButOneInASiblingFolderDoesNot()
    {
        var result = Extract(Repo(
            ("app/requirements.txt", "attrs==23.2.0\n"),
            ("tools/requirements.txt", "attrs==23.2.0\n"),
            ("tools/env/lib/python3.11/site-packages/attrs-23.2.0.dist-info/METADATA", Metadata("attrs", "23.2.0", "License-Expression: MIT")),
            ("app/web/.venv/lib/python3.11/site-packages/attrs-23.2.0.dist-info/METADATA", Metadata("attrs", "23.2.0", "License-Expression: Apache-2.0"))));
        Assert.Null(Node(Graph(result, "app/requirements.txt"), "attrs").License);
        Assert.Equal("MIT", Node(Graph(result, "tools/requirements.txt"), "attrs").License);
    }

    [Fact]
    public void NearestVirtualenv_WinsOverAnAncestorsOne()
    {
        var result = Extract(Repo(
            ("svc/requirements.txt", "attrs==23.2.0\n"),
            ("venv/lib/python3.12/site-packages/attrs-23.2.0.dist-info/METADATA", Metadata("attrs", "23.2.0", "License: Root copy")),
            ("svc/.venv/lib/python3.12/site-packages/attrs-23.2.0.dist-info/METADATA", Metadata("attrs", "23.2.0", "License: Service copy"))));
        Assert.Equal("Service copy", Node(Graph(result, "svc/requirements.txt"), "attrs").License);
    }

    [Fact]
    public void WindowsVirtualenvLayout_IsRead()
    {
        var result = Extract(Repo(("requirements.txt", "PyYAML==6.0.1\n"),
            ("venv/Lib/site-packages/PyYAML-6.0.1.dist-info/METADATA", Metadata("PyYAML", "6.0.1", "License: MIT"))));
        Assert.Equal("MIT", Node(Graph(result, "requirements.txt"), "PyYAML").License);
    }

    [Theory]
    [InlineData("License: This is free software.\n        Permission is hereby granted, free of charge.\nClassifier: License :: OSI Approved :: MIT License", "MIT")]
    [InlineData("License: This is free software.\n        Permission is hereby granted, free of charge.", null)]
    [InlineData("Classifier: License :: OSI Approved :: MIT License\nClassifier: License :: OSI Approved :: Apache Software License", null)]
    [InlineData("Classifier: License :: OSI Approved\nClassifier: License :: OSI Approved :: ISC License (ISCL)", "ISC")]
    [InlineData("Classifier: License :: OSI Approved :: BSD License", null)]
    [InlineData("Classifier: License :: OSI Approved :: Python Software Foundation License", null)]
    [InlineData("License: unknown", null)]
    [InlineData("license-expression:   BSD-3-Clause  ", "BSD-3-Clause")]
    public void LicenceChoice_FollowsTheHeaders(string headers, string? expected)
    {
        var result = Extract(Repo(("requirements.txt", "attrs==23.2.0\n"),
            (SitePackages + "attrs-23.2.0.dist-info/METADATA", Metadata("attrs", "23.2.0", headers))));
        Assert.Equal(expected, Node(Graph(result, "requirements.txt"), "attrs").License);
    }

    [Fact]
    public void LongLicenseLine_IsNotALicenceName()
    {
        var result = Extract(Repo(("requirements.txt", "attrs==23.2.0\n"),
            (SitePackages + "attrs-23.2.0.dist-info/METADATA", Metadata("attrs", "23.2.0", "License: " + new string('x', 101)))));
        Assert.Null(Node(Graph(result, "requirements.txt"), "attrs").License);
    }

    [Theory]
    [InlineData("attrs-23.2.0.dist-info", "cattrs", "23.2.0")] // the file's own Name disagrees with its folder
    [InlineData("attrs-23.2.0.dist-info", "attrs", "23.1.0")] // ... or its Version
    [InlineData("attrs-23.2.0.dist-info", "", "")] // no Name or Version at all
    [InlineData("attrs.dist-info", "attrs", "23.2.0")] // a folder name without a version
    public void MetadataThatDoesNotConfirmTheNodeOrItsFolder_GivesNone(string folder, string name, string version)
    {
        var content = name.Length == 0 ? "Metadata-Version: 2.1\nLicense: MIT\n" : Metadata(name, version, "License: MIT");
        var result = Extract(WithControl(Repo((SitePackages + folder + "/METADATA", content))));
        Assert.Empty(result.Errors);
        Assert.Null(Node(Graph(result, "requirements.txt"), "attrs").License);
        Assert.Equal("0BSD", Node(Graph(result, "requirements.txt"), "control").License);
    }

    [Fact]
    public void BinaryOrHeaderlessMetadata_GivesNone_WithoutAProblem()
    {
        var repository = Repo(("requirements.txt", "attrs==23.2.0\nsix==1.16.0\ncontrol==1.0\n"),
            (SitePackages + "six-1.16.0.dist-info/METADATA", "\n\nName: six\nVersion: 1.16.0\nLicense: MIT\n"),
            (SitePackages + "control-1.0.dist-info/METADATA", Metadata("control", "1.0", "License: 0BSD")));
        repository.Add(SitePackages + "attrs-23.2.0.dist-info/METADATA", [0xFF, 0xFE, 0x00, 0x0A, 0x0D, 0x00, 0x80]);
        var result = Extract(repository);
        Assert.Empty(result.Errors);
        var graph = Graph(result, "requirements.txt");
        Assert.Null(Node(graph, "attrs").License);
        Assert.Null(Node(graph, "six").License);
        Assert.Equal("0BSD", Node(graph, "control").License);
    }

    [Fact]
    public void HeadersNotEndingWithinTheCap_GiveNone_WithoutAProblem()
    {
        var headers = "Name: attrs\nVersion: 23.2.0\nLicense: MIT\n" + string.Concat(Enumerable.Repeat("Platform: any\n", (DistInfoMetadata.MaxHeaderBytes / 14) + 1));
        var result = Extract(WithControl(Repo((SitePackages + "attrs-23.2.0.dist-info/METADATA", headers))));
        Assert.Empty(result.Errors);
        Assert.Null(Node(Graph(result, "requirements.txt"), "attrs").License);
        Assert.Equal("0BSD", Node(Graph(result, "requirements.txt"), "control").License);
    }

    [Fact]
    public void HugeDescription_IsNotRead_PastTheHeaders()
    {
        var body = new string('d', 8 * 1024 * 1024);
        var result = Extract(Repo(("requirements.txt", "attrs==23.2.0\n"),
            (SitePackages + "attrs-23.2.0.dist-info/METADATA", Metadata("attrs", "23.2.0", "License: MIT") + body)));
        Assert.Equal("MIT", Node(Graph(result, "requirements.txt"), "attrs").License);
        Assert.InRange(result.BytesRead, 1, 64 * 1024);
    }

    [Fact]
    public void NonRegistryPackages_AreLeftAlone()
    {
        const string UvLock = "version = 1\n\n[[package]]\nname = \"app\"\nversion = \"0.1.0\"\nsource = { virtual = \".\" }\n"
            + "dependencies = [{ name = \"widget\" }, { name = \"attrs\" }]\n\n"
            + "[[package]]\nname = \"widget\"\nversion = \"1.0\"\nsource = { url = \"https://example.com/widget-1.0.tar.gz\" }\n\n"
            + "[[package]]\nname = \"attrs\"\nversion = \"23.2.0\"\nsource = { registry = \"https://pypi.org/simple\" }\n";
        var result = Extract(Repo(("uv.lock", UvLock),
            (SitePackages + "widget-1.0.dist-info/METADATA", Metadata("widget", "1.0", "License: MIT")),
            (SitePackages + "attrs-23.2.0.dist-info/METADATA", Metadata("attrs", "23.2.0", "License: MIT"))));
        var graph = Graph(result, "uv.lock");
        Assert.Null(Node(graph, "widget", "1.0").License);
        Assert.Equal("MIT", Node(graph, "attrs").License);
    }

    /// <summary>Adds a locked package with a well-formed METADATA, so a null beside it cannot come from the feature being off.</summary>
    private static InMemoryRepository WithControl(InMemoryRepository repository) =>
        repository.Add("requirements.txt", "attrs==23.2.0\ncontrol==1.0\n")
            .Add(SitePackages + "control-1.0.dist-info/METADATA", Metadata("control", "1.0", "License: 0BSD"));

    private static string Metadata(string name, string version, string headers) =>
        $"Metadata-Version: 2.1\r\nName: {name}\r\nVersion: {version}\r\n{headers}\r\n\r\nDescription, not headers.\r\nLicense-Expression: GPL-3.0-only\r\n";
}
